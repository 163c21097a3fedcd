package io.docmock.mock.internal;

import io.docmock.check.Problem;
import io.docmock.model.Operation;
import io.docmock.model.Parameter;
import io.docmock.model.PathRegex;
import io.docmock.model.Protocol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Which documented operation a request is for, found in a path trie: a REST operation whose path template the
 * request fits (its typed parameters too, or only its shape), or a SOAP endpoint's operations. For validation and
 * diagnostics; answering stays with the stubs.
 */
public final class DocsRoutes {
    private final PathTrie<List<RestRoute>> rest = new PathTrie<>(CopyOnWriteArrayList::new);
    private final Map<String, List<Operation>> soapEndpoints = new ConcurrentHashMap<>();

    /**
     * A REST operation with its typed path, compiled when a request first comes its way: in docs of thousands of
     * operations most never see one, and each compiled pattern holds about a kilobyte.
     */
    private static final class RestRoute {
        private final Operation operation;
        private final String typedPathRegex;
        private final int looseness;
        private volatile Pattern typedPath;

        RestRoute(Operation operation, PathRegex regex) {
            this.operation = operation;
            this.typedPathRegex = regex.regex();
            this.looseness = regex.looseness();
        }

        Operation operation() {
            return operation;
        }

        int looseness() {
            return looseness;
        }

        boolean typesFit(String path) {
            Pattern compiled = typedPath;
            if (compiled == null) {
                // two threads may both compile it; either result is the same pattern
                compiled = Pattern.compile(typedPathRegex);
                typedPath = compiled;
            }
            return compiled.matcher(path).matches();
        }
    }

    /** The operation a request goes to; {@code fitsTypes} is false when only the path's shape fits. */
    public record RestMatch(Operation operation, boolean fitsTypes) {
    }

    public DocsRoutes(List<Operation> operations) {
        for (Operation operation : operations) {
            if (operation.protocol() == Protocol.SOAP) {
                soapEndpoints.computeIfAbsent(operation.soap().endpointPath(), p -> new ArrayList<>()).add(operation);
            } else {
                rest.at(operation.path()).add(new RestRoute(operation,
                        PathRegex.of(operation.path(), operation.pathParameters())));
            }
        }
    }

    /** The operations documented at this SOAP endpoint path, or null when it is none. */
    public List<Operation> soapEndpoint(String path) {
        return soapEndpoints.get(path);
    }

    /** The REST operation for this method and path: one whose typed path fits, else one whose shape fits. */
    public RestMatch rest(String method, String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        List<RestRoute> candidates = new ArrayList<>();
        rest.find(path).forEach(candidates::addAll);
        candidates.removeIf(route -> !route.operation().method().equalsIgnoreCase(method));
        candidates.sort(Comparator.comparingInt(RestRoute::looseness));
        for (RestRoute route : candidates) {
            if (route.typesFit(path)) {
                return new RestMatch(route.operation(), true);
            }
        }
        return candidates.isEmpty() ? null : new RestMatch(candidates.get(0).operation(), false);
    }

    /** The path parameters of a request path that do not fit their documented types. */
    public static List<Problem> pathProblems(Operation operation, String url) {
        int query = url.indexOf('?');
        String[] actual = PathTrie.segments(query < 0 ? url : url.substring(0, query));
        String[] template = PathTrie.segments(operation.path());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(actual.length, template.length); i++) {
            if (!template[i].startsWith("{")) {
                continue;
            }
            String name = template[i].substring(1, template[i].length() - 1);
            String type = operation.pathParameters().stream().filter(p -> p.name().equals(name))
                    .map(Parameter::type).findFirst().orElse("");
            if (!Pattern.matches(PathRegex.ParameterPattern.of(type).regex(), actual[i])) {
                problems.add(new Problem("path." + name, type, "\"" + actual[i] + "\""));
            }
        }
        return problems;
    }
}
