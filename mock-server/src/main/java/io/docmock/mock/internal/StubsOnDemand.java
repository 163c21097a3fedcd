package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.function.Supplier;

/**
 * A group of stubs (named as its mapping file) all filed under one path, an operation's or a SOAP endpoint's: built
 * when a request to that path first needs them, or when anything reads or changes every stub.
 */
public record StubsOnDemand(String name, String path, Supplier<List<StubMapping>> stubs) {
}
