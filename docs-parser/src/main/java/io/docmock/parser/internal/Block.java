package io.docmock.parser.internal;

import java.util.List;
import org.commonmark.node.Paragraph;

/** The blocks of a page that the readers look at, flattened in document order. */
public sealed interface Block {
    /** 1-based line in {@link #file()}. */
    int line();

    /** The file the block comes from: the page, or the target of an include directive. */
    String file();

    record Heading(String file, int line, int level, String text) implements Block {
    }

    record Table(String file, int line, List<String> header, List<List<Cell>> rows) implements Block {
    }

    /** A table cell's plain text, and whether it says {@code **Required**}. */
    record Cell(String text, boolean required) {
    }

    /** A fenced code block; {@code contentLine} is the line of its first content line. */
    record Fence(String file, int line, String info, String literal) implements Block {
        public int contentLine() {
            return line + 1;
        }
    }

    record Text(String file, int line, String text, Paragraph node, boolean inList) implements Block {
    }
}
