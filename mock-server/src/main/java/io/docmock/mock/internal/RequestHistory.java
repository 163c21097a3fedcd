package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.docmock.mock.internal.shaded.Patterns.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.Metadata;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.SubEvent;
import io.docmock.mock.ReceivedRequest;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last {@value #KEPT} requests, with what answered each or why it was rejected, served as JSON at
 * {@code GET /__docmock/requests}; and with {@code --verbose}, the same as one line per request. Reasons travel
 * with the request as a WireMock sub-event, set by the {@link RequestCheck} filters and {@link ClosestOperationsAnswer}.
 */
public final class RequestHistory implements ServeEventListener {
    public static final String PATH_PREFIX = "/__docmock/";
    public static final String PATH = PATH_PREFIX + "requests";
    static final String REASON = "docmock";
    private static final int KEPT = 100;
    private static final int MAX_TEXT = 2_000;

    /** One request, kept compact: it is formatted only when the history is asked for. */
    private record Entry(long millis, String method, String url, int status, String matched, String operation,
                         String reason, List<String> closest) {
        Map<String, Object> asJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("time", Instant.ofEpochMilli(millis).toString());
            json.put("method", method);
            json.put("url", url);
            json.put("status", status);
            json.put("matched", matched);
            json.put("operation", operation);
            json.put("reason", reason);
            json.put("closest", closest);
            return json;
        }
    }

    private final Deque<Entry> entries = new ArrayDeque<>();
    private final PrintWriter log;

    /** {@code log}: where to print one line per request, or null. */
    public RequestHistory(PrintWriter log) {
        this.log = log;
    }

    @Override
    public String getName() {
        return "docmock-request-history";
    }

    /** Marks why a request was not answered as documented. */
    public void rejected(ServeEvent serveEvent, String reason) {
        rejected(serveEvent, reason, List.of());
    }

    /** Marks why a request was not answered as documented, and the ids of the closest operations. */
    public void rejected(ServeEvent serveEvent, String reason, List<String> closest) {
        serveEvent.appendSubEvent(REASON, Map.of("reason", reason, "closest", List.copyOf(closest)));
    }

    /** The stub that serves the history. */
    public static StubMapping stub() {
        return get(urlPathEqualTo(PATH))
                .atPriority(StubKind.REQUEST_HISTORY.priority())
                .withId(StubIds.of("_docmock", StubKind.REQUEST_HISTORY.label()))
                .withName("docmock request history")
                // filed under its path, so that it is no candidate for other requests
                .withMetadata(StubRoute.pathMetadata(PATH, StubKind.REQUEST_HISTORY))
                .willReturn(aResponse().withStatus(200).withTransformers(Answer.NAME))
                .build();
    }

    /** The kept requests, oldest first. */
    public List<ReceivedRequest> received() {
        List<Entry> copy;
        synchronized (entries) {
            copy = new ArrayList<>(entries);
        }
        List<ReceivedRequest> received = new ArrayList<>();
        for (int i = copy.size() - 1; i >= 0; i--) {
            Entry entry = copy.get(i);
            received.add(new ReceivedRequest(Instant.ofEpochMilli(entry.millis()), entry.method(), entry.url(),
                    entry.status(), entry.operation(), entry.reason()));
        }
        return received;
    }

    /** Forgets every kept request. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    /** The newest first, as JSON-ready maps. */
    public List<Map<String, Object>> entries() {
        List<Entry> copy;
        synchronized (entries) {
            copy = new ArrayList<>(entries);
        }
        return copy.stream().map(Entry::asJson).toList();
    }

    /** Serves the history at {@link #PATH}: a transformer of its stub (a separate extension, not global). */
    public static final class Answer extends StubTransformer {
        static final String NAME = "docmock-request-history-answer";
        private final RequestHistory history;

        public Answer(RequestHistory history) {
            super(NAME);
            this.history = history;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("requests", history.entries());
            return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
                    .withHeader("Content-Type", "application/json")
                    .withBody(Json.write(body))
                    .build();
        }
    }

    /** Before the answer goes out, so that a client's next request is always recorded after this one. */
    @Override
    public void beforeResponseSent(ServeEvent serveEvent, Parameters parameters) {
        String url = serveEvent.getRequest().getUrl();
        if (url.startsWith(PATH_PREFIX)) {
            return;
        }
        StubMapping stub = serveEvent.getStubMapping();
        Metadata metadata = stub == null ? null : stub.getMetadata();
        String operation = metadata != null && metadata.containsKey("operation") ? metadata.getString("operation") : null;
        String reason = reasonOf(serveEvent);
        record(new Entry(serveEvent.getRequest().getLoggedDate().getTime(),
                serveEvent.getRequest().getMethod().getName(), bounded(url),
                serveEvent.getResponse() != null ? serveEvent.getResponse().getStatus()
                        : serveEvent.getResponseDefinition().getStatus(),
                reason == null && stub != null ? stub.getName() : null, operation, bounded(reason),
                closestOf(serveEvent)),
                reason != null ? reason : stub != null && stub.getName() != null ? stub.getName() : "no stub");
    }

    /** A request refused before WireMock saw it: too large, too slow, not allowed, malformed. */
    public void refused(String method, String url, int status, String reason) {
        record(new Entry(System.currentTimeMillis(), bounded(method), bounded(url), status, null, null,
                bounded(reason), List.of()), reason);
    }

    private void record(Entry entry, String why) {
        synchronized (entries) {
            entries.addFirst(entry);
            if (entries.size() > KEPT) {
                entries.removeLast();
            }
        }
        if (log != null) {
            synchronized (log) {
                log.printf("%s %s -> %s (%s)%n", entry.method(), entry.url(), entry.status(), bounded(why));
                log.flush();
            }
        }
    }

    /**
     * A text cut to {@value #MAX_TEXT} characters: the history and the log keep a bounded size per request,
     * whatever a client sends (a 400 KB URL, a problem list of a million elements).
     */
    static String bounded(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        return text.substring(0, MAX_TEXT) + "... (" + (text.length() - MAX_TEXT) + " more characters)";
    }

    private static List<String> closestOf(ServeEvent serveEvent) {
        for (SubEvent subEvent : serveEvent.getSubEvents()) {
            if (REASON.equals(subEvent.getType()) && subEvent.getData().get("closest") instanceof List<?> ids) {
                return ids.stream().map(String::valueOf).toList();
            }
        }
        return List.of();
    }

    /** Why a request was not answered as documented, or null when it was. */
    static String reasonOf(ServeEvent serveEvent) {
        for (SubEvent subEvent : serveEvent.getSubEvents()) {
            if (REASON.equals(subEvent.getType()) && subEvent.getData().get("reason") instanceof String reason) {
                return reason;
            }
        }
        return null;
    }
}
