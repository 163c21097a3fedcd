package com.example.passwords;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docmock.junit5.DocMockRuntimeInfo;
import io.docmock.junit5.DocMockTest;
import org.junit.jupiter.api.Test;

/**
 * The client against a mock of the docs it was written from: the documented answers come back, and a request the
 * docs do not describe (a misspelt path, a wrongly typed property) would fail the test that sent it.
 */
@DocMockTest(docs = "classpath:api-docs")
class PasswordClientTest {
    @Test
    void changesTheCallersPassword(DocMockRuntimeInfo mock) throws Exception {
        assertTrue(new PasswordClient(mock.baseUrl()).changeOwnPassword("old secret", "new secret"));
    }

    @Test
    void sendsTheChangePasswordEmail(DocMockRuntimeInfo mock) throws Exception {
        assertTrue(new PasswordClient(mock.baseUrl()).sendChangePasswordEmail(7));
    }
}
