package io.docmock.parser.internal;

import io.docmock.model.Operation;
import io.docmock.model.PathTemplate;
import io.docmock.model.SkippedPage;
import io.docmock.model.WsdlDocument;
import java.nio.file.Path;
import java.util.List;
import org.commonmark.parser.Parser;

/** Reads one page's text into its operations, or a reason it holds none. Thread-safe. */
public final class PageReader {
    private static final int MAX_PATH_SEGMENTS = 64;
    private static final int MAX_PATH_PARAMETERS = 32;
    private final Parser parser;
    private final PageBlocks pageBlocks;
    private final PageLoader loader;

    public PageReader(Parser parser, PageLoader loader) {
        this.parser = parser;
        this.loader = loader;
        this.pageBlocks = new PageBlocks(parser, loader);
    }

    /** What a page gave: operations (possibly none), a skip reason when it is no endpoint page, warnings. */
    public record PageResult(List<Operation> operations, SkippedPage skipped, Diagnostics diagnostics,
                             WsdlDocument wsdl) {
        public PageResult(List<Operation> operations, SkippedPage skipped, Diagnostics diagnostics) {
            this(operations, skipped, diagnostics, null);
        }
    }

    public PageLoader loader() {
        return loader;
    }

    /**
     * Reads one page. {@code path} is where includes are resolved from (null for text not from a file), and
     * {@code includes} what it may include from where (and, after, what it tried to); {@code fallbackId} names the
     * operation when the front matter has no {@code uid} or {@code id}.
     */
    public PageResult read(String file, Path path, PageBlocks.Includes includes, String text, String fallbackId,
                           Diagnostics diagnostics) {
        if (text.isBlank()) {
            diagnostics.warn(file, 1, "page is empty");
            return skip(file, "empty page", diagnostics);
        }
        FrontMatter front = FrontMatter.split(text, file, diagnostics);
        List<Block> blocks = pageBlocks.read(parser.parse(front.markdown()), file, path,
                includes, diagnostics, 0);
        String id = front.get("uid") != null ? front.get("uid") : front.get("id") != null ? front.get("id") : fallbackId;
        String title = front.get("title");

        int endpoint = RestPageReader.endpointBlock(blocks);
        if (endpoint >= 0) {
            Operation operation = new RestPageReader(file, diagnostics).read(blocks, endpoint, id, title);
            String tooLong = tooLong(operation.path());
            if (tooLong != null) {
                diagnostics.warn(file, operation.source().line(), tooLong + "; page skipped");
                return skip(file, "path too long for an API path", diagnostics);
            }
            return new PageResult(List.of(operation), null, diagnostics);
        }
        SoapPageReader soap = new SoapPageReader(file, diagnostics);
        List<SoapPageReader.EnvelopeBlock> envelopes = soap.envelopes(blocks);
        if (!envelopes.isEmpty()) {
            Operation operation = soap.read(blocks, envelopes, id, title);
            if (operation == null) {
                return skip(file, "SOAP page that could not be read (see warnings)", diagnostics);
            }
            return new PageResult(List.of(operation), null, diagnostics);
        }
        WsdlDocument wsdl = WsdlPages.wsdl(blocks);
        if (wsdl != null) {
            return new PageResult(List.of(), new SkippedPage(file, "WSDL page: served at its endpoint's ?wsdl ("
                    + wsdl.addressPath() + ")"), diagnostics, wsdl);
        }
        return skip(file, whyNotAnEndpoint(blocks), diagnostics);
    }

    /**
     * Why a documented path is no API path, or null: real ones have a dozen segments at most; thousands would make
     * every regex built from it recurse past the stack when it matches.
     */
    private static String tooLong(String path) {
        int segments = PathTemplate.segmentsOf(path).size();
        if (segments > MAX_PATH_SEGMENTS) {
            return "the documented path has " + segments + " segments, more than " + MAX_PATH_SEGMENTS;
        }
        int parameters = PathTemplate.of(path).parameters().size();
        if (parameters > MAX_PATH_PARAMETERS) {
            return "the documented path has " + parameters + " parameters, more than " + MAX_PATH_PARAMETERS;
        }
        return null;
    }

    private static PageResult skip(String file, String reason, Diagnostics diagnostics) {
        return new PageResult(List.of(), new SkippedPage(file, reason), diagnostics);
    }

    private static String whyNotAnEndpoint(List<Block> blocks) {
        boolean http = false;
        boolean sample = false;
        boolean xml = false;
        for (Block block : blocks) {
            if (block instanceof Block.Fence fence) {
                http |= fence.info().equals("http");
                sample |= fence.info().equals("http!") || fence.info().equals("http_");
                xml |= fence.info().equals("xml");
            }
        }
        if (http) {
            return "index page: its http block holds a path but no method";
        }
        if (sample) {
            return "sample fragment: a sample block with no ```http endpoint block (pages include it)";
        }
        if (xml) {
            return "xml page with no SOAP envelope (a WSDL or schema page)";
        }
        return "not an endpoint page: no ```http block with a method and no SOAP envelope";
    }
}
