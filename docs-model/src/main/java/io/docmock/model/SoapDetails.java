package io.docmock.model;

import java.util.List;

/**
 * What only a SOAP operation has.
 *
 * @param serviceVersion    {@code Services88}
 * @param agent             {@code User}
 * @param endpointPath      {@code /Remote/Services88/User.svc}
 * @param operationElement  local name of the first element in the request Body ({@code ChangePassword})
 * @param operationNamespace namespace URI of that element
 * @param responseElement   local name of the first element in the response Body, or null
 * @param soapVersion       {@code 1.1} or {@code 1.2}, from the envelope namespace
 * @param parameters        the documented parameters ({@code * **name:** text})
 * @param returns           the documented return ({@code **Returns:** text}), or empty
 */
public record SoapDetails(String serviceVersion, String agent, String endpointPath, String operationElement,
                          String operationNamespace, String responseElement, String soapVersion,
                          List<Parameter> parameters, String returns) {
    public static final String SOAP_11_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String SOAP_12_NS = "http://www.w3.org/2003/05/soap-envelope";

    public SoapDetails {
        parameters = List.copyOf(parameters);
    }

    public String envelopeNamespace() {
        return envelopeNamespace(soapVersion);
    }

    /** The Content-Type of this SOAP version's messages. */
    public String contentType() {
        return contentType(soapVersion);
    }

    /** The envelope namespace of a SOAP version, 1.1 or 1.2. */
    public static String envelopeNamespace(String soapVersion) {
        return "1.1".equals(soapVersion) ? SOAP_11_NS : SOAP_12_NS;
    }

    /** The Content-Type of a SOAP version's messages, 1.1 or 1.2. */
    public static String contentType(String soapVersion) {
        return "1.1".equals(soapVersion) ? "text/xml; charset=utf-8" : "application/soap+xml; charset=utf-8";
    }

    /**
     * A documented envelope in another SOAP version: the same Body, its envelope namespace the other version's. The
     * samples name the envelope namespace only in their declarations, so the text is the same but for that URI.
     */
    public String inVersion(String envelope, String soapVersion) {
        return envelope.replace(envelopeNamespace(), envelopeNamespace(soapVersion));
    }

    /** A documented sample in another SOAP version: its envelopes and their Content-Type that version's. */
    public Sample inVersion(Sample sample, String soapVersion) {
        SampleRequest request = sample.request() == null ? null : new SampleRequest(sample.request().method(),
                sample.request().target(), withContentType(sample.request().headers(), soapVersion),
                inVersion(sample.request().body(), soapVersion), sample.request().source());
        SampleResponse response = sample.response() == null ? null : new SampleResponse(sample.response().status(),
                sample.response().reason(), withContentType(sample.response().headers(), soapVersion),
                inVersion(sample.response().body(), soapVersion), sample.response().source());
        return new Sample(sample.name(), request, response);
    }

    private static List<Header> withContentType(List<Header> headers, String soapVersion) {
        return headers.stream().map(header -> header.name().equalsIgnoreCase("Content-Type")
                ? new Header(header.name(), contentType(soapVersion)) : header).toList();
    }
}
