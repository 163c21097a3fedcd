package io.docmock.mock.internal;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestWrapper;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * {@code HEAD} is answered as {@code GET}, as every HTTP server does: the stubs match it as the GET it asks about,
 * and Jetty sends the head of the answer without its body.
 */
public final class HeadAsGet implements StubRequestFilterV2 {
    @Override
    public String getName() {
        return "docmock-head-as-get";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (!RequestMethod.HEAD.equals(request.getMethod())) {
            return RequestFilterAction.continueWith(request);
        }
        return RequestFilterAction.continueWith(RequestWrapper.create().setMethod(RequestMethod.GET).wrap(request));
    }

    @Override
    public boolean applyToAdmin() {
        return false;
    }

    @Override
    public boolean applyToStubs() {
        return true;
    }
}
