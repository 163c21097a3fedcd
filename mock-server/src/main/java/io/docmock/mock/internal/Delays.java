package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency for UI work: {@code Prefer: delay=MS} on a request, else a delay between a minimum and a maximum for
 * every answer. WireMock waits on its timer (asynchronous responses are on), not in a request thread.
 */
public final class Delays implements ResponseDefinitionTransformerV2 {
    /** Longer than any UI test waits; a larger ask is this. */
    public static final int MAX_MILLIS = 60_000;
    private static final Pattern PREFER_DELAY = Pattern.compile("(?i)(?:^|[\\s,;])delay\\s*=\\s*(\\d{1,9})(?=$|[\\s,;])");
    private final int minMillis;
    private final int maxMillis;

    /** Every answer waits between these (0 and 0: only when a request asks). */
    public Delays(int minMillis, int maxMillis) {
        this.minMillis = minMillis;
        this.maxMillis = maxMillis;
    }

    @Override
    public String getName() {
        return "docmock-delay";
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        ResponseDefinition answer = serveEvent.getResponseDefinition();
        if (serveEvent.getRequest().getUrl().startsWith(RequestHistory.PATH_PREFIX)) {
            return answer; // docmock's own pages answer at once
        }
        String prefer = serveEvent.getRequest().header("Prefer").isPresent()
                ? String.join(",", serveEvent.getRequest().header("Prefer").values()) : null;
        Matcher asked = prefer == null ? null : PREFER_DELAY.matcher(prefer);
        if (asked != null && asked.find()) {
            int millis = (int) Math.min(Long.parseLong(asked.group(1)), MAX_MILLIS);
            return ResponseDefinitionBuilder.like(answer).withFixedDelay(millis).build();
        }
        if (maxMillis > 0) {
            return ResponseDefinitionBuilder.like(answer).withUniformRandomDelay(minMillis, maxMillis).build();
        }
        return answer;
    }
}
