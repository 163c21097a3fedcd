package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.common.RequestCache;
import com.github.tomakehurst.wiremock.http.Request;
import io.docmock.model.Operation;
import io.docmock.model.Protocol;
import io.docmock.model.RequestTarget;
import io.docmock.check.SampledRequests;
import io.docmock.route.RestMatch;
import io.docmock.route.RestRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Which documented operation a request is for, found in a path trie: a REST operation whose path template the
 * request fits (its typed parameters too, or only its shape), or a SOAP endpoint's operations; and what each
 * operation's samples accept beyond its tables, worked out when a request first needs it. One instance per reading
 * of the docs, for validation and diagnostics; answering stays with the stubs.
 */
public final class DocsRoutes {
    private final PathTrie<List<RestRoute>> rest = new PathTrie<>(CopyOnWriteArrayList::new);
    private final Map<String, List<Operation>> soapEndpoints = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> sampledProperties = new ConcurrentHashMap<>();
    private final Map<String, Optional<Set<String>>> documentedChildren = new ConcurrentHashMap<>();

    private final boolean ignoreCase;

    /** The routes of these operations; {@code ignoreCase}: literal path segments match in any case. */
    public DocsRoutes(List<Operation> operations, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        for (Operation operation : operations) {
            if (operation.protocol() == Protocol.SOAP) {
                soapEndpoints.computeIfAbsent(operation.soap().endpointPath(), p -> new ArrayList<>()).add(operation);
            } else {
                rest.at(operation.path()).add(RestRoute.of(operation));
            }
        }
    }

    /** The operations of the SOAP endpoint a request is posted to, or null when it is posted to none. */
    public List<Operation> soapEndpoint(Request request) {
        return request.getMethod().getName().equals("POST")
                ? soapEndpoints.get(RequestTarget.pathOf(request.getUrl())) : null;
    }

    /**
     * The top-level properties the operation's sample requests send, lower-cased, with their JSON kinds: what a
     * documented sample sends is documented too, even where the property table forgets it.
     */
    public Map<String, String> sampledProperties(Operation operation) {
        return sampledProperties.computeIfAbsent(operation.id(), id -> SampledRequests.properties(operation));
    }

    /**
     * The local names of the children of the operation element in the documented sample request, or null when
     * the docs show no such request.
     */
    public Set<String> documentedChildren(Operation operation) {
        return documentedChildren.computeIfAbsent(operation.id(),
                id -> Optional.ofNullable(SampledRequests.soapChildren(operation))).orElse(null);
    }

    /**
     * The REST operation a request is for, looked up once per request whoever asks first (the request checks share
     * it through WireMock's per-request cache); null when it is for none.
     */
    public RestMatch rest(Request request) {
        String method = request.getMethod().getName();
        String url = request.getUrl();
        return RequestCache.getCurrent().<Optional<RestMatch>>get(RequestCache.Key.keyFor(DocsRoutes.class, this,
                method, url), () -> Optional.ofNullable(rest(method, url))).orElse(null);
    }

    /** The REST operation for this method and path, by {@link RestMatch#best}, of those the trie finds. */
    public RestMatch rest(String method, String url) {
        List<RestRoute> candidates = new ArrayList<>();
        rest.find(RequestTarget.pathOf(url)).forEach(candidates::addAll);
        return RestMatch.best(candidates, method, url, ignoreCase);
    }
}
