package io.docmock.parser;

import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.SkippedPage;
import io.docmock.model.WsdlDocument;
import io.docmock.parser.internal.Diagnostics;
import io.docmock.parser.internal.DocsFolders;
import io.docmock.parser.internal.PageLoader;
import io.docmock.parser.internal.PageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads API reference pages (Markdown, REST and SOAP) into the operation model.
 *
 * <pre>{@code
 * DocsParser parser = DocsParser.builder().build();
 * DocsModel model = parser.parse(List.of(Path.of("docs")));
 * model.operations().forEach(op -> System.out.println(op.label()));
 * }</pre>
 *
 * A parser is immutable and thread-safe. Pages are read in parallel; the result is ordered by file path, so the
 * same docs always give the same model. No page makes it throw: what cannot be read becomes a warning or a skip.
 */
public final class DocsParser {
    /** Pages larger than this are not pages (the largest real ones are about 1 MB of WSDL). */
    public static final long DEFAULT_MAX_PAGE_BYTES = 8L * 1024 * 1024;

    private final PageReader pageReader;
    private final boolean parallel;

    private DocsParser(Builder builder) {
        Parser markdown = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build();
        this.pageReader = new PageReader(markdown, new PageLoader(builder.maxPageBytes));
        this.parallel = builder.parallel;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private long maxPageBytes = DEFAULT_MAX_PAGE_BYTES;
        private boolean parallel = true;

        private Builder() {
        }

        /** Pages over this size are skipped with a warning. */
        public Builder maxPageBytes(long maxPageBytes) {
            this.maxPageBytes = maxPageBytes;
            return this;
        }

        /** Read pages on several threads (the default); the result is the same either way. */
        public Builder parallel(boolean parallel) {
            this.parallel = parallel;
            return this;
        }

        public DocsParser build() {
            return new DocsParser(this);
        }
    }

    /** The page files under these paths: files as given, folders walked for {@code *.md} and {@code *.txt}. */
    public static List<Path> pageFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (DocsFolders.Page page : DocsFolders.walk(roots, new Diagnostics())) {
            files.add(page.file());
        }
        return files;
    }

    /**
     * Reads every page under these paths (see {@link #pageFiles}). Throws only when a path does not exist; a file
     * or folder that cannot be read is a warning.
     */
    public DocsModel parse(List<Path> roots) throws IOException {
        return parse(roots, done -> { });
    }

    /** As {@link #parse(List)}, telling {@code progress} the count of pages read so far, now and then. */
    public DocsModel parse(List<Path> roots, IntConsumer progress) throws IOException {
        Diagnostics walking = new Diagnostics();
        List<DocsFolders.Page> pages = DocsFolders.walk(roots, walking);
        List<Path> includeRoots = DocsFolders.includeRoots(roots);
        AtomicInteger done = new AtomicInteger();
        Stream<DocsFolders.Page> stream = parallel ? pages.parallelStream() : pages.stream();
        List<PageReader.PageResult> results = new ArrayList<>(stream.map(page -> {
            PageReader.PageResult result = readFile(page, includeRoots);
            int count = done.incrementAndGet();
            if (count % 2000 == 0) {
                progress.accept(count);
            }
            return result;
        }).toList());
        if (!walking.list().isEmpty()) {
            results.add(0, new PageReader.PageResult(List.of(), null, walking));
        }
        return assemble(pages.size(), results);
    }

    /** Reads one page from text, as if it were the file {@code fileName} (includes are not resolved). */
    public DocsModel parsePage(String fileName, String text) {
        return parsePages(Map.of(fileName, text));
    }

    /** Reads pages from text, file name to text, in the map's order (includes are not resolved). */
    public DocsModel parsePages(Map<String, String> pages) {
        List<PageReader.PageResult> results = new ArrayList<>();
        pages.forEach((fileName, text) -> {
            String name = DocsFolders.printable(fileName);
            results.add(readSafely(name, diagnostics -> pageReader.read(name, null, List.of(), text,
                    idFromFileName(fileName), diagnostics)));
        });
        return assemble(pages.size(), results);
    }

    private PageReader.PageResult readFile(DocsFolders.Page page, List<Path> includeRoots) {
        return readSafely(page.name(), diagnostics -> {
            PageLoader.Loaded loaded = pageReader.loader().load(page.file(), page.name(), diagnostics);
            if (loaded == null) {
                return new PageReader.PageResult(List.of(), new SkippedPage(page.name(),
                        "not a text page (see warnings)"), diagnostics);
            }
            return pageReader.read(page.name(), page.file(), includeRoots, loaded.text(),
                    idFromFileName(page.file().getFileName().toString()), diagnostics);
        });
    }

    /** Reading one page's text into its result; may fail in any way. */
    private interface PageRead {
        PageReader.PageResult read(Diagnostics diagnostics) throws IOException;
    }

    /** One page read so that nothing it holds stops the run: every failure is a warning on that page. */
    private static PageReader.PageResult readSafely(String name, PageRead read) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            return read.read(diagnostics);
        } catch (IOException | UncheckedIOException e) {
            return failed(name, diagnostics, "cannot read page: " + e.getMessage(), "unreadable");
        } catch (StackOverflowError e) {
            // commonmark and the readers walk the tree recursively: thousands of nested lists or quotes are no API page
            return failed(name, diagnostics, "nested too deep to read (lists, quotes or emphasis thousands deep);"
                    + " page skipped", "nested too deep");
        } catch (RuntimeException e) {
            // a page must never stop the run; this is our defect, reported against the page that showed it
            return failed(name, diagnostics, "internal error reading page (please report): " + e, "internal error");
        }
    }

    private static PageReader.PageResult failed(String name, Diagnostics diagnostics, String warning, String reason) {
        diagnostics.warn(name, 1, warning);
        return new PageReader.PageResult(List.of(), new SkippedPage(name, reason), diagnostics);
    }

    private static String idFromFileName(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Puts page results together in file order and makes operation ids unique. */
    private static DocsModel assemble(int pages, List<PageReader.PageResult> results) {
        List<Operation> operations = new ArrayList<>();
        List<SkippedPage> skipped = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        List<WsdlDocument> wsdls = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PageReader.PageResult result : results) {
            warnings.addAll(result.diagnostics().list());
            if (result.wsdl() != null) {
                wsdls.add(result.wsdl());
            }
            if (result.skipped() != null) {
                skipped.add(result.skipped());
            }
            for (Operation operation : result.operations()) {
                String key = operation.id().toLowerCase(Locale.ROOT);
                int count = seen.merge(key, 1, Integer::sum);
                if (count > 1) {
                    String unique = operation.id() + "-" + count;
                    warnings.add(new Diagnostic(operation.source().file(), operation.source().line(),
                            "id '" + operation.id() + "' is used by an earlier page too; this operation is '" + unique + "'"));
                    operation = withId(operation, unique);
                }
                operations.add(operation);
            }
        }
        return new DocsModel(pages, operations, skipped, warnings, wsdls);
    }

    private static Operation withId(Operation o, String id) {
        return new Operation(id, o.protocol(), o.title(), o.summary(), o.method(), o.path(), o.pathParameters(),
                o.queryParameters(), o.requestHeaders(), o.requestBody(), o.responses(), o.samples(), o.restrictions(),
                o.soap(), o.source());
    }
}
