package io.docmock.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * Whether a JSON value fits a type as the docs write it: {@code Integer}/{@code int32} an integral number,
 * {@code String}/{@code date-time} a string, {@code bool} a boolean, {@code Enum: A, B} one of its names (or its
 * number), {@code array} an array, {@code object} or a named type ({@code Role}) an object. {@code null} fits every
 * type, as the real servers send and accept it for any property; an empty type says nothing, so anything fits.
 */
public final class DocumentedTypes {
    private DocumentedTypes() {
    }

    public static boolean accepts(String type, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return true;
        }
        String t = type == null ? "" : type.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("enum:")) {
            if (value.isIntegralNumber()) {
                return true;
            }
            if (!value.isTextual()) {
                return false;
            }
            for (String name : t.substring(5).split(",")) {
                if (name.strip().equalsIgnoreCase(value.asText())) {
                    return true;
                }
            }
            return false;
        }
        return switch (lower) {
            case "" -> true;
            case "int", "int32", "int64", "integer", "long", "short" -> value.isIntegralNumber();
            case "double", "decimal", "float", "number" -> value.isNumber();
            case "string", "date-time", "datetime", "date", "byte", "guid", "uri" -> value.isTextual();
            case "bool", "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            // a named type (Role, Person) is an object; Role[] an array of them
            default -> lower.endsWith("[]") ? value.isArray() : value.isObject();
        };
    }

    /** How a JSON value reads in a message: {@code string "abc"}, {@code number 12}, {@code object}. */
    public static String describe(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing";
        }
        String text = value.toString();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        if (value.isTextual()) {
            return "string " + text;
        }
        if (value.isNumber()) {
            return "number " + text;
        }
        if (value.isBoolean()) {
            return "boolean " + text;
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isObject()) {
            return "object";
        }
        return text;
    }
}
