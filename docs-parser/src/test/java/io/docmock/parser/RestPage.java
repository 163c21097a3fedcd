package io.docmock.parser;

import io.docmock.model.DocsModel;
import io.docmock.model.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * A REST reference page for tests, laid out as the real pages are (front matter, H1, the {@code http} block, the
 * path part table, request body, status table, response body, samples), so that a test says only what varies.
 *
 * <pre>{@code
 * Operation thing = RestPage.of("GET", "/api/v1/Things/{id}").pathPart("id", "int32")
 *         .status(200, "OK").sampleResponse(200, "OK", "{\"Id\": 1}").operation("things.md");
 * }</pre>
 */
public final class RestPage {
    private final String method;
    private final String path;
    private String id;
    private final List<String> pathParts = new ArrayList<>();
    private final List<String> requestProperties = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private String responseType = "Thing";
    private final List<String> responseProperties = new ArrayList<>();
    private final List<String> samples = new ArrayList<>();

    private RestPage(String method, String path) {
        this.method = method;
        this.path = path;
    }

    /** A page documenting this method and path ({@code /api/v1/...}). */
    public static RestPage of(String method, String path) {
        return new RestPage(method, path);
    }

    /** The front matter's {@code uid}; without one, the page has no front matter and its id is its file name. */
    public RestPage id(String uid) {
        this.id = uid;
        return this;
    }

    public RestPage pathPart(String name, String type) {
        return row(pathParts, name, type, "");
    }

    public RestPage requestProperty(String name, String type) {
        return row(requestProperties, name, type, "");
    }

    public RestPage status(int status, String description) {
        return row(statuses, String.valueOf(status), description);
    }

    /** A property of the response body; the body's type is {@code Thing} unless {@link #responseType} says. */
    public RestPage responseProperty(String name, String type) {
        return row(responseProperties, name, type, "");
    }

    private RestPage row(List<String> table, String... cells) {
        table.add("| " + String.join(" | ", cells) + " |");
        return this;
    }

    public RestPage responseType(String type) {
        this.responseType = type;
        return this;
    }

    /** A sample request: the request line, headers and body, as in an {@code http!} block. */
    public RestPage sampleRequest(String request) {
        samples.add("```http!\n" + request.strip() + "\n```\n");
        return this;
    }

    /** A sample JSON response, as in an {@code http_} block. */
    public RestPage sampleResponse(int status, String reason, String body) {
        return sampleResponse("HTTP/1.1 " + status + " " + reason + "\nContent-Type: application/json; charset=utf-8\n\n"
                + body);
    }

    /** A sample response written out whole: status line, headers, body. */
    public RestPage sampleResponse(String response) {
        samples.add("```http_\n" + response.strip() + "\n```\n");
        return this;
    }

    public String markdown() {
        StringBuilder page = new StringBuilder();
        if (id != null) {
            page.append("---\nuid: ").append(id).append("\n---\n");
        }
        page.append("# ").append(method).append(' ').append(path.replaceFirst("^/api/v1/", "")).append("\n\n");
        page.append("```http\n").append(method).append(' ').append(path).append("\n```\n\n");
        String properties = "| Property Name | Type |  Description |\n|----------------|------|--------------|\n";
        table(page, "", "| Path Part | Type | Description |\n|-----------|------|-------------|\n", pathParts);
        table(page, "## Request Body: request\n\n", properties, requestProperties);
        table(page, "## Response:\n\n", "| Response | Description |\n|----------------|-------------|\n", statuses);
        table(page, "### Response body: " + responseType + "\n\n", properties, responseProperties);
        if (!samples.isEmpty()) {
            page.append("## Sample request\n\n");
            samples.forEach(sample -> page.append(sample).append('\n'));
        }
        return page.toString();
    }

    /** A heading and a table with these rows, when there are any. */
    private static void table(StringBuilder page, String heading, String header, List<String> rows) {
        if (!rows.isEmpty()) {
            page.append(heading).append(header);
            rows.forEach(row -> page.append(row).append('\n'));
            page.append('\n');
        }
    }

    /** The page read as a file of this name. */
    public DocsModel parse(String file) {
        return DocsParser.builder().build().parsePage(file, markdown());
    }

    /** The page's one operation, read as a file named after its id ({@code <id>.md}, else {@code page.md}). */
    public Operation operation() {
        return operation((id != null ? id : "page") + ".md");
    }

    /** The page's one operation, read as a file of this name. */
    public Operation operation(String file) {
        List<Operation> operations = parse(file).operations();
        if (operations.size() != 1) {
            throw new IllegalStateException("the page documents " + operations.size() + " operations:\n" + markdown());
        }
        return operations.get(0);
    }
}
