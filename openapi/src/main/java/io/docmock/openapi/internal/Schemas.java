package io.docmock.openapi.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.docmock.model.BodySchema;
import io.docmock.model.Property;
import io.docmock.model.TypeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses them) from the docs' types and property tables, checked against the
 * samples: where a table and its sample disagree, the schema follows the sample and the decision is noted with the
 * page and line. Named types become components, shared where the name and the shape agree; another shape under a
 * name already taken gets the name with a number.
 */
public final class Schemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final List<String> decisions = new ArrayList<>();

    public Map<String, ObjectNode> components() {
        return components;
    }

    public List<String> decisions() {
        return decisions;
    }

    /**
     * The schema of a documented body: its property table as a named component (an array of them when the sample
     * is a list), else its type; the sample (null when none) decides where they disagree. The component is named
     * as the docs name the type ({@code ContactEntity}); where they give a word, not a type ({@code request},
     * {@code array}: a lower-case name), it is named {@code fallbackName}.
     */
    public ObjectNode body(BodySchema documented, JsonNode sample, String where, String fallbackName) {
        if (documented == null) {
            return sample == null ? NODES.objectNode() : inferred(sample);
        }
        if (documented.properties().isEmpty()) {
            return property(documented.typeName(), sample, where);
        }
        JsonNode item = sample != null && sample.isArray() ? (sample.isEmpty() ? null : sample.get(0)) : sample;
        ObjectNode object = NODES.objectNode().put("type", "object");
        ObjectNode properties = object.putObject("properties");
        for (Property property : documented.properties()) {
            JsonNode value = item == null ? null : field(item, property.name());
            ObjectNode schema = property(property.type(), value, where + " property " + property.name());
            if (property.description() != null && !property.description().isBlank()) {
                schema = withDescription(schema, property.description().strip());
            }
            properties.set(property.name(), schema);
        }
        if (item != null && item.isObject()) {
            for (Map.Entry<String, JsonNode> field : item.properties()) {
                if (documented.properties().stream().noneMatch(p -> p.name().equalsIgnoreCase(field.getKey()))) {
                    properties.set(field.getKey(), inferred(field.getValue()));
                    decisions.add(where + ": property " + field.getKey() + " is in the sample, not in the table;"
                            + " the schema has it as the sample shows it");
                }
            }
        }
        String typeName = documented.typeName();
        boolean aType = !typeName.isEmpty() && Character.isUpperCase(typeName.charAt(0));
        ObjectNode ref = component(aType ? typeName : fallbackName, object, where);
        if (sample != null && sample.isArray()) {
            return NODES.objectNode().put("type", "array").set("items", ref);
        }
        return ref;
    }

    private static ObjectNode withDescription(ObjectNode schema, String description) {
        if (schema.has("$ref") || schema.has("anyOf")) {
            // next to a $ref, a description is allowed in 3.1; kept apart to leave the reference alone
            ObjectNode wrapped = schema.deepCopy();
            wrapped.put("description", description);
            return wrapped;
        }
        schema.put("description", description);
        if (description.toLowerCase(Locale.ROOT).startsWith("deprecated")) {
            schema.put("deprecated", true);
        }
        return schema;
    }

    /** The schema of a value of a documented type; the sample value (null when none) decides where they disagree. */
    public ObjectNode property(String type, JsonNode sample, String where) {
        ObjectNode schema = documented(type, sample, where);
        if (sample != null && sample.isNull()) {
            return nullable(schema);
        }
        if (sample != null && !fits(schema, sample)) {
            decisions.add(where + ": documented as " + type + ", the sample shows " + sample.getNodeType()
                    .name().toLowerCase(Locale.ROOT) + "; the schema follows the sample");
            return inferred(sample);
        }
        return schema;
    }

    private ObjectNode documented(String type, JsonNode sample, String where) {
        String name = type == null ? "" : type.strip();
        return switch (TypeKind.of(name)) {
            case INTEGER -> NODES.objectNode().put("type", "integer").put("format",
                    name.equalsIgnoreCase("int64") || name.equalsIgnoreCase("long") ? "int64" : "int32");
            case NUMBER -> NODES.objectNode().put("type", "number").put("format", "double");
            case BOOLEAN -> NODES.objectNode().put("type", "boolean");
            case STRING -> NODES.objectNode().put("type", "string");
            case DATE_TIME -> NODES.objectNode().put("type", "string").put("format", "date-time");
            case BINARY -> NODES.objectNode().put("type", "string").put("contentEncoding", "base64");
            case ENUM -> enumeration(TypeKind.enumValues(name), sample, where);
            case ARRAY -> {
                ObjectNode array = NODES.objectNode().put("type", "array");
                JsonNode first = sample != null && sample.isArray() && !sample.isEmpty() ? sample.get(0) : null;
                array.set("items", name.endsWith("[]") ? property(name.substring(0, name.length() - 2), first, where)
                        : first == null ? NODES.objectNode() : inferred(first));
                yield array;
            }
            case OBJECT -> name.equalsIgnoreCase("object")
                    ? (sample != null && sample.isObject() ? inferred(sample) : NODES.objectNode())
                    : component(name, sample != null && sample.isObject() ? inferred(sample)
                            : NODES.objectNode().put("type", "object"), where);
            case ANY -> NODES.objectNode();
        };
    }

    private ObjectNode enumeration(List<String> values, JsonNode sample, String where) {
        ObjectNode schema = NODES.objectNode().put("type", "string");
        ArrayNode allowed = schema.putArray("enum");
        values.forEach(allowed::add);
        if (sample != null && sample.isTextual() && !values.contains(sample.asText())) {
            allowed.add(sample.asText());
            decisions.add(where + ": the sample's value " + sample.asText() + " is not among the documented ones;"
                    + " the schema allows it");
        }
        return schema;
    }

    /** A reference to the component of this name with this schema, registered once per shape. */
    private ObjectNode component(String typeName, ObjectNode schema, String where) {
        String base = typeName.replaceAll("[^A-Za-z0-9._-]", "_");
        ObjectNode unknown = NODES.objectNode().put("type", "object");
        // a sample that shows nothing of a type (null) says nothing against what another sample showed, and a
        // sample that shows it says more than a null did
        if (components.containsKey(base) && schema.equals(unknown)) {
            return NODES.objectNode().put("$ref", "#/components/schemas/" + base);
        }
        if (unknown.equals(components.get(base))) {
            components.put(base, schema);
            return NODES.objectNode().put("$ref", "#/components/schemas/" + base);
        }
        String name = base;
        for (int n = 2; components.containsKey(name) && !components.get(name).equals(schema); n++) {
            name = base + n;
        }
        if (!name.equals(base) && !components.containsKey(name)) {
            decisions.add(where + ": " + typeName + " has another shape here than where it was first seen;"
                    + " this one is " + name);
        }
        components.putIfAbsent(name, schema);
        return NODES.objectNode().put("$ref", "#/components/schemas/" + name);
    }

    /** The schema a sample value shows: its kinds, objects with their properties, arrays by their first item. */
    public static ObjectNode inferred(JsonNode sample) {
        ObjectNode schema = NODES.objectNode();
        switch (sample.getNodeType()) {
            case BOOLEAN -> schema.put("type", "boolean");
            case NUMBER -> schema.put("type", sample.isIntegralNumber() ? "integer" : "number");
            case STRING -> schema.put("type", "string");
            case ARRAY -> schema.put("type", "array").set("items",
                    sample.isEmpty() ? NODES.objectNode() : inferred(sample.get(0)));
            case OBJECT -> {
                schema.put("type", "object");
                ObjectNode properties = schema.putObject("properties");
                sample.properties().forEach(field -> properties.set(field.getKey(), inferred(field.getValue())));
            }
            default -> { } // null, or anything else: any value
        }
        return schema;
    }

    /** The schema that also allows null, as a sample showed. */
    private static ObjectNode nullable(ObjectNode schema) {
        if (schema.isEmpty()) {
            return schema;
        }
        if (schema.has("type") && schema.get("type").isTextual() && !schema.has("enum")) {
            ObjectNode copy = schema.deepCopy();
            copy.putArray("type").add(schema.get("type").asText()).add("null");
            return copy;
        }
        ObjectNode anyOf = NODES.objectNode();
        anyOf.putArray("anyOf").add(schema).add(NODES.objectNode().put("type", "null"));
        return anyOf;
    }

    /** Whether a sample value is of the schema's kind (its top level; components are the samples' own). */
    private static boolean fits(ObjectNode schema, JsonNode sample) {
        if (!schema.has("type")) {
            return true;
        }
        return switch (schema.get("type").asText()) {
            case "integer" -> sample.isIntegralNumber();
            case "number" -> sample.isNumber();
            case "boolean" -> sample.isBoolean();
            case "string" -> sample.isTextual();
            case "array" -> sample.isArray();
            case "object" -> sample.isObject();
            default -> true;
        };
    }

    private static JsonNode field(JsonNode object, String name) {
        if (!object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }
}
