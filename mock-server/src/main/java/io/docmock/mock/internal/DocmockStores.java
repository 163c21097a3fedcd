package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.common.FileSource;
import com.github.tomakehurst.wiremock.store.DefaultStores;

/** WireMock's stores, with the indexed stub store in place of the stock one. */
public final class DocmockStores extends DefaultStores {
    private final IndexedStubMappingStore stubStore = new IndexedStubMappingStore();

    public DocmockStores(FileSource fileRoot) {
        super(fileRoot);
    }

    @Override
    public IndexedStubMappingStore getStubStore() {
        return stubStore;
    }
}
