package io.docmock.junit5;

import io.docmock.mock.ReceivedRequest;
import io.docmock.model.Operation;
import java.util.List;

/** A running mock, as a test sees it: where it listens, what it serves, and what it was asked. */
public interface DocMockRuntimeInfo {
    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    String baseUrl();

    int port();

    /** The documented operations it serves. */
    List<Operation> operations();

    /** The requests it received (since the current test began, under the extension), oldest first, each with its outcome. */
    List<ReceivedRequest> requests();
}
