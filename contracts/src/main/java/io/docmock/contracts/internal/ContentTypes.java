package io.docmock.contracts.internal;

import io.docmock.model.HttpBodies;
import java.util.Locale;

/** Content-Type values and the regex that accepts them with or without a charset parameter. */
public final class ContentTypes {
    private ContentTypes() {
    }

    /** The media type alone: {@code application/json} of {@code application/json; charset=utf-8}. */
    public static String mediaType(String contentType) {
        return HttpBodies.mediaType(contentType);
    }

    /** The media type with only its charset parameter, the form pact-jvm's body content types want. */
    public static String mediaTypeAndCharset(String contentType) {
        String media = mediaType(contentType);
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).strip();
                if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                return isCharset(name) ? media + "; charset=" + name : media;
            }
        }
        return media;
    }

    /** Whether Java knows a charset by this very name: pact-jvm reads the body in it, and stops at one it does not. */
    private static boolean isCharset(String name) {
        try {
            return name.matches("[A-Za-z0-9][A-Za-z0-9._:+-]*") && java.nio.charset.Charset.isSupported(name);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    /** A portable regex (no {@code \Q..\E}) for this media type, tolerating a charset parameter. */
    public static String regex(String contentType) {
        StringBuilder escaped = new StringBuilder();
        for (char c : mediaType(contentType).toCharArray()) {
            escaped.append(Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '_' ? String.valueOf(c)
                    : "\\" + c);
        }
        return escaped + "(\\s*;\\s*charset=[A-Za-z0-9_.:-]+)?";
    }
}
