package io.docmock.mock.internal;

import io.docmock.model.PathTemplate;
import io.docmock.model.RequestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Path templates in a trie: literal segments, and segments holding a {@code {param}} as wildcards, each template's node
 * holding a payload. Literal segments are compared by {@link PathTemplate#routingKey} (decoded, any case): the trie
 * only narrows the candidates, the templates' own patterns decide. A request path finds the payloads of every template it could fit, literal ones first,
 * whatever the number of templates. Safe for concurrent reads while templates are added.
 */
public final class PathTrie<V> {
    private final Supplier<V> newPayload;
    private final Node<V> root = new Node<>();

    private static final class Node<V> {
        final Map<String, Node<V>> literals = new ConcurrentHashMap<>();
        volatile Node<V> wildcard;
        volatile V payload;
    }

    public PathTrie(Supplier<V> newPayload) {
        this.newPayload = newPayload;
    }

    /** The payload of a template, made on first use. */
    public synchronized V at(String template) {
        Node<V> node = root;
        for (String segment : PathTemplate.segmentsOf(template)) {
            // a segment with a parameter anywhere in it ({id}, Foo({id}), {a}.{b}) is a wildcard: the regex decides
            if (PathTemplate.hasParameter(segment)) {
                if (node.wildcard == null) {
                    node.wildcard = new Node<>();
                }
                node = node.wildcard;
            } else {
                node = node.literals.computeIfAbsent(PathTemplate.routingKey(segment), s -> new Node<>());
            }
        }
        if (node.payload == null) {
            node.payload = newPayload.get();
        }
        return node.payload;
    }

    /** The payloads of every template this path fits; a query string is ignored, a trailing slash too. */
    public List<V> find(String path) {
        List<V> found = new ArrayList<>(2);
        collect(root, PathTemplate.segmentsOf(RequestTarget.pathOf(path)), 0, found);
        return found;
    }

    /** Every template's payload, in no particular order. */
    public List<V> all() {
        List<V> found = new ArrayList<>();
        collectAll(root, found);
        return found;
    }

    private static <V> void collectAll(Node<V> node, List<V> found) {
        if (node.payload != null) {
            found.add(node.payload);
        }
        node.literals.values().forEach(child -> collectAll(child, found));
        Node<V> wildcard = node.wildcard;
        if (wildcard != null) {
            collectAll(wildcard, found);
        }
    }

    public synchronized void clear() {
        root.literals.clear();
        root.wildcard = null;
        root.payload = null;
    }

    private static <V> void collect(Node<V> node, List<String> segments, int index, List<V> found) {
        if (index == segments.size()) {
            if (node.payload != null) {
                found.add(node.payload);
            }
            return;
        }
        Node<V> literal = node.literals.get(PathTemplate.routingKey(segments.get(index)));
        if (literal != null) {
            collect(literal, segments, index + 1, found);
        }
        Node<V> wildcard = node.wildcard;
        if (wildcard != null && !segments.get(index).isEmpty()) {
            collect(wildcard, segments, index + 1, found);
        }
    }
}
