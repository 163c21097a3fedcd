package io.docmock.mock.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stub ids derived from what the stub is, so that the same docs give the same mapping files. */
public final class StubIds {
    private StubIds() {
    }

    public static UUID of(String owner, String kind) {
        return UUID.nameUUIDFromBytes((owner + "\n" + kind).getBytes(StandardCharsets.UTF_8));
    }
}
