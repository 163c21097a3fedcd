package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;

/** A WireMock transformer that completes the answers of the stubs that name it, and no others. */
abstract class StubTransformer implements ResponseDefinitionTransformerV2 {
    private final String name;

    StubTransformer(String name) {
        this.name = name;
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final boolean applyGlobally() {
        return false;
    }
}
