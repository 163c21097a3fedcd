package io.docmock.model;

import java.util.List;
import java.util.Map;

/**
 * Plausible values for documented types, for answers and requests the docs give no sample of: integers 17,
 * booleans true, enums their first value, strings named after what they hold, other (object) types empty objects.
 */
public final class ExampleValues {
    private ExampleValues() {
    }

    /** A JSON-ready value (Integer, Double, Boolean, String, List, Map) of the documented type. */
    public static Object of(String type, String name) {
        return switch (TypeKind.of(type)) {
            case INTEGER -> 17;
            case NUMBER -> 1.5;
            case BOOLEAN -> true;
            case DATE_TIME -> "2024-01-31T12:00:00";
            case BINARY -> "R0lGODlh";
            case ARRAY -> List.of();
            case ENUM -> TypeKind.enumValues(type).isEmpty() ? name : TypeKind.enumValues(type).get(0);
            case OBJECT -> Map.of();
            case STRING, ANY -> name;
        };
    }
}
