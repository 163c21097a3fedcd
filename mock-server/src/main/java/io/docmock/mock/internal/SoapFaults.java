package io.docmock.mock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.docmock.model.SoapDetails;

/**
 * SOAP Faults for requests the docs do not answer: a Sender fault in SOAP 1.2 (HTTP 400), a Client fault in
 * SOAP 1.1 (HTTP 500, as that binding wants), each with its version's Content-Type.
 */
public final class SoapFaults {
    private SoapFaults() {
    }

    public static ResponseDefinitionBuilder senderFault(String soapVersion, String reason) {
        String text = escape(reason);
        if ("1.1".equals(soapVersion)) {
            return fault(500, "text/xml; charset=utf-8", SoapDetails.SOAP_11_NS,
                    "      <faultcode>soap:Client</faultcode>\n"
                            + "      <faultstring>" + text + "</faultstring>\n");
        }
        return fault(400, "application/soap+xml; charset=utf-8", SoapDetails.SOAP_12_NS,
                "      <soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code>\n"
                        + "      <soap:Reason><soap:Text xml:lang=\"en\">" + text + "</soap:Text></soap:Reason>\n");
    }

    private static ResponseDefinitionBuilder fault(int status, String contentType, String envelopeNamespace,
                                                   String fault) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", contentType)
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<soap:Envelope xmlns:soap=\"" + envelopeNamespace + "\">\n"
                        + "  <soap:Body>\n"
                        + "    <soap:Fault>\n"
                        + fault
                        + "    </soap:Fault>\n"
                        + "  </soap:Body>\n"
                        + "</soap:Envelope>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
