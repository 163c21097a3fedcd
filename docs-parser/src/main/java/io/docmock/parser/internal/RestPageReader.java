package io.docmock.parser.internal;

import io.docmock.model.BodySchema;
import io.docmock.model.DocumentedResponse;
import io.docmock.model.Operation;
import io.docmock.model.Parameter;
import io.docmock.model.Property;
import io.docmock.model.PathTemplate;
import io.docmock.model.Protocol;
import io.docmock.model.RequestTarget;
import io.docmock.model.Sample;
import io.docmock.model.SampleRequest;
import io.docmock.model.SampleResponse;
import io.docmock.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a REST endpoint page: method and path from the first {@code http} block that starts with a method, then
 * the sections by their headings and the tables by their header rows, wherever the page puts them.
 */
final class RestPageReader {
    private static final Pattern STATUS_CODE = Pattern.compile("^(\\d{3})");

    private enum Section { NONE, QUERY, HEADERS, REQUEST_BODY, RESPONSES, RESPONSE_BODY, SAMPLES, OTHER }

    private final String file;
    private final Diagnostics diagnostics;

    private Section section = Section.NONE;
    private String summary = "";
    private final List<Parameter> pathParts = new ArrayList<>();
    private final List<Parameter> query = new ArrayList<>();
    private final List<Parameter> headers = new ArrayList<>();
    private final List<String> restrictions = new ArrayList<>();
    private String requestBodyType;
    private String requestBodyDescription = "";
    private final List<Property> requestProperties = new ArrayList<>();
    private String responseBodyType;
    private final List<Property> responseProperties = new ArrayList<>();
    private final List<Integer> statusCodes = new ArrayList<>();
    private final List<String> statusDescriptions = new ArrayList<>();
    private final List<Sample> samples = new ArrayList<>();

    RestPageReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The index of the block holding method and path, or -1. */
    static int endpointBlock(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Fence fence && fence.info().equals("http")
                    && HttpSamples.requestLine(fence.literal()) != null) {
                return i;
            }
        }
        return -1;
    }

    Operation read(List<Block> blocks, int endpointIndex, String id, String frontTitle) {
        Block.Fence endpoint = (Block.Fence) blocks.get(endpointIndex);
        String[] requestLine = HttpSamples.requestLine(endpoint.literal());
        String method = requestLine[0];
        String path = normalisePath(requestLine[1]);
        String title = frontTitle;
        int pageLine = endpoint.line();
        for (int i = 0; i < endpointIndex; i++) {
            if (blocks.get(i) instanceof Block.Heading heading && heading.level() == 1) {
                title = heading.text();
                pageLine = heading.line();
            }
        }
        for (int i = endpointIndex + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Heading heading) {
                heading(heading);
            } else if (block instanceof Block.Table table) {
                table(table);
            } else if (block instanceof Block.Fence fence) {
                fence(fence);
            } else if (block instanceof Block.Text text) {
                text(text);
            }
        }
        return new Operation(id, Protocol.REST, title == null ? method + " " + path : title, summary, method, path,
                pathParameters(path, endpoint), query, headers, requestBody(), responses(), samples, restrictions,
                null, new Source(file, pageLine));
    }

    private static String normalisePath(String target) {
        String path = HttpSamples.withoutOrigin(target);
        path = RequestTarget.pathOf(path);
        return path.startsWith("/") ? path : "/" + path;
    }

    private void heading(Block.Heading heading) {
        String text = heading.text();
        String lower = text.toLowerCase(Locale.ROOT);
        int admonition = text.indexOf(": ##");
        if (admonition > 0) {
            // "## Online Restricted: ## text" is an admonition, not a section
            restrictions.add(text.substring(0, admonition + 1) + " " + text.substring(admonition + 4).strip());
            section = Section.OTHER;
        } else if (heading.level() == 1) {
            section = Section.OTHER;
        } else if (lower.startsWith("query string parameter") || lower.startsWith("query parameter")) {
            section = Section.QUERY;
        } else if (lower.startsWith("request header")) {
            section = Section.HEADERS;
        } else if (lower.startsWith("request body")) {
            section = Section.REQUEST_BODY;
            requestBodyType = afterColon(text);
        } else if (lower.startsWith("response body")) {
            section = Section.RESPONSE_BODY;
            responseBodyType = afterColon(text);
        } else if (lower.startsWith("response")) {
            section = Section.RESPONSES;
            String glued = afterColon(text);
            if (!glued.isEmpty() && responseBodyType == null) {
                responseBodyType = glued;
            }
        } else if (lower.startsWith("sample") || lower.startsWith("example")) {
            section = Section.SAMPLES;
        } else {
            section = Section.OTHER;
        }
    }

    private static String afterColon(String text) {
        int colon = text.indexOf(':');
        return colon < 0 ? "" : text.substring(colon + 1).strip();
    }

    private void text(Block.Text text) {
        String lower = text.text().toLowerCase(Locale.ROOT);
        if (lower.startsWith("response body:")) {
            // "Response body: bool" written as a plain line instead of a heading
            section = Section.RESPONSE_BODY;
            responseBodyType = afterColon(text.text());
        } else if (section == Section.NONE && summary.isEmpty() && !text.inList()) {
            summary = text.text();
        } else if (section == Section.REQUEST_BODY && requestBodyDescription.isEmpty()) {
            requestBodyDescription = text.text();
        }
    }

    private void table(Block.Table table) {
        if (table.header().isEmpty()) {
            return;
        }
        String first = table.header().get(0).toLowerCase(Locale.ROOT);
        // the header row says what a table is; where it says nothing known, the section it stands in does
        if (first.startsWith("path part")) {
            pathParameters(table);
        } else if (first.startsWith("response") || first.equals("status") || first.startsWith("status code")) {
            statuses(table);
        } else if (first.startsWith("property")) {
            properties(table);
        } else if (first.startsWith("parameter")) {
            parameters(table, table.header().size() >= 3 || section == Section.QUERY);
        } else {
            switch (section) {
                case QUERY -> parameters(table, true);
                case HEADERS -> parameters(table, false);
                case REQUEST_BODY, RESPONSE_BODY -> properties(table);
                case RESPONSES -> statuses(table);
                default -> { }
            }
        }
    }

    private void pathParameters(Block.Table table) {
        for (List<Block.Cell> row : table.rows()) {
            parameter(row, true).ifPresent(pathParts::add);
        }
    }

    private void parameters(Block.Table table, boolean typed) {
        List<Parameter> target = section == Section.HEADERS || !typed ? headers : query;
        for (List<Block.Cell> row : table.rows()) {
            parameter(row, typed).ifPresent(target::add);
        }
    }

    private void properties(Block.Table table) {
        List<Property> target = section == Section.REQUEST_BODY ? requestProperties : responseProperties;
        if (section != Section.REQUEST_BODY && section != Section.RESPONSE_BODY) {
            diagnostics.warn(file, table.line(), "property table outside a request or response body section;"
                    + " taken as the response body's");
        }
        for (List<Block.Cell> row : table.rows()) {
            if (!row.isEmpty() && !row.get(0).text().isEmpty()) {
                target.add(new Property(row.get(0).text(), cell(row, 1), cell(row, 2)));
            }
        }
    }

    private static Optional<Parameter> parameter(List<Block.Cell> row, boolean typed) {
        if (row.isEmpty() || row.get(0).text().isEmpty()) {
            return Optional.empty();
        }
        boolean required = row.stream().anyMatch(Block.Cell::required);
        String description = typed ? cell(row, 2) : cell(row, 1);
        String type = typed ? cell(row, 1) : "";
        return Optional.of(new Parameter(row.get(0).text(), type, description, required));
    }

    private static String cell(List<Block.Cell> row, int index) {
        return index < row.size() ? row.get(index).text() : "";
    }

    private void statuses(Block.Table table) {
        for (int r = 0; r < table.rows().size(); r++) {
            List<Block.Cell> row = table.rows().get(r);
            String statusText = cell(row, 0);
            Matcher digits = STATUS_CODE.matcher(statusText);
            if (!digits.find()) {
                diagnostics.warn(file, table.line() + 2 + r, "status table row has no status code: '" + statusText + "'");
                continue;
            }
            statusCodes.add(Integer.parseInt(digits.group(1)));
            statusDescriptions.add(cell(row, 1));
        }
    }

    private void fence(Block.Fence fence) {
        if (fence.info().equals("http!")) {
            SampleRequest request = HttpSamples.request(fence, diagnostics);
            if (request != null) {
                samples.add(new Sample(sampleName(), request, null));
            }
        } else if (fence.info().equals("http_")) {
            SampleResponse response = HttpSamples.response(fence, diagnostics);
            if (response == null) {
                return;
            }
            int last = samples.size() - 1;
            if (last >= 0 && samples.get(last).response() == null) {
                Sample open = samples.get(last);
                samples.set(last, new Sample(open.name(), open.request(), response));
            } else {
                samples.add(new Sample(sampleName(), null, response));
            }
        }
    }

    private String sampleName() {
        return "sample-" + (samples.size() + 1);
    }

    private BodySchema requestBody() {
        if (requestBodyType == null && requestProperties.isEmpty()) {
            return null;
        }
        return new BodySchema(requestBodyType == null ? "" : requestBodyType, requestBodyDescription,
                requestProperties);
    }

    private List<DocumentedResponse> responses() {
        BodySchema body = responseBodyType == null && responseProperties.isEmpty() ? null
                : new BodySchema(responseBodyType == null ? "" : responseBodyType, "", responseProperties);
        List<DocumentedResponse> responses = new ArrayList<>();
        for (int i = 0; i < statusCodes.size(); i++) {
            int status = statusCodes.get(i);
            boolean success = status >= 200 && status < 300 && status != 204;
            responses.add(new DocumentedResponse(status, statusDescriptions.get(i), success ? body : null));
        }
        return responses;
    }

    /** One parameter per {@code {name}} in the path, typed from the path part table when it documents it. */
    private List<Parameter> pathParameters(String path, Block.Fence endpoint) {
        Map<String, Parameter> documented = new LinkedHashMap<>();
        pathParts.forEach(p -> documented.put(p.name().toLowerCase(Locale.ROOT), p));
        List<Parameter> parameters = new ArrayList<>();
        for (PathTemplate.TypedParameter placeholder : PathTemplate.of(path).parameters()) {
            String name = placeholder.name();
            Parameter known = documented.remove(name.toLowerCase(Locale.ROOT));
            parameters.add(known != null ? new Parameter(name, known.type(), known.description(), true)
                    : new Parameter(name, "", "", true));
        }
        for (Parameter unused : documented.values()) {
            diagnostics.warn(file, endpoint.line(), "path part '" + unused.name() + "' is documented but not in the path "
                    + path);
        }
        return parameters;
    }
}
