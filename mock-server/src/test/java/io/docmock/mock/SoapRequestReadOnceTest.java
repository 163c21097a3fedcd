package io.docmock.mock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.github.tomakehurst.wiremock.common.RequestCache;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.docmock.mock.internal.SoapRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A SOAP request is read once while WireMock handles it: the filters see the request, the stub store WireMock's
 * logged copy of it, and both get the same reading.
 */
class SoapRequestReadOnceTest {
    private static final String ENVELOPE = "<s:Envelope xmlns:s='http://www.w3.org/2003/05/soap-envelope'"
            + " xmlns:u='urn:user'><s:Body><u:ChangePassword><u:Old/></u:ChangePassword></s:Body></s:Envelope>";

    @Test
    void validationAndRoutingShareOneReadingOfARequest() {
        Request request = ImmutableRequest.create().withAbsoluteUrl("http://localhost/Remote/User.svc")
                .withMethod(RequestMethod.POST).withHeader("SOAPAction", "\"urn:user/ChangePassword\"")
                .withBody(ENVELOPE.getBytes(StandardCharsets.UTF_8)).build();
        try {
            SoapRequest byValidation = SoapRequest.of(request);
            assertEquals("ChangePassword", byValidation.operation());
            assertSame(byValidation, SoapRequest.of(LoggedRequest.createFrom(request)));
        } finally {
            RequestCache.onRequestEnd();
        }
        // the next request on this thread reads its own body
        try {
            assertNotSame(SoapRequest.of(request), SoapRequest.of(LoggedRequest.createFrom(ImmutableRequest.create()
                    .withAbsoluteUrl("http://localhost/Remote/User.svc").withMethod(RequestMethod.POST)
                    .withBody(ENVELOPE.getBytes(StandardCharsets.UTF_8)).build())));
        } finally {
            RequestCache.onRequestEnd();
        }
    }
}
