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
        // the JDK's lenient decoder and String.indexOf are intrinsics, fast even while the JIT is busy at startup;
        // a replacement character in the result is the only sign the strict decoder must look at the bytes
        String text = new String(bytes, StandardCharsets.UTF_8);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            diagnostics.warn(file, lineAt(text, nul), "page holds binary bytes (NUL); skipped");
            return null;
        }
        if (text.indexOf('\uFFFD') >= 0 && !isUtf8(bytes)) {
            diagnostics.warn(file, 1, "page is not UTF-8 text; skipped");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Loaded(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int lineAt(String text, int index) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
