package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.docmock.model.Operation;
import java.util.List;

/**
 * XML that attacks the parser, posted to a SOAP endpoint, gets a Fault before any XML parser, WireMock's XPath
 * included, sees it: a DOCTYPE or entity declarations (external entities, entity expansion), or more namespace
 * declarations or attributes than any real envelope has (each costs the parser a search of all the others: 100,000
 * took 11 s of CPU). Found on the bytes in one pass, without decoding them.
 */
public final class HostileXmlRefusal extends RequestCheck {
    /** Real envelopes declare a few dozen namespaces and carry a few hundred attributes. */
    static final int MAX_NAMESPACES = 1_000;
    static final int MAX_ATTRIBUTES = 10_000;

    public HostileXmlRefusal(Context context) {
        super("hostile-xml-refusal", context);
    }

    @Override
    protected ResponseDefinition check(Request request, ServeEvent serveEvent) {
        List<Operation> endpoint = routes().soapEndpoint(request);
        byte[] body = endpoint == null ? null : request.getBody();
        String hostile = body == null ? null : hostility(body);
        return hostile == null ? null : fault(serveEvent, endpoint.get(0).soap().soapVersion(), hostile);
    }

    /** Why the XML is refused, or null. */
    static String hostility(byte[] body) {
        if (declaresDoctypeOrEntity(body)) {
            return "XML with a DOCTYPE or entity declarations is refused (no external entities, no entity expansion)";
        }
        int namespaces = 0;
        int attributes = 0;
        for (int i = 0; i + 1 < body.length; i++) {
            if (body[i] == '=' && (body[i + 1] == '"' || body[i + 1] == '\'')) {
                attributes++;
            } else if (body[i] == 'x' && startsWithIgnoringCase(body, i, "XMLNS")) {
                namespaces++;
            }
        }
        if (namespaces > MAX_NAMESPACES) {
            return "XML with " + namespaces + " namespace declarations is refused (at most " + MAX_NAMESPACES + ")";
        }
        if (attributes > MAX_ATTRIBUTES) {
            return "XML with " + attributes + " attributes is refused (at most " + MAX_ATTRIBUTES + ")";
        }
        return null;
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
