package io.docmock.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docmock.model.BodySchema;
import io.docmock.model.Property;
import io.docmock.model.TypeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a JSON body against a documented property table: each property of the documented type, none that the
 * table does not list. Property names compare case-insensitively, as the real servers bind them.
 */
public final class BodyCheck {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BodyCheck() {
    }

    /** The parsed body, or null with a problem added when it is not JSON. */
    public static JsonNode parse(String text, String where, List<Problem> problems) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().replace('\n', ' ');
            if (e.getLocation() != null) {
                reason += " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            }
            problems.add(new Problem(where, "JSON", "malformed JSON (" + reason + ")"));
            return null;
        }
    }

    /**
     * Problems of a body against documented properties. Objects are checked property by property; an array body
     * item by item; anything else only when the schema names a scalar type. {@code extra} are properties to accept
     * beyond the table (those a documented sample shows), with their sample values' kinds.
     */
    public static List<Problem> check(JsonNode body, BodySchema schema, Map<String, String> extra, String where) {
        ProblemList problems = new ProblemList(Integer.MAX_VALUE);
        check(body, schema, extra, where, problems);
        return problems.kept();
    }

    /** As {@link #check(JsonNode, BodySchema, Map, String)}, into a list that keeps only the first few. */
    public static void check(JsonNode body, BodySchema schema, Map<String, String> extra, String where,
                             ProblemList problems) {
        if (body == null || schema == null) {
            return;
        }
        if (body.isArray() && !schema.properties().isEmpty()) {
            for (int i = 0; i < body.size(); i++) {
                check(body.get(i), schema, extra, where + "[" + i + "]", problems);
            }
            return;
        }
        if (schema.properties().isEmpty()) {
            if (!DocumentedTypes.accepts(scalarType(schema.typeName()), body)) {
                problems.add(new Problem(where, schema.typeName(), DocumentedTypes.describe(body)));
            }
            return;
        }
        if (!body.isObject()) {
            problems.add(new Problem(where, "an object (" + schema.typeName() + ")", DocumentedTypes.describe(body)));
            return;
        }
        Map<String, Property> documented = new LinkedHashMap<>();
        schema.properties().forEach(p -> documented.put(p.name().toLowerCase(Locale.ROOT), p));
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String key = field.getKey().toLowerCase(Locale.ROOT);
            Property property = documented.get(key);
            String at = where + "." + field.getKey();
            if (property != null) {
                if (!DocumentedTypes.accepts(property.type(), field.getValue())) {
                    problems.add(new Problem(at, property.type(), DocumentedTypes.describe(field.getValue())));
                }
            } else if (extra == null || !extra.containsKey(key)) {
                problems.add(new Problem(at, "one of the documented properties (" + String.join(", ",
                        schema.properties().stream().map(Property::name).toList()) + ")", "an undocumented property"));
            }
        }
    }

    /** Only scalar and array types constrain a body without properties; a name like {@code request} does not. */
    private static String scalarType(String typeName) {
        TypeKind kind = TypeKind.of(typeName);
        return kind == TypeKind.OBJECT || kind == TypeKind.ANY ? "" : typeName;
    }

    /** The top-level property names of a sample body, lower-cased, each with its JSON kind. */
    public static Map<String, String> sampleProperties(String sampleBody) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (sampleBody == null || sampleBody.isBlank()) {
            return properties;
        }
        try {
            JsonNode node = JSON.readTree(sampleBody);
            JsonNode object = node.isArray() && node.size() > 0 ? node.get(0) : node;
            if (object.isObject()) {
                object.fieldNames().forEachRemaining(name -> properties.put(name.toLowerCase(Locale.ROOT),
                        object.get(name).getNodeType().name()));
            }
        } catch (JsonProcessingException e) {
            // an invalid sample accepts nothing extra; lint reports it
        }
        return properties;
    }
}
