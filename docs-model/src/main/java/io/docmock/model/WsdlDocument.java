package io.docmock.model;

/**
 * A WSDL the docs hold (an agent's WSDL page: an {@code xml} block whose root is {@code wsdl:definitions}).
 *
 * @param addressPath the path of its {@code soap:address} (the server's, such as
 *                    {@code /Cust12345/Remote/Services88/TimeZone.svc}); the documented endpoint it describes is the
 *                    one this path ends with
 * @param xml         the WSDL as the page gives it
 * @param source      the page and line of the block
 */
public record WsdlDocument(String addressPath, String xml, Source source) {
    /** Whether this WSDL describes the documented endpoint at this path. */
    public boolean describes(String endpointPath) {
        return addressPath.equals(endpointPath) || addressPath.endsWith(endpointPath);
    }
}
