package io.docmock.contracts;

/**
 * Names for the contract.
 *
 * @param consumer the consumer's name ({@code docs-consumer} by default)
 * @param provider the provider's name, or null to take it from the docs
 */
public record ContractOptions(String consumer, String provider) {
    public static final String DEFAULT_CONSUMER = "docs-consumer";
    public static final String DEFAULT_PROVIDER = "api";

    public static ContractOptions defaults() {
        return new ContractOptions(DEFAULT_CONSUMER, null);
    }
}
