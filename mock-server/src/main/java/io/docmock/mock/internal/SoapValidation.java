package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.docmock.model.Operation;
import io.docmock.xml.SoapEnvelope;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request posted to a SOAP endpoint that is not well-formed XML, not a SOAP envelope, or whose operation element
 * has children the documented request does not show, gets a Sender (1.2) or Client (1.1) Fault saying so.
 */
public final class SoapValidation extends RequestCheck {
    public SoapValidation(Context context) {
        super("soap-validation", context);
    }

    @Override
    protected ResponseDefinition check(Request request, ServeEvent serveEvent) {
        DocsRoutes current = routes();
        List<Operation> endpoint = current.soapEndpoint(request);
        if (endpoint == null) {
            return null;
        }
        String documentedVersion = endpoint.get(0).soap().soapVersion();
        SoapEnvelope envelope = SoapRequest.of(request).envelope();
        if (envelope.problem() != null) {
            return fault(serveEvent, documentedVersion, "the request body is not well-formed XML: "
                    + envelope.problem());
        }
        if (envelope.soapVersion() == null) {
            return fault(serveEvent, documentedVersion, "the request body is not a SOAP envelope: its root element is "
                    + "{" + envelope.rootNamespace() + "}" + envelope.rootName());
        }
        if (envelope.operationName() == null) {
            return null; // an empty Body names no operation: the endpoint's Fault says which there are
        }
        for (Operation operation : endpoint) {
            if (operation.soap().operationElement().equals(envelope.operationName())
                    && operation.soap().operationNamespace().equals(envelope.operationNamespace())) {
                Set<String> documented = current.documentedChildren(operation);
                if (documented == null) {
                    return null;
                }
                Set<String> undocumented = new TreeSet<>(envelope.children());
                undocumented.removeAll(documented);
                if (!undocumented.isEmpty()) {
                    return fault(serveEvent, envelope.soapVersion(), operation.soap().operationElement()
                            + " has undocumented elements: " + String.join(", ", undocumented) + "; documented: "
                            + String.join(", ", documented));
                }
            }
        }
        return null;
    }
}
