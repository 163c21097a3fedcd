package io.docmock.contracts.internal;

import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.HttpResponse;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.generators.Generators;
import au.com.dius.pact.core.model.matchingrules.MatchingRuleCategory;
import au.com.dius.pact.core.model.matchingrules.MatchingRulesImpl;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import au.com.dius.pact.core.model.matchingrules.RuleLogic;
import au.com.dius.pact.core.support.json.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docmock.model.Operation;
import io.docmock.model.HttpBodies;
import io.docmock.model.PathTemplate;
import io.docmock.model.Protocol;
import io.docmock.model.RequestTarget;
import io.docmock.model.Sample;
import io.docmock.model.SampleRequest;
import io.docmock.model.SampleResponse;
import io.docmock.xml.SafeXml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One documented sample as a Pact HTTP interaction, with the rules that make it about shape. */
public final class Interactions {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Interactions() {
    }

    /** Stable, readable, unique within the operation: {@code POST /api/v1/X (id)}, then the sample's name if several. */
    public static String description(Operation operation, Sample sample) {
        String what = operation.protocol() == Protocol.SOAP
                ? "POST " + operation.soap().endpointPath() + " " + operation.soap().operationElement()
                : operation.method() + " " + operation.path();
        long answered = operation.samples().stream().filter(Interactions::usable).count();
        return what + " (" + operation.id() + ")" + (answered > 1 ? " " + sample.name() : "");
    }

    /** A sample makes an interaction when it has a response (a request is made up from the docs if missing). */
    public static boolean usable(Sample sample) {
        return sample.response() != null;
    }

    public static V4Interaction build(Operation operation, Sample sample) {
        V4Interaction.SynchronousHttp interaction = new V4Interaction.SynchronousHttp(description(operation, sample),
                List.of(), request(operation, sample.request()), response(sample.response()));
        Map<String, JsonValue> comments = interaction.getComments();
        List<JsonValue> text = new ArrayList<>();
        text.add(new JsonValue.StringValue("operation: " + operation.id()));
        text.add(new JsonValue.StringValue("source: " + sourceOf(operation, sample)));
        comments.put("text", new JsonValue.Array(text));
        return interaction.withGeneratedKey();
    }

    private static String sourceOf(Operation operation, Sample sample) {
        return sample.response() != null ? sample.response().source().toString() : operation.source().toString();
    }

    private static HttpRequest request(Operation operation, SampleRequest sample) {
        RequestTarget target = RequestTarget.of(sample != null ? sample.target() : operation.path());
        String pathTemplate = target.path();
        Map<String, List<String>> query = target.query() == null ? Map.of() : query(target.query());
        String method = sample != null ? sample.method() : operation.method();

        MatchingRulesImpl rules = new MatchingRulesImpl();
        String path = pathTemplate;
        if (operation.protocol() == Protocol.REST && pathTemplate.contains("{")) {
            // the docs keep the template; the interaction sends a value of each parameter's type
            path = PathTemplate.of(pathTemplate, operation.pathParameters()).example();
            String regex = PathTemplate.of(operation).regex();
            rules.addCategory("path").addRule(new RegexMatcher(regex, path), RuleLogic.AND);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        OptionalBody body = OptionalBody.missing();
        if (sample != null) {
            String contentType = sample.header("Content-Type");
            String accept = sample.header("Accept");
            if (contentType != null) {
                headers.put("Content-Type", List.of(contentType));
            }
            if (accept != null) {
                headers.put("Accept", List.of(accept));
            }
            if (!sample.body().isEmpty()) {
                body = body(sample.body(), contentType);
            }
        }
        return new HttpRequest(method, path, query, headers, body, rules, new Generators());
    }

    private static Map<String, List<String>> query(String queryString) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return query;
    }

    private static HttpResponse response(SampleResponse sample) {
        MatchingRulesImpl rules = new MatchingRulesImpl();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String contentType = sample.header("Content-Type");
        boolean bodiless = HttpBodies.statusCarriesNoBody(sample.status());
        OptionalBody body = OptionalBody.missing();
        if (contentType != null && !bodiless) {
            headers.put("Content-Type", List.of(contentType));
            rules.addCategory("header").addRule("Content-Type",
                    new RegexMatcher(ContentTypes.regex(contentType), contentType), RuleLogic.AND);
        }
        if (!bodiless && !sample.body().isEmpty()) {
            body = body(sample.body(), contentType);
            addBodyRules(sample.body(), contentType, rules.addCategory("body"));
        }
        return new HttpResponse(sample.status(), headers, body, rules, new Generators());
    }

    private static OptionalBody body(String text, String contentType) {
        String type = contentType == null ? (HttpBodies.isXml(null, text) ? "application/xml" : "application/json")
                : ContentTypes.mediaTypeAndCharset(contentType);
        if (new ContentType(type).isJson() && !isJson(text)) {
            // pact-jvm writes a JSON body as JSON and stops at one that is not; a sample the parser has warned
            // about is kept as the text it is
            type = "text/plain";
        }
        return OptionalBody.body(text.getBytes(StandardCharsets.UTF_8), new ContentType(type));
    }

    private static boolean isJson(String text) {
        try {
            JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(text);
            return true;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false;
        }
    }

    private static void addBodyRules(String text, String contentType, MatchingRuleCategory body) {
        try {
            if (HttpBodies.isXml(contentType, text)) {
                XmlRules.add(SafeXml.parse(text).getDocumentElement(), body);
            } else {
                JsonNode json = JSON.readTree(text);
                JsonRules.add(json, body);
            }
        } catch (Exception e) {
            // a sample that does not parse is compared as written; the parser already warned about it
        }
    }
}
