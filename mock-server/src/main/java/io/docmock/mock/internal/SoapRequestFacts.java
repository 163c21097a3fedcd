package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.docmock.model.SoapDetails;
import io.docmock.xml.SafeXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What names a SOAP request's operation, read cheaply for routing: the local name of the first element in the
 * Body (streamed, stopping there; DTDs and external entities off), the last segment of {@code SOAPAction}, and of
 * the Content-Type's {@code action} parameter. WireMock's own matchers still decide; these only pick candidates.
 */
public record SoapRequestFacts(BodyOperation body, List<String> soapActions, List<String> contentTypeActions) {

    /**
     * The first element of the first Body of a SOAP 1.1 or 1.2 Envelope (Envelope and Body in an envelope
     * namespace): its namespace URI and local name.
     */
    public record BodyOperation(String namespace, String localName) {
    }

    /** The local name of the first element in the Body, or null. */
    public String bodyOperation() {
        return body == null ? null : body.localName();
    }
    /** Every value of a header counts, as WireMock's header matchers look at every value. */
    public static SoapRequestFacts of(Request request) {
        List<String> soapActions = new ArrayList<>();
        values(request, "SOAPAction").forEach(value -> soapActions.add(lastSegment(value)));
        List<String> contentTypeActions = new ArrayList<>();
        for (String contentType : values(request, "Content-Type")) {
            String action = actionParameter(contentType);
            if (action != null) {
                contentTypeActions.add(action);
            }
        }
        return new SoapRequestFacts(firstBodyElement(request.getBody()), soapActions, contentTypeActions);
    }

    private static List<String> values(Request request, String name) {
        HttpHeader header = request.header(name);
        return header == null || !header.isPresent() ? List.of() : header.values();
    }

    static BodyOperation firstBodyElement(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return SafeXml.stream(body, SoapRequestFacts::firstBodyElement);
        } catch (XMLStreamException | RuntimeException e) {
            return null;
        }
    }

    /** Reads up to the Body's first element, and no further. */
    private static BodyOperation firstBodyElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 0;
        boolean inBody = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (inBody) {
                    return new BodyOperation(namespace(reader), reader.getLocalName());
                }
                boolean envelopeNamespace = isEnvelopeNamespace(namespace(reader));
                if (depth == 1 && !(envelopeNamespace && reader.getLocalName().equals("Envelope"))) {
                    return null;
                }
                if (depth == 2 && envelopeNamespace && reader.getLocalName().equals("Body")) {
                    inBody = true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (inBody) {
                    return null;
                }
                depth--;
            }
        }
        return null;
    }

    private static String namespace(XMLStreamReader reader) {
        return reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
    }

    private static boolean isEnvelopeNamespace(String namespace) {
        return SoapDetails.SOAP_11_NS.equals(namespace) || SoapDetails.SOAP_12_NS.equals(namespace);
    }

    /** {@code "http://x/User/ChangePassword"} gives {@code ChangePassword}. */
    static String lastSegment(String action) {
        String value = action.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        int cut = Math.max(value.lastIndexOf('/'), Math.max(value.lastIndexOf('#'), value.lastIndexOf(':')));
        return value.substring(cut + 1);
    }

    /** The last segment of the {@code action} parameter of a Content-Type, or null when it has none. */
    static String actionParameter(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            int equals = p.indexOf('=');
            if (equals > 0 && p.substring(0, equals).strip().toLowerCase(Locale.ROOT).equals("action")) {
                return lastSegment(p.substring(equals + 1));
            }
        }
        return null;
    }
}
