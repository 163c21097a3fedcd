package io.docmock.mock.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Stub ids derived from what the stub is, so that the same docs give the same mapping files: name-based (version 3)
 * UUIDs, as {@link UUID#nameUUIDFromBytes} makes them, with one MD5 digest per thread instead of a provider lookup
 * per id (tens of thousands of stubs load at startup).
 */
public final class StubIds {
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(StubIds::md5);

    private StubIds() {
    }

    public static UUID of(String owner, String kind) {
        byte[] hash = MD5.get().digest((owner + "\n" + kind).getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x30); // version 3
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (hash[i] & 0xff);
            low = (low << 8) | (hash[i + 8] & 0xff);
        }
        return new UUID(high, low);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5, which every JDK must have", e);
        }
    }
}
