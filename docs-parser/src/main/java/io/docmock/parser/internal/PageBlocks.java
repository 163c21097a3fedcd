package io.docmock.parser.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Walks a commonmark tree into {@link Block}s. DocFX include directives
 * ({@code [!include[sample request](../../samples/x.md)]}) are replaced by the blocks of their target, read
 * relative to the page; a target that does not exist gives a warning. Includes are read only from inside the docs
 * folders given, at most {@value Includes#PER_PAGE} per page and {@value #MAX_DEPTH} deep: a page cannot make the
 * parser read the rest of the disk, or include itself until memory runs out.
 */
public final class PageBlocks {
    private static final int MAX_DEPTH = 3;
    /** Real pages nest a dozen deep; thousands would overflow every recursive walk of the tree, ours and others'. */
    static final int MAX_NESTING = 100;

    /**
     * What one page may still include, and from where; the files it tried to include, found or not, which its
     * reading depends on. Not shared between pages.
     */
    public static final class Includes {
        static final int PER_PAGE = 16;
        private final List<Path> roots;
        private final List<Path> attempted = new ArrayList<>();
        private int left = PER_PAGE;

        public Includes(List<Path> roots) {
            this.roots = List.copyOf(roots);
        }

        boolean take() {
            return left-- > 0;
        }

        void attempt(Path target) {
            attempted.add(target);
        }

        /** Every include target this page named (absolute, normalized), in order, whether it was found or not. */
        public List<Path> attempted() {
            return List.copyOf(attempted);
        }

        boolean inside(Path target) throws IOException {
            Path real = target.toRealPath();
            return roots.stream().anyMatch(real::startsWith);
        }
    }

    private final Parser parser;
    private final PageLoader loader;

    public PageBlocks(Parser parser, PageLoader loader) {
        this.parser = parser;
        this.loader = loader;
    }

    public List<Block> read(Node document, String file, Path path, Includes includes, Diagnostics diagnostics,
                            int includeDepth) {
        int nesting = MarkdownText.depth(document);
        if (nesting > MAX_NESTING) {
            diagnostics.warn(file, 1, "nested too deep to read: lists, quotes or emphasis " + nesting
                    + " levels deep, more than " + MAX_NESTING + "; nothing of it is read");
            return List.of();
        }
        List<Block> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                blocks.add(new Block.Heading(file, MarkdownText.line(heading), heading.getLevel(),
                        MarkdownText.of(heading)));
            }

            @Override
            public void visit(FencedCodeBlock fence) {
                String info = fence.getInfo() == null ? "" : fence.getInfo().strip().toLowerCase(Locale.ROOT);
                blocks.add(new Block.Fence(file, MarkdownText.line(fence), info, fence.getLiteral()));
            }

            @Override
            public void visit(Paragraph paragraph) {
                Link include = includeLink(paragraph);
                if (include != null) {
                    blocks.addAll(resolveInclude(include, file, path, includes, diagnostics, includeDepth));
                    return;
                }
                boolean inList = paragraph.getParent() instanceof ListItem;
                blocks.add(new Block.Text(file, MarkdownText.line(paragraph), MarkdownText.of(paragraph),
                        paragraph, inList));
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    blocks.add(table(table, file));
                } else {
                    visitChildren(block);
                }
            }
        });
        return blocks;
    }

    private static Block.Table table(TableBlock table, String file) {
        List<String> header = new ArrayList<>();
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<Block.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(new Block.Cell(MarkdownText.of(cell), MarkdownText.hasStrong(cell, "Required")));
                    }
                }
                if (section instanceof TableHead) {
                    cells.forEach(cell -> header.add(cell.text()));
                } else {
                    rows.add(cells);
                }
            }
        }
        return new Block.Table(file, MarkdownText.line(table), header, rows);
    }

    /** The link of a DocFX {@code [!include[title](target)]} paragraph, or null. */
    private static Link includeLink(Paragraph paragraph) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Link link && link.getPrevious() instanceof Text before
                    && before.getLiteral().stripTrailing().toLowerCase(Locale.ROOT).endsWith("[!include")) {
                return link;
            }
        }
        return null;
    }

    private List<Block> resolveInclude(Link link, String file, Path page, Includes includes, Diagnostics diagnostics,
                                       int depth) {
        int line = MarkdownText.line(link);
        String destination = link.getDestination();
        if (page == null || destination == null || destination.isBlank()) {
            diagnostics.warn(file, line, "include directive cannot be resolved: " + destination);
            return List.of();
        }
        if (depth >= MAX_DEPTH) {
            diagnostics.warn(file, line, "include directives nested too deep at " + destination);
            return List.of();
        }
        if (!includes.take()) {
            diagnostics.warn(file, line, "more than " + Includes.PER_PAGE + " include directives in one page; "
                    + destination + " left out");
            return List.of();
        }
        Path target = page.toAbsolutePath().getParent().resolve(destination).normalize();
        includes.attempt(target);
        String targetName = DocsFolders.printable(file.contains("/")
                ? Path.of(file).resolveSibling(destination).normalize().toString().replace('\\', '/') : destination);
        if (!Files.isRegularFile(target)) {
            diagnostics.warn(file, line, "include target not found: " + DocsFolders.printable(destination)
                    + " (" + MarkdownText.of(link) + " left out)");
            return List.of();
        }
        try {
            if (!includes.inside(target)) {
                diagnostics.warn(file, line, "include target is outside the docs folders given: "
                        + DocsFolders.printable(destination) + " (left out)");
                return List.of();
            }
            PageLoader.Loaded loaded = loader.load(target, targetName, diagnostics);
            if (loaded == null) {
                return List.of();
            }
            FrontMatter front = FrontMatter.split(loaded.text(), targetName, diagnostics);
            return read(parser.parse(front.markdown()), targetName, target, includes, diagnostics, depth + 1);
        } catch (IOException e) {
            diagnostics.warn(file, line, "include target cannot be read: " + destination + " (" + e.getMessage() + ")");
            return List.of();
        }
    }
}
