package io.docmock.parser.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks of sample bodies. */
final class SampleBodies {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SampleBodies() {
    }

    /** Null when the text is one JSON value, else what is wrong and where (line inside the body). */
    static String jsonProblem(String body) {
        try {
            JSON.readTree(body);
            return null;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (e.getLocation() != null) {
                message += " (body line " + e.getLocation().getLineNr() + ")";
            }
            return message.replace('\n', ' ');
        }
    }
}
