package io.docmock.route;

import io.docmock.model.HttpBodies;
import io.docmock.model.Operation;
import io.docmock.xml.SoapEnvelope;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operation of a SOAP endpoint that a request names: the one whose element comes first in the Body (by
 * namespace URI and local name), else the one its action names. An action names an operation when its last segment,
 * after {@code /}, {@code #} or {@code :}, is the operation's name: a SOAP 1.1 {@code SOAPAction} header, or the
 * {@code action} parameter of a SOAP 1.2 Content-Type. The mock's stubs match by the same rule.
 */
public final class SoapRoute {
    private static final Pattern CONTENT_TYPE_ACTION = Pattern.compile("(?i);\\s*action\\s*=\\s*\"?([^\";]*)\"?");

    private SoapRoute() {
    }

    /** The operation, or null when neither the Body nor an action names one of the endpoint's. */
    public static Operation operation(List<Operation> endpointOperations, SoapEnvelope envelope, String soapAction,
                                      String contentType) {
        if (envelope.operationName() != null) {
            for (Operation operation : endpointOperations) {
                if (operation.soap().operationElement().equals(envelope.operationName())
                        && operation.soap().operationNamespace().equals(envelope.operationNamespace())) {
                    return operation;
                }
            }
        }
        String action = soapAction != null ? soapAction : contentTypeAction(contentType);
        String name = actionName(action);
        return name == null ? null : endpointOperations.stream()
                .filter(operation -> operation.soap().operationElement().equals(name)).findFirst().orElse(null);
    }

    /**
     * The regex of a {@code SOAPAction} header that names this operation, for matchers that take regexes (the
     * mock's stubs): the same rule as {@link #actionName}.
     */
    public static String soapActionRegex(String operationName) {
        return "\"?(?:[^\"]*[/#:])?" + Pattern.quote(operationName) + "\"?";
    }

    /** The regex of a Content-Type whose {@code action} parameter names this operation: the same rule. */
    public static String contentTypeActionRegex(String operationName) {
        return "(?is).*;\\s*action\\s*=\\s*\"?(?:[^\";]*[/#:])?" + Pattern.quote(operationName)
                + "\"?\\s*(?:;.*)?";
    }

    /** The operation name an action gives: its last segment, quotes aside; null for no action. */
    public static String actionName(String action) {
        if (action == null || action.isBlank()) {
            return null;
        }
        String bare = action.strip().replace("\"", "");
        int cut = Math.max(bare.lastIndexOf('/'), Math.max(bare.lastIndexOf('#'), bare.lastIndexOf(':')));
        return bare.substring(cut + 1);
    }

    /** The {@code action} parameter of a Content-Type, or null. */
    public static String contentTypeAction(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = CONTENT_TYPE_ACTION.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Whether a Content-Type is one a SOAP message is sent as, in either version. */
    public static boolean isSoapContentType(String contentType) {
        String media = contentType == null ? "" : HttpBodies.mediaType(contentType);
        return media.equals("text/xml") || media.equals("application/soap+xml");
    }
}
