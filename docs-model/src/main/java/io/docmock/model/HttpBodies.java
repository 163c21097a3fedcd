package io.docmock.model;

import java.util.Locale;

/**
 * What the docs and HTTP say about bodies, in one place for stubs, validation, contracts, lint and the parser:
 * which statuses carry none, and what a body is when its Content-Type says so or, without one, when it looks so.
 */
public final class HttpBodies {
    private HttpBodies() {
    }

    /** 1xx, 204 No Content and 304 Not Modified answers carry no body (RFC 9110), whatever a sample shows. */
    public static boolean statusCarriesNoBody(int status) {
        return status < 200 || status == 204 || status == 304;
    }

    /** The media type of a Content-Type alone, lower-cased: {@code application/json} of {@code Application/JSON; charset=utf-8}. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** A JSON body: its Content-Type names JSON ({@code application/json}, {@code +json}), or, with none, it starts
     * as JSON's objects and arrays do. */
    public static boolean isJson(String contentType, String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        if (contentType == null) {
            String text = body.stripLeading();
            return text.startsWith("{") || text.startsWith("[");
        }
        return contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** An XML body: its Content-Type names XML ({@code text/xml}, {@code application/soap+xml}), or, with none, it
     * starts with a tag. */
    public static boolean isXml(String contentType, String body) {
        if (body == null || body.isBlank()) {
            return false;
        }
        if (contentType == null) {
            return body.stripLeading().startsWith("<");
        }
        return contentType.toLowerCase(Locale.ROOT).contains("xml");
    }
}
