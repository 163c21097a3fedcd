package io.docmock.check;

import com.fasterxml.jackson.databind.JsonNode;
import io.docmock.model.TypeKind;

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
        return switch (TypeKind.of(type)) {
            case ANY -> true;
            case INTEGER -> value.isIntegralNumber() && TypeKind.fitsInteger(type, value.bigIntegerValue());
            case NUMBER -> value.isNumber();
            case STRING, DATE_TIME, BINARY -> value.isTextual();
            case BOOLEAN -> value.isBoolean();
            case ARRAY -> value.isArray();
            // a named type (Role, Person) is an object
            case OBJECT -> value.isObject();
            // an enum travels as one of its names, or as its number
            case ENUM -> value.isIntegralNumber() || value.isTextual() && TypeKind.enumValues(type).stream()
                    .anyMatch(name -> name.equalsIgnoreCase(value.asText()));
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
