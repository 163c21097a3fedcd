package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * The mock serves what the docs say and nothing else: no mapping files are read from, or written to, the folder
 * it happens to run in.
 */
public final class NoMappingFiles implements MappingsSource {
    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
    }

    @Override
    public void save(List<StubMapping> stubMappings) {
    }

    @Override
    public void save(StubMapping stubMapping) {
    }

    // WireMock 3.13 still declares remove(StubMapping) abstract (remove(UUID) is its future)
    @SuppressWarnings("removal")
    @Override
    public void remove(StubMapping stubMapping) {
    }

    @Override
    public void removeAll() {
    }
}
