package io.docmock.mock.internal;

import io.docmock.xml.SafeXml;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The XML Schema that documented sample envelopes imply: global elements (operation wrappers, header blocks, and
 * any element a type takes from another namespace), and complex types named by the samples' {@code xsi:type}.
 * A leaf with an {@code xsd:} type has that type, any other leaf is a string; an element with children has a
 * sequence of them, in the order first seen; a child that repeats, or the one kind of child of a collection type
 * (the reference's {@code ArrayOf...} and {@code ...Dictionary}), is unbounded. Every sample adds to what earlier
 * ones showed, so the schema accepts each of them.
 */
final class SampleSchema {
    static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    private static final QName STRING = new QName(XS, "string");
    private static final QName ANY = new QName(XS, "anyType");
    /** Deeper content than any documented type has is left open rather than followed. */
    private static final int MAX_DEPTH = 64;
    private static final Pattern NC_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    /** A child of a complex type, in order. */
    static final class Child {
        private Type type;
        private boolean many;
        private boolean nillable;

        /** Whether a sample shows it {@code xsi:nil}, which a value type (an int, a date) must then allow. */
        boolean nillable() {
            return nillable;
        }

        Type type() {
            return type;
        }

        boolean many() {
            return many;
        }
    }

    /** A complex type's content: its children by name, in the order first seen. */
    static final class Shape {
        private final Map<QName, Child> children = new LinkedHashMap<>();

        Map<QName, Child> children() {
            return children;
        }
    }

    /**
     * A type: a built-in or named type ({@code ref}), or a complex type declared where it is used; neither when
     * only {@code xsi:nil} elements showed it (a string, unless another sample says more).
     */
    record Type(QName ref, Shape anonymous) {
        boolean isComplex(SampleSchema schema) {
            return anonymous != null || ref != null && schema.namedTypes.containsKey(ref);
        }

        /** The type's name where it has one: a string when no sample showed it. */
        QName name() {
            return ref == null && anonymous == null ? STRING : ref;
        }
    }

    private static final Type UNKNOWN = new Type(null, null);

    /** Global elements by namespace, then local name, each namespace's in the order first seen. */
    private final Map<String, Map<String, Type>> elements = new TreeMap<>();
    private final Map<QName, Shape> namedTypes = new LinkedHashMap<>();
    /** Types the samples name for text-only values (the reference's enums): strings under their own name. */
    private final Set<QName> simpleTypes = new LinkedHashSet<>();

    /** Declares this header block globally, with the type its content shows. */
    QName addGlobal(Element element) {
        QName name = nameOf(element);
        addGlobal(name, typeOf(element, 0));
        return name;
    }

    /** Declares an operation's Body element globally: always a sequence (of nothing, when the sample has none). */
    QName addWrapper(Element element) {
        QName name = nameOf(element);
        Type type = typeOf(element, 0);
        addGlobal(name, type.isComplex(this) ? type : new Type(null, new Shape()));
        return name;
    }

    /** Declares a global element with no content, such as a wrapper no sample shows. */
    QName addEmptyGlobal(QName name) {
        addGlobal(name, new Type(null, new Shape()));
        return name;
    }

    private void addGlobal(QName name, Type type) {
        Map<String, Type> inNamespace = elements.computeIfAbsent(name.getNamespaceURI(), ns -> new LinkedHashMap<>());
        inNamespace.put(name.getLocalPart(), merge(inNamespace.get(name.getLocalPart()), type));
    }

    /**
     * Completes the schema for writing: an element that a type takes from another namespace than its own must be
     * declared globally in that namespace to be referred to, so each such element gets a global declaration there.
     */
    void declareForeignElements() {
        Deque<Map.Entry<String, Shape>> todo = new ArrayDeque<>();
        Set<Shape> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        elements.forEach((ns, declared) -> declared.values().forEach(type -> queue(todo, ns, type)));
        namedTypes.forEach((name, shape) -> todo.add(Map.entry(name.getNamespaceURI(), shape)));
        while (!todo.isEmpty()) {
            Map.Entry<String, Shape> next = todo.poll();
            if (!seen.add(next.getValue())) {
                continue;
            }
            next.getValue().children().forEach((name, child) -> {
                if (!name.getNamespaceURI().isEmpty() && !name.getNamespaceURI().equals(next.getKey())) {
                    Type declared = elements.getOrDefault(name.getNamespaceURI(), Map.of()).get(name.getLocalPart());
                    if (declared == null) {
                        addGlobal(name, child.type());
                    }
                    queue(todo, name.getNamespaceURI(), child.type());
                } else {
                    queue(todo, next.getKey(), child.type());
                }
            });
        }
    }

    private static void queue(Deque<Map.Entry<String, Shape>> todo, String namespace, Type type) {
        if (type.anonymous() != null) {
            todo.add(Map.entry(namespace, type.anonymous()));
        }
    }

    /** Every namespace that declares an element or a type, in order. */
    Set<String> namespaces() {
        Set<String> namespaces = new TreeSet<>(elements.keySet());
        namedTypes.keySet().forEach(name -> namespaces.add(name.getNamespaceURI()));
        simpleTypes.forEach(name -> namespaces.add(name.getNamespaceURI()));
        namespaces.remove("");
        return namespaces;
    }

    Map<String, Type> elementsIn(String namespace) {
        return elements.getOrDefault(namespace, Map.of());
    }

    Map<QName, Shape> typesIn(String namespace) {
        Map<QName, Shape> inNamespace = new LinkedHashMap<>();
        namedTypes.forEach((name, shape) -> {
            if (name.getNamespaceURI().equals(namespace)) {
                inNamespace.put(name, shape);
            }
        });
        return inNamespace;
    }

    /** The named simple types of a namespace (named by a sample's leaf and never seen with children), in order. */
    Set<QName> simpleTypesIn(String namespace) {
        Set<QName> inNamespace = new LinkedHashSet<>();
        simpleTypes.forEach(name -> {
            if (name.getNamespaceURI().equals(namespace) && !namedTypes.containsKey(name)) {
                inNamespace.add(name);
            }
        });
        return inNamespace;
    }

    private Type typeOf(Element element, int depth) {
        List<Element> children = SafeXml.childElements(element);
        if (isNil(element)) {
            return UNKNOWN;
        }
        if (depth > MAX_DEPTH) {
            return new Type(ANY, null);
        }
        QName xsiType = xsiType(element);
        boolean named = xsiType != null && !XS.equals(xsiType.getNamespaceURI())
                && !xsiType.getNamespaceURI().isEmpty();
        if (children.isEmpty()) {
            if (named && isCollection(xsiType.getLocalPart())) {
                namedTypes.computeIfAbsent(xsiType, name -> new Shape()); // an empty list
            } else if (named) {
                simpleTypes.add(xsiType); // a client reads the value by the xsi:type the answer names
            }
            boolean builtIn = xsiType != null && XS.equals(xsiType.getNamespaceURI());
            return new Type(named || builtIn ? xsiType : STRING, null);
        }
        if (named) {
            // added before its children are read, so a type that contains itself refers to itself
            Shape shape = namedTypes.computeIfAbsent(xsiType, name -> new Shape());
            fill(shape, children, isCollection(xsiType.getLocalPart()), depth);
            return new Type(xsiType, null);
        }
        Shape shape = new Shape();
        fill(shape, children, isCollection(element.getLocalName()), depth);
        return new Type(null, shape);
    }

    private static boolean isCollection(String typeName) {
        return typeName.startsWith("ArrayOf") || typeName.endsWith("Dictionary");
    }

    private void fill(Shape shape, List<Element> children, boolean collection, int depth) {
        Map<QName, Integer> counts = new LinkedHashMap<>();
        children.forEach(child -> counts.merge(nameOf(child), 1, Integer::sum));
        boolean oneKind = counts.size() == 1;
        for (Element element : children) {
            QName name = nameOf(element);
            Child child = shape.children().computeIfAbsent(name, key -> new Child());
            child.type = merge(child.type, typeOf(element, depth + 1));
            child.many |= counts.get(name) > 1 || collection && oneKind;
            child.nillable |= isNil(element);
        }
    }

    /** What two samples of one element show together: the complex of the two, both shapes' children. */
    private Type merge(Type known, Type seen) {
        if (known == null || known == UNKNOWN) {
            return seen;
        }
        if (seen == UNKNOWN) {
            return known;
        }
        if (known.anonymous() != null && seen.anonymous() != null) {
            seen.anonymous().children().forEach((name, child) -> {
                Child existing = known.anonymous().children().get(name);
                if (existing == null) {
                    known.anonymous().children().put(name, child);
                } else {
                    existing.type = merge(existing.type, child.type);
                    existing.many |= child.many;
                    existing.nillable |= child.nillable;
                }
            });
            return known;
        }
        return !known.isComplex(this) && seen.isComplex(this) ? seen : known;
    }

    private static boolean isNil(Element element) {
        String nil = element.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil").strip();
        return nil.equals("true") || nil.equals("1");
    }

    private static QName nameOf(Element element) {
        String ns = element.getNamespaceURI();
        return new QName(ns == null ? "" : ns, element.getLocalName());
    }

    /** The element's {@code xsi:type}, its prefix resolved where the element stands, or null. */
    private static QName xsiType(Element element) {
        String value = element.getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type").strip();
        if (value.isEmpty()) {
            return null;
        }
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? null : value.substring(0, colon);
        String ns = element.lookupNamespaceURI(prefix);
        if (!NC_NAME.matcher(value.substring(colon + 1)).matches()) {
            return null;
        }
        return new QName(ns == null ? "" : ns, value.substring(colon + 1));
    }
}
