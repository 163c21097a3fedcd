package io.docmock.parser.internal;

import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/** Plain text and line numbers of commonmark nodes. */
public final class MarkdownText {
    private MarkdownText() {
    }

    /** The node's text with inline markup dropped, HTML tags left out, line breaks as spaces, trimmed. */
    public static String of(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, text);
        return collapseWhitespace(text);
    }

    /** Runs of white space as one space, trimmed; by hand, as this runs for every heading, cell and paragraph. */
    private static String collapseWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void append(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else if (!(child instanceof HtmlInline)) {
                append(child, text);
            }
        }
    }

    /** True when the node holds {@code **word**} (case-insensitive) among its inline children. */
    public static boolean hasStrong(Node node, String word) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof StrongEmphasis && of(child).equalsIgnoreCase(word)) {
                return true;
            }
            if (hasStrong(child, word)) {
                return true;
            }
        }
        return false;
    }

    /** 1-based line of the node's first source line (needs source spans), else 1. */
    public static int line(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans != null && !spans.isEmpty()) {
                return spans.get(0).getLineIndex() + 1;
            }
        }
        return 1;
    }

    /** How deep the tree under a node goes, found without recursion (a hostile page nests thousands deep). */
    public static int depth(Node root) {
        int depth = 0;
        int deepest = 0;
        Node node = root;
        while (true) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                deepest = Math.max(deepest, ++depth);
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node == root) {
                return deepest;
            }
            node = node.getNext();
        }
    }
}
