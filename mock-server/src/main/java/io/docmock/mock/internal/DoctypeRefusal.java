package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.docmock.model.Operation;
import java.util.List;

/**
 * XML with a DOCTYPE or entity declarations (external entities, entity expansion) posted to a SOAP endpoint gets a
 * Fault before any XML parser, WireMock's XPath included, sees it; found on the bytes, without decoding them.
 */
public final class DoctypeRefusal extends RequestCheck {
    public DoctypeRefusal(Context context) {
        super("doctype-refusal", context);
    }

    @Override
    protected ResponseDefinition check(Request request, ServeEvent serveEvent) {
        List<Operation> endpoint = routes().soapEndpoint(request);
        byte[] body = endpoint == null ? null : request.getBody();
        if (body == null || !declaresDoctypeOrEntity(body)) {
            return null;
        }
        return fault(serveEvent, endpoint.get(0).soap().soapVersion(),
                "XML with a DOCTYPE or entity declarations is refused (no external entities, no entity expansion)");
    }

    /** {@code <!DOCTYPE} or {@code <!ENTITY} anywhere, in any case. */
    static boolean declaresDoctypeOrEntity(byte[] body) {
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] == '<' && body[i + 1] == '!' && (startsWithIgnoringCase(body, i + 2, "DOCTYPE")
                    || startsWithIgnoringCase(body, i + 2, "ENTITY"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(byte[] bytes, int at, String word) {
        if (at + word.length() > bytes.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toUpperCase((char) (bytes[at + k] & 0xff)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
