package io.docmock.parser.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;

/** Checks of sample bodies. */
final class SampleBodies {
    private static final JsonFactory JSON = new JsonFactory();

    private SampleBodies() {
    }

    /**
     * Null when the text is one JSON value, else what is wrong and where (line inside the body). Read as tokens,
     * building nothing: the check is whether it parses.
     */
    static String jsonProblem(String body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() == null) {
                return null; // white space only: no body to check
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "more than one JSON value: trailing " + parser.getText()
                        + " (body line " + parser.currentLocation().getLineNr() + ")";
            }
            return null;
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            if (e.getLocation() != null) {
                message += " (body line " + e.getLocation().getLineNr() + ")";
            }
            return message.replace('\n', ' ');
        } catch (IOException e) {
            return String.valueOf(e.getMessage()).replace('\n', ' ');
        }
    }
}
