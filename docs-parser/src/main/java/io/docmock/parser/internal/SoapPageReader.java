package io.docmock.parser.internal;

import io.docmock.model.DocumentedResponse;
import io.docmock.model.Header;
import io.docmock.model.Operation;
import io.docmock.model.Parameter;
import io.docmock.model.PathTemplate;
import io.docmock.model.Protocol;
import io.docmock.model.Sample;
import io.docmock.model.SampleRequest;
import io.docmock.model.SampleResponse;
import io.docmock.model.SoapDetails;
import io.docmock.model.Source;
import io.docmock.xml.SoapEnvelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Reads a SOAP operation page: the endpoint ({@code **Remote/Services88/User.svc**}), the method section with its
 * {@code * **name:** text} parameters and {@code **Returns:**}, and the request and response envelopes. The
 * operation is the first element inside the request Body, known by namespace URI and local name.
 */
final class SoapPageReader {

    /** An {@code xml} block that holds a SOAP envelope. */
    record EnvelopeBlock(Block.Fence fence, SoapEnvelope envelope, int index) {
    }

    private final String file;
    private final Diagnostics diagnostics;

    SoapPageReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The SOAP envelopes among the page's {@code xml} blocks; warns about xml blocks that do not parse. */
    List<EnvelopeBlock> envelopes(List<Block> blocks) {
        List<EnvelopeBlock> envelopes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Block.Fence fence) || !fence.info().equals("xml")) {
                continue;
            }
            SoapEnvelope envelope = SoapEnvelope.read(fence.literal().strip());
            if (envelope.problem() != null) {
                int line = fence.contentLine() + Math.max(envelope.problemLine() - 1, 0)
                        + leadingBlankLines(fence.literal());
                diagnostics.warn(fence.file(), line, "xml block is not well-formed XML: " + envelope.problem());
            } else if (envelope.isEnvelope()) {
                envelopes.add(new EnvelopeBlock(fence, envelope, i));
            }
        }
        return envelopes;
    }

    private static int leadingBlankLines(String literal) {
        int count = 0;
        for (String line : literal.split("\n", -1)) {
            if (!line.isBlank()) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The operation, or null (with a warning) when the page does not say enough to serve it. */
    Operation read(List<Block> blocks, List<EnvelopeBlock> envelopes, String id, String frontTitle) {
        SamplePair pair = samplePair(blocks, envelopes);
        OperationElement element = operationElement(pair);
        if (element == null) {
            Block.Fence where = envelopes.get(0).fence();
            diagnostics.warn(where.file(), where.line(), "SOAP envelope has no element inside its Body; page skipped");
            return null;
        }
        String endpoint = endpoint(blocks, frontTitle);
        if (endpoint == null) {
            diagnostics.warn(file, 1, "SOAP page names no endpoint (**Remote/ServicesNN/Agent.svc**); page skipped");
            return null;
        }
        List<String> segments = PathTemplate.segmentsOf(endpoint);
        String agent = segments.get(segments.size() - 1).replaceFirst("\\.svc$", "");
        String version = segments.size() >= 2 ? segments.get(segments.size() - 2) : "";
        String soapVersion = (pair.request() != null ? pair.request() : pair.response()).envelope().soapVersion();
        MethodSection method = methodSection(blocks, element.name(), frontTitle);

        String responseName = pair.response() != null ? pair.response().envelope().operationName() : null;
        SoapDetails details = new SoapDetails(version, agent, endpoint, element.name(), element.namespace(),
                responseName, soapVersion, method.parameters(), method.returns());
        String title = method.title() == null ? version + " " + agent + " " + element.name() : method.title();
        return new Operation(id, Protocol.SOAP, title, method.summary(), "POST", endpoint, List.of(), List.of(),
                List.of(), null, List.of(new DocumentedResponse(200, "OK", null)), samples(pair, details),
                method.restrictions(), details, new Source(file, method.line()));
    }

    /** The request and the response envelope of a page, either may be missing. */
    private record SamplePair(EnvelopeBlock request, EnvelopeBlock response) {
    }

    /** By their headings ({@code X Request}, {@code X Response}); without them, the page order decides. */
    private static SamplePair samplePair(List<Block> blocks, List<EnvelopeBlock> envelopes) {
        EnvelopeBlock request = null;
        EnvelopeBlock response = null;
        for (EnvelopeBlock candidate : envelopes) {
            String heading = precedingHeading(blocks, candidate.index()).toLowerCase(Locale.ROOT);
            if (heading.endsWith("response") && response == null) {
                response = candidate;
            } else if (heading.endsWith("request") && request == null) {
                request = candidate;
            }
        }
        for (EnvelopeBlock candidate : envelopes) {
            if (candidate == request || candidate == response) {
                continue;
            }
            if (request == null && response == null) {
                request = candidate;
            } else if (response == null && (request == null || candidate.index() > request.index())) {
                response = candidate;
            } else if (request == null) {
                request = candidate;
            }
        }
        return new SamplePair(request, response);
    }

    private record OperationElement(String name, String namespace) {
    }

    /** The request's operation element, else the response's without its {@code Response} suffix, else null. */
    private static OperationElement operationElement(SamplePair pair) {
        if (pair.request() != null && pair.request().envelope().operationName() != null) {
            SoapEnvelope request = pair.request().envelope();
            return new OperationElement(request.operationName(), nullToEmpty(request.operationNamespace()));
        }
        if (pair.response() != null && pair.response().envelope().operationName() != null) {
            SoapEnvelope response = pair.response().envelope();
            String name = response.operationName();
            return new OperationElement(name.endsWith("Response")
                    ? name.substring(0, name.length() - "Response".length()) : name,
                    nullToEmpty(response.operationNamespace()));
        }
        return null;
    }

    /** What the page says of the method: its H1 and line, and under the method's heading its prose. */
    private record MethodSection(String title, int line, String summary, String returns, List<Parameter> parameters,
                                 List<String> restrictions) {
    }

    /**
     * The page's H1, and the section headed by the operation's name: {@code * **name:** text} parameters,
     * {@code **Returns:** text}, the first line of prose as the summary, and bold admonitions.
     */
    private static MethodSection methodSection(List<Block> blocks, String operationName, String frontTitle) {
        String title = frontTitle;
        int pageLine = 1;
        String summary = "";
        String returns = "";
        List<Parameter> parameters = new ArrayList<>();
        List<String> restrictions = new ArrayList<>();
        boolean inMethodSection = false;
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading) {
                if (heading.level() == 1 && pageLine == 1) {
                    title = heading.text();
                    pageLine = heading.line();
                }
                inMethodSection = heading.level() >= 2 && heading.text().equals(operationName);
            } else if (block instanceof Block.Text text && inMethodSection) {
                Node paragraph = text.node();
                String strongLead = leadingStrong(paragraph);
                if (text.inList() && strongLead != null && strongLead.endsWith(":")) {
                    parameters.add(parameter(text, strongLead));
                } else if (strongLead != null && strongLead.toLowerCase(Locale.ROOT).startsWith("returns")) {
                    returns = text.text().substring(text.text().indexOf(strongLead) + strongLead.length()).strip();
                } else if (!text.inList()) {
                    if (summary.isEmpty()) {
                        summary = firstLine(paragraph);
                    }
                    restrictions.addAll(boldLabels(paragraph));
                }
            }
        }
        return new MethodSection(title, pageLine, summary, returns, parameters, restrictions);
    }

    /** {@code * **name:** text} as a parameter. */
    private static Parameter parameter(Block.Text text, String strongLead) {
        String name = strongLead.substring(0, strongLead.length() - 1).strip();
        String description = text.text().substring(Math.min(text.text().length(),
                text.text().indexOf(strongLead) + strongLead.length())).strip();
        return new Parameter(name, "", description, false);
    }

    /** The envelopes as the operation's one sample, with this SOAP version's Content-Type. */
    private static List<Sample> samples(SamplePair pair, SoapDetails details) {
        List<Header> headers = List.of(new Header("Content-Type", details.contentType()));
        SampleRequest request = pair.request() == null ? null : new SampleRequest("POST", details.endpointPath(),
                headers, pair.request().fence().literal().strip(), sourceOf(pair.request()));
        SampleResponse response = pair.response() == null ? null : new SampleResponse(200, "OK", headers,
                pair.response().fence().literal().strip(), sourceOf(pair.response()));
        return request == null && response == null ? List.of() : List.of(new Sample("sample-1", request, response));
    }

    private static Source sourceOf(EnvelopeBlock envelope) {
        return new Source(envelope.fence().file(), envelope.fence().line());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String precedingHeading(List<Block> blocks, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Block.Heading heading) {
                return heading.text();
            }
        }
        return "";
    }

    /** The endpoint path: a {@code .svc} named in bold, else anywhere in the text, else from the H1 words. */
    private static String endpoint(List<Block> blocks, String frontTitle) {
        String anywhere = null;
        for (Block block : blocks) {
            if (!(block instanceof Block.Text text)) {
                continue;
            }
            for (Node child = text.node().getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof StrongEmphasis strong) {
                    String svc = svcPath(MarkdownText.of(strong));
                    if (svc != null) {
                        return "/" + stripSlashes(svc);
                    }
                }
            }
            String svc = anywhere == null ? svcPath(text.text()) : null;
            if (svc != null && svc.contains("/")) {
                anywhere = "/" + stripSlashes(svc);
            }
        }
        if (anywhere != null) {
            return anywhere;
        }
        for (Block block : blocks) {
            if (block instanceof Block.Heading heading && heading.level() == 1) {
                String[] words = heading.text().split("\\s+");
                if (words.length >= 2 && words[0].toLowerCase(Locale.ROOT).startsWith("services")) {
                    return "/Remote/" + words[0] + "/" + words[1] + ".svc";
                }
            }
        }
        return null;
    }

    /**
     * The first {@code something.svc} in a text, as the longest run of path characters ({@code A-Z a-z 0-9 _ . / -})
     * ending in {@code .svc} before a word boundary; or null. One pass, so a long token costs its length, not its
     * square (a regex with a leading {@code [...]+} backtracks from every start).
     */
    static String svcPath(String text) {
        int runStart = -1;
        int runEnd = -1;
        int previousAt = -1;
        int previousStart = -1;
        for (int at = text.indexOf(".svc"); at >= 0; at = text.indexOf(".svc", at + 1)) {
            // walk back only to the previous .svc: each character is looked at once
            int start = at;
            int limit = Math.max(previousAt, 0);
            while (start > limit && isPathChar(text.charAt(start - 1))) {
                start--;
            }
            if (previousAt >= 0 && start == previousAt) {
                start = previousStart;
            }
            if (runStart >= 0 && start != runStart) {
                break; // a later run: the first run's longest match stands
            }
            int end = at + 4;
            if ((end == text.length() || !isWordChar(text.charAt(end))) && start < at) {
                runStart = start;
                runEnd = end;
            }
            previousAt = at;
            previousStart = start;
        }
        return runStart < 0 ? null : text.substring(runStart, runEnd);
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isPathChar(char c) {
        return isWordChar(c) || c == '.' || c == '/' || c == '-';
    }

    private static String stripSlashes(String path) {
        return path.replaceAll("^/+", "");
    }

    /** The text of a {@code **bold**} that starts the paragraph, or null. */
    private static String leadingStrong(Node paragraph) {
        Node first = paragraph.getFirstChild();
        return first instanceof StrongEmphasis ? MarkdownText.of(first) : null;
    }

    /** The paragraph's first line, up to the first line break or HTML tag. */
    private static String firstLine(Node paragraph) {
        StringBuilder line = new StringBuilder();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak || child instanceof HtmlInline) {
                break;
            }
            line.append(child instanceof Text t ? t.getLiteral() : MarkdownText.of(child));
        }
        return line.toString().strip();
    }

    /** Admonitions written {@code <b>Online Restricted:</b> text} inside a paragraph. */
    private static List<String> boldLabels(Node paragraph) {
        List<String> labels = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlInline open && open.getLiteral().equalsIgnoreCase("<b>")
                    && child.getNext() instanceof Text label && label.getLiteral().strip().endsWith(":")
                    && label.getNext() instanceof HtmlInline) {
                StringBuilder rest = new StringBuilder();
                for (Node after = label.getNext().getNext(); after != null; after = after.getNext()) {
                    if (after instanceof SoftLineBreak || after instanceof HtmlInline) {
                        break;
                    }
                    rest.append(after instanceof Text t ? t.getLiteral() : MarkdownText.of(after));
                }
                labels.add(label.getLiteral().strip() + " " + rest.toString().strip());
            }
        }
        return labels;
    }
}
