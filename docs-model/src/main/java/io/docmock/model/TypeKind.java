package io.docmock.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a type, as the docs write it, stands for: the one reading of the docs' two type vocabularies
 * ({@code Integer}/{@code int32}, {@code String}/{@code string}, {@code Boolean}/{@code bool}, {@code Enum: A, B},
 * {@code array}, named types such as {@code Role}) that stubs, examples, validation and lint all share.
 */
public enum TypeKind {
    INTEGER, NUMBER, BOOLEAN, STRING, DATE_TIME, BINARY, ARRAY, ENUM, OBJECT, ANY;

    public static TypeKind of(String type) {
        String lower = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("enum:")) {
            return ENUM;
        }
        if (lower.endsWith("[]")) {
            return ARRAY;
        }
        return switch (lower) {
            case "" -> ANY;
            case "int", "int32", "int64", "integer", "long", "short" -> INTEGER;
            case "double", "decimal", "float", "number" -> NUMBER;
            case "bool", "boolean" -> BOOLEAN;
            case "string", "guid", "uri" -> STRING;
            case "date-time", "datetime", "date" -> DATE_TIME;
            case "byte" -> BINARY;
            case "array" -> ARRAY;
            default -> OBJECT;
        };
    }

    /**
     * Whether an integer fits the width the type names: {@code int64}/{@code long} 64 bits, {@code short} 16, every
     * other integer type (the docs' {@code Integer}, {@code int32}, {@code int}) 32, as the server's C# types bind
     * them. The one home of integer widths, for JSON bodies and path parameters alike.
     */
    public static boolean fitsInteger(String type, java.math.BigInteger value) {
        String name = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
        int bits = name.equals("int64") || name.equals("long") ? 64 : name.equals("short") ? 16 : 32;
        return value.bitLength() < bits;
    }

    /** The names of an {@code Enum: A, B, C} type, in order; empty for any other type. */
    public static List<String> enumValues(String type) {
        List<String> values = new ArrayList<>();
        if (of(type) == ENUM) {
            for (String value : type.strip().substring(5).split(",")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return values;
    }
}
