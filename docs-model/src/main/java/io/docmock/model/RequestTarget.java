package io.docmock.model;

/**
 * A request target split once, where every module splits it: the path before the first {@code ?}, and the query
 * string after it.
 *
 * @param path  the path, as sent (not decoded)
 * @param query the query string without its {@code ?}, or null when there is none
 */
public record RequestTarget(String path, String query) {
    public static RequestTarget of(String target) {
        int question = target.indexOf('?');
        return question < 0 ? new RequestTarget(target, null)
                : new RequestTarget(target.substring(0, question), target.substring(question + 1));
    }

    /** The path of a target: {@code /a/b} of {@code /a/b?x=1}. */
    public static String pathOf(String target) {
        int question = target.indexOf('?');
        return question < 0 ? target : target.substring(0, question);
    }

    /** The names of the query string's parameters, in order ({@code a=1&b} gives a and b). */
    public java.util.List<String> queryNames() {
        if (query == null || query.isEmpty()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(query.split("&")).filter(pair -> !pair.isEmpty())
                .map(pair -> pair.split("=", 2)[0]).toList();
    }
}
