package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.function.Supplier;

/**
 * A WireMock request filter with one check, run before stub matching on requests to stubs (not the admin API): a
 * request the check rejects gets the check's answer, and the {@link RequestHistory} is told why. WireMock runs
 * filters in the order they are registered.
 */
public abstract class RequestCheck implements StubRequestFilterV2 {
    /**
     * What every check works with.
     *
     * @param routes  the documented operations a request may be for, as they are now
     * @param history where rejections are told
     */
    public record Context(Supplier<DocsRoutes> routes, RequestHistory history) {
    }

    private final String name;
    private final Context context;

    protected RequestCheck(String name, Context context) {
        this.name = "docmock-" + name;
        this.context = context;
    }

    @Override
    public final String getName() {
        return name;
    }

    /**
     * A header's first value, or null: every Request WireMock passes on answers this way (its RequestWrapper's
     * getHeader throws for an absent header).
     */
    protected static String header(Request request, String name) {
        HttpHeader header = request.header(name);
        return header != null && header.isPresent() ? header.firstValue() : null;
    }

    /** The documented operations as they are now. */
    protected final DocsRoutes routes() {
        return context.routes().get();
    }

    /** The answer to a request this check rejects, made with {@link #reject}; null lets it through. */
    protected abstract ResponseDefinition check(Request request, ServeEvent serveEvent);

    @Override
    public final RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        ResponseDefinition rejection = check(request, serveEvent);
        return rejection == null ? RequestFilterAction.continueWith(request) : RequestFilterAction.stopWith(rejection);
    }

    /** Records why, and answers (CORS, where on, is added by the server around every answer). */
    protected final ResponseDefinition reject(ServeEvent serveEvent, String reason,
                                              ResponseDefinitionBuilder answer) {
        context.history().rejected(serveEvent, reason);
        return answer.build();
    }

    /** A SOAP Fault in this SOAP version, saying why. */
    protected final ResponseDefinition fault(ServeEvent serveEvent, String soapVersion, String reason) {
        return reject(serveEvent, reason, SoapFaults.senderFault(soapVersion, reason));
    }

    @Override
    public final boolean applyToAdmin() {
        return false;
    }

    @Override
    public final boolean applyToStubs() {
        return true;
    }
}
