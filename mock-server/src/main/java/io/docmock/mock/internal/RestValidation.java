package io.docmock.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.docmock.check.BodyCheck;
import io.docmock.check.Problem;
import io.docmock.check.ProblemList;
import io.docmock.route.RestMatch;
import io.docmock.model.HttpBodies;
import io.docmock.model.Operation;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST request whose path parameters or JSON body do not fit the docs gets 400 with an
 * {@code application/problem+json} list of problems (where, expected, actual) and the documented page: the first
 * {@value #MAX_LISTED}, and a count of the rest. A JSON body that is not UTF-8 is one problem.
 */
public final class RestValidation extends RequestCheck {
    /** Problems listed in an answer; the rest are counted. */
    private static final int MAX_LISTED = 50;
    /** Problems named in the answer's detail and the request history. */
    private static final int MAX_IN_SUMMARY = 10;

    public RestValidation(Context context) {
        super("rest-validation", context);
    }

    @Override
    protected ResponseDefinition check(Request request, ServeEvent serveEvent) {
        DocsRoutes current = routes();
        RestMatch match = current.rest(request);
        if (match == null) {
            return null;
        }
        ProblemList problems = new ProblemList(MAX_LISTED);
        if (!match.fitsTypes()) {
            problems.addAll(match.pathProblems(request.getUrl()));
        }
        bodyProblems(current, match.operation(), request, problems);
        if (problems.isEmpty()) {
            return null;
        }
        return reject(serveEvent, match.operation().id() + ": " + summary(problems),
                Problems.response(problemBody(match.operation(), problems)));
    }

    private static void bodyProblems(DocsRoutes routes, Operation operation, Request request, ProblemList problems) {
        byte[] body = request.getBody();
        if (operation.requestBody() == null || body == null || body.length == 0) {
            return;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            if (HttpBodies.isJson(header(request, "Content-Type"), new String(body, StandardCharsets.UTF_8))) {
                problems.add(new Problem("body", "JSON in UTF-8", "bytes that are not UTF-8"));
            }
            return;
        }
        if (!HttpBodies.isJson(header(request, "Content-Type"), text)) {
            return;
        }
        List<Problem> malformed = new ArrayList<>();
        JsonNode parsed = BodyCheck.parse(text, "body", malformed);
        problems.addAll(malformed);
        if (parsed != null) {
            BodyCheck.check(parsed, operation.requestBody(), routes.sampledProperties(operation), "body", problems);
        }
    }

    /** The first problems' messages, and how many more there are. */
    private static String summary(ProblemList problems) {
        List<String> messages = problems.kept().stream().limit(MAX_IN_SUMMARY).map(Problem::message).toList();
        int more = problems.total() - messages.size();
        return String.join("; ", messages) + (more > 0 ? "; and " + more + " more" : "");
    }

    private static Map<String, Object> problemBody(Operation operation, ProblemList problems) {
        Map<String, Object> body = Problems.withOperation(Problems.body(400, "Request does not fit the docs",
                problems.total() + (problems.total() == 1 ? " problem: " : " problems: ") + summary(problems)),
                operation);
        List<Map<String, String>> list = new ArrayList<>();
        for (Problem problem : problems.kept()) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("where", problem.where());
            item.put("expected", problem.expected());
            item.put("actual", problem.actual());
            list.add(item);
        }
        body.put("problems", list);
        if (problems.total() > list.size()) {
            body.put("moreProblems", problems.total() - list.size());
        }
        return body;
    }
}
