package io.docmock.mock.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.docmock.check.BodyCheck;
import io.docmock.check.Problem;
import io.docmock.model.HttpBodies;
import io.docmock.model.Operation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A REST request whose path parameters or JSON body do not fit the docs gets 400 with an
 * {@code application/problem+json} list of problems (where, expected, actual) and the documented page.
 */
public final class RestValidation extends RequestCheck {
    public RestValidation(Context context) {
        super("rest-validation", context);
    }

    @Override
    protected ResponseDefinition check(Request request, ServeEvent serveEvent) {
        DocsRoutes current = routes();
        DocsRoutes.RestMatch match = current.rest(request.getMethod().getName(), request.getUrl());
        if (match == null) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        if (!match.fitsTypes()) {
            problems.addAll(match.pathProblems(request.getUrl()));
        }
        problems.addAll(bodyProblems(current, match.operation(), request));
        if (problems.isEmpty()) {
            return null;
        }
        return reject(serveEvent, match.operation().id() + ": " + String.join("; ",
                problems.stream().map(Problem::message).toList()), Problems.response(problemBody(match.operation(),
                problems)));
    }

    private static List<Problem> bodyProblems(DocsRoutes routes, Operation operation, Request request) {
        byte[] body = request.getBody();
        if (operation.requestBody() == null || body == null || body.length == 0) {
            return List.of();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (!HttpBodies.isJson(request.getHeader("Content-Type"), text)) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        JsonNode parsed = BodyCheck.parse(text, "body", problems);
        if (parsed != null) {
            problems.addAll(BodyCheck.check(parsed, operation.requestBody(), routes.sampledProperties(operation),
                    "body"));
        }
        return problems;
    }

    private static Map<String, Object> problemBody(Operation operation, List<Problem> problems) {
        Map<String, Object> body = Problems.withOperation(Problems.body(400, "Request does not fit the docs",
                problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                        + String.join("; ", problems.stream().map(Problem::message).toList())), operation);
        List<Map<String, String>> list = new ArrayList<>();
        for (Problem problem : problems) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("where", problem.where());
            item.put("expected", problem.expected());
            item.put("actual", problem.actual());
            list.add(item);
        }
        body.put("problems", list);
        return body;
    }
}
