package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.common.RequestCache;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.docmock.xml.SoapEnvelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What names a SOAP request's operation: its envelope as {@link SoapEnvelope} reads it (the one rule for which
 * element is the operation), the last segment of each {@code SOAPAction}, and of each Content-Type's {@code action}
 * parameter. Read once per request, whoever asks first (validation, then routing), and kept in WireMock's
 * per-request cache for the other.
 *
 * @param envelope           the request body read as an envelope
 * @param soapActions        the last segment of every {@code SOAPAction} value
 * @param contentTypeActions the last segment of every Content-Type's {@code action} parameter
 */
public record SoapRequest(SoapEnvelope envelope, List<String> soapActions, List<String> contentTypeActions) {
    private static final byte[] NO_BODY = new byte[0];

    /**
     * The request read, or the reading already made of it while this request is being handled. WireMock gives
     * the filters and the stub store different Request objects with no id, but the same body array: the body, by
     * identity, with the headers read, is the key.
     */
    public static SoapRequest of(Request request) {
        byte[] body = request.getBody();
        List<String> soapActions = values(request, "SOAPAction");
        List<String> contentTypes = values(request, "Content-Type");
        if (body == null) {
            return read(body, soapActions, contentTypes);
        }
        return RequestCache.getCurrent().get(RequestCache.Key.keyFor(SoapRequest.class, body, soapActions,
                contentTypes), () -> read(body, soapActions, contentTypes));
    }

    /** Every value of a header counts, as WireMock's header matchers look at every value. */
    private static SoapRequest read(byte[] body, List<String> soapActionValues, List<String> contentTypes) {
        List<String> soapActions = new ArrayList<>();
        soapActionValues.forEach(value -> soapActions.add(lastSegment(value)));
        List<String> contentTypeActions = new ArrayList<>();
        for (String contentType : contentTypes) {
            String action = actionParameter(contentType);
            if (action != null) {
                contentTypeActions.add(action);
            }
        }
        return new SoapRequest(SoapEnvelope.read(body == null ? NO_BODY : body), soapActions, contentTypeActions);
    }

    /** The local name of the operation element, or null when the body names none. */
    public String operation() {
        return envelope.operationName();
    }

    private static List<String> values(Request request, String name) {
        HttpHeader header = request.header(name);
        return header == null || !header.isPresent() ? List.of() : header.values();
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
