package io.docmock.contracts;

/**
 * Names for the contract, and the SOAP version its SOAP interactions speak.
 *
 * @param consumer    the consumer's name ({@code docs-consumer} by default)
 * @param provider    the provider's name, or null to take it from the docs
 * @param soapVersion 1.1 or 1.2 for every SOAP interaction, for providers that speak only their WSDL's binding;
 *                    null for each as documented
 */
public record ContractOptions(String consumer, String provider, String soapVersion) {
    public static final String DEFAULT_CONSUMER = "docs-consumer";
    public static final String DEFAULT_PROVIDER = "api";

    public ContractOptions {
        if (soapVersion != null && !soapVersion.equals("1.1") && !soapVersion.equals("1.2")) {
            throw new IllegalArgumentException("SOAP version 1.1 or 1.2, not " + soapVersion);
        }
    }

    /** Names, SOAP as documented. */
    public ContractOptions(String consumer, String provider) {
        this(consumer, provider, null);
    }

    public static ContractOptions defaults() {
        return new ContractOptions(DEFAULT_CONSUMER, null);
    }
}
