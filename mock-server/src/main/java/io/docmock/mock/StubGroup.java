package io.docmock.mock;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;

/**
 * The stubs of one operation (named after its id), or of one shared concern (a SOAP endpoint's faults, the CORS
 * preflight; their names start with {@code _}). One group is one mapping file.
 */
public record StubGroup(String name, List<StubMapping> stubs) {
    public StubGroup {
        stubs = List.copyOf(stubs);
    }
}
