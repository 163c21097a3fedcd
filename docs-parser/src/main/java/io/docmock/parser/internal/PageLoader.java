package io.docmock.parser.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a page's bytes as UTF-8 text, refusing what is no page: files over the size limit, binary bytes, invalid
 * UTF-8. A refusal is a warning, and the caller skips the page.
 */
public final class PageLoader {
    private final long maxBytes;

    public PageLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public record Loaded(String text) {
    }

    /** The page's text, or null (with a warning) when it is not a readable text page. */
    public Loaded load(Path path, String file, Diagnostics diagnostics) throws IOException {
        long size = Files.size(path);
        if (size > maxBytes) {
            diagnostics.warn(file, 1, "page is " + size + " bytes, over the limit of " + maxBytes + "; skipped");
            return null;
        }
        return decode(Files.readAllBytes(path), file, diagnostics);
    }

    public Loaded decode(byte[] bytes, String file, Diagnostics diagnostics) {
        if (bytes.length > maxBytes) {
            diagnostics.warn(file, 1, "page is " + bytes.length + " bytes, over the limit of " + maxBytes + "; skipped");
            return null;
        }
        boolean ascii = true;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.warn(file, lineAt(bytes, i), "page holds binary bytes (NUL); skipped");
                return null;
            }
            ascii &= bytes[i] > 0;
        }
        try {
            // ASCII is UTF-8 as it is; only other bytes need the strict decoder
            String text = ascii ? new String(bytes, StandardCharsets.US_ASCII) : StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return new Loaded(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            diagnostics.warn(file, 1, "page is not UTF-8 text; skipped");
            return null;
        }
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
