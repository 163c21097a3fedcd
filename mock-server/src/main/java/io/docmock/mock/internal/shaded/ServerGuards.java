package io.docmock.mock.internal.shaded;

import java.util.List;
import java.util.Set;

/**
 * What the HTTP server enforces before WireMock sees a request.
 *
 * @param maxBodyBytes     request bodies over this get 413, a declared length before any byte is read
 * @param bodyMillis       a request body must arrive whole within this; it is read without holding a thread
 * @param adminEnabled     whether {@code /__admin} answers at all
 * @param allowedHosts     Host names the admin API and docmock's pages answer besides loopback names
 * @param corsOrigins      origins the documented operations answer with CORS ({@code *}: any), none for no CORS
 * @param refusals         how refusals are answered and recorded
 */
public record ServerGuards(long maxBodyBytes, long bodyMillis, boolean adminEnabled, Set<String> allowedHosts,
                           List<String> corsOrigins, Refusals refusals) {
    public ServerGuards {
        allowedHosts = Set.copyOf(allowedHosts);
        corsOrigins = List.copyOf(corsOrigins);
    }
}
