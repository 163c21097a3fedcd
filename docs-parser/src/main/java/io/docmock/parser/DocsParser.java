package io.docmock.parser;

import io.docmock.model.Diagnostic;
import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import io.docmock.model.SkippedPage;
import io.docmock.model.WsdlDocument;
import io.docmock.parser.internal.Diagnostics;
import io.docmock.parser.internal.DocsFolders;
import io.docmock.parser.internal.PageBlocks;
import io.docmock.parser.internal.PageLoader;
import io.docmock.parser.internal.PageReader;
import io.docmock.parser.internal.ParseCache;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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
    private final long maxPageBytes;
    private final Path cacheFolder;

    private DocsParser(Builder builder) {
        Parser markdown = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build();
        this.pageReader = new PageReader(markdown, new PageLoader(builder.maxPageBytes));
        this.parallel = builder.parallel;
        this.maxPageBytes = builder.maxPageBytes;
        this.cacheFolder = builder.cacheFolder;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private long maxPageBytes = DEFAULT_MAX_PAGE_BYTES;
        private boolean parallel = true;
        private Path cacheFolder;

        private Builder() {
        }

        /**
         * Keep what each page gave in this folder, and at the next {@link #parse(List)} of the same folders read
         * only the pages that changed since: a page, or a file it includes or tried to, with another size or
         * modification time, or another file in its place. Null (the default) reads every page every time.
         */
        public Builder cacheFolder(Path cacheFolder) {
            this.cacheFolder = cacheFolder;
            return this;
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
        // the cache is decoded while the folders are walked
        CompletableFuture<ParseCache> cacheReady = cacheFolder == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> ParseCache.open(cacheFolder, roots, maxPageBytes));
        List<DocsFolders.Page> pages = DocsFolders.walk(roots, walking);
        List<Path> includeRoots = DocsFolders.includeRoots(roots);
        ParseCache cache = cacheReady.join();
        AtomicInteger done = new AtomicInteger();
        Stream<DocsFolders.Page> stream = parallel ? pages.parallelStream() : pages.stream();
        List<PageReader.PageResult> results = new ArrayList<>(stream.map(page -> {
            PageReader.PageResult result = readFile(page, includeRoots, cache);
            int count = done.incrementAndGet();
            if (count % 2000 == 0) {
                progress.accept(count);
            }
            return result;
        }).toList());
        if (!walking.list().isEmpty()) {
            results.add(0, new PageReader.PageResult(List.of(), null, walking));
        }
        if (cache != null) {
            cache.save();
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
            results.add(readSafely(name, diagnostics -> pageReader.read(name, null,
                    new PageBlocks.Includes(List.of()), text, idFromFileName(fileName), diagnostics)).result());
        });
        return assemble(pages.size(), results);
    }

    /**
     * A page from the cache when it has not changed; else read, and kept in the cache (when there is one) unless
     * reading it failed.
     */
    private PageReader.PageResult readFile(DocsFolders.Page page, List<Path> includeRoots, ParseCache cache) {
        ParseCache.FileState before = cache == null ? null : ParseCache.stateOf(page.file(), page.attributes());
        PageReader.PageResult cached = cache == null ? null : cache.lookup(before);
        if (cached != null) {
            return cached;
        }
        PageBlocks.Includes includes = new PageBlocks.Includes(includeRoots);
        Outcome outcome = readSafely(page.name(), diagnostics -> read(page, includes, diagnostics));
        if (cache != null && !outcome.failed()) {
            cache.keep(page.file(), before, includes.attempted(), outcome.result());
        }
        return outcome.result();
    }

    private PageReader.PageResult read(DocsFolders.Page page, PageBlocks.Includes includes, Diagnostics diagnostics)
            throws IOException {
        PageLoader.Loaded loaded = pageReader.loader().load(page.file(), page.name(), diagnostics);
        if (loaded == null) {
            return new PageReader.PageResult(List.of(), new SkippedPage(page.name(),
                    "not a text page (see warnings)"), diagnostics);
        }
        return pageReader.read(page.name(), page.file(), includes, loaded.text(),
                idFromFileName(page.file().getFileName().toString()), diagnostics);
    }

    /** Reading one page's text into its result; may fail in any way. */
    private interface PageRead {
        PageReader.PageResult read(Diagnostics diagnostics) throws IOException;
    }

    /** A page's result, and whether reading it failed (such a result is not cached: the next start tries again). */
    private record Outcome(PageReader.PageResult result, boolean failed) {
    }

    /** One page read so that nothing it holds stops the run: every failure is a warning on that page. */
    private static Outcome readSafely(String name, PageRead read) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            return new Outcome(read.read(diagnostics), false);
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

    private static Outcome failed(String name, Diagnostics diagnostics, String warning, String reason) {
        diagnostics.warn(name, 1, warning);
        return new Outcome(new PageReader.PageResult(List.of(), new SkippedPage(name, reason), diagnostics), true);
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
