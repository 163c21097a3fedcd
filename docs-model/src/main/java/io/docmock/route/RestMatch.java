package io.docmock.route;

import io.docmock.check.Problem;
import io.docmock.model.Operation;
import io.docmock.model.PathTemplate;
import io.docmock.model.RequestTarget;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The REST operation a request goes to, with its path template; {@code fitsTypes} is false when only the shape
 * fits (a path parameter of the wrong type).
 */
public record RestMatch(Operation operation, PathTemplate template, boolean fitsTypes) {
    /**
     * Of these candidates (the mock narrows them with its path trie first), the operation for this method and
     * path: the most specific whose typed path fits (literal over typed over string segments), else the most
     * specific whose shape fits; null when none has this method and shape.
     *
     * @param ignoreCase literal segments match in any case, as the real servers route
     */
    public static RestMatch best(Collection<RestRoute> candidates, String method, String url, boolean ignoreCase) {
        String path = RequestTarget.pathOf(url);
        List<RestRoute> sorted = new ArrayList<>(candidates);
        sorted.removeIf(route -> !route.operation().method().equalsIgnoreCase(method));
        sorted.sort(Comparator.comparingInt(route -> route.template().looseness()));
        RestRoute shaped = null;
        for (RestRoute route : sorted) {
            if (route.template().matches(path, ignoreCase)) {
                return new RestMatch(route.operation(), route.template(), true);
            }
            if (shaped == null && route.template().sameShape(path)) {
                shaped = route;
            }
        }
        return shaped == null ? null : new RestMatch(shaped.operation(), shaped.template(), false);
    }

    /** The path parameters of a request path that do not fit their documented types, whole or inside a segment. */
    public List<Problem> pathProblems(String url) {
        return template.mismatches(RequestTarget.pathOf(url)).stream()
                .map(m -> new Problem("path." + m.name(), m.type(), "\"" + m.actual() + "\""))
                .toList();
    }
}
