package io.docmock.mock.internal.shaded;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.AsyncEvent;
import wiremock.jakarta.servlet.AsyncListener;
import wiremock.jakarta.servlet.FilterChain;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletException;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpFilter;
import wiremock.jakarta.servlet.http.HttpServletRequest;
import wiremock.jakarta.servlet.http.HttpServletRequestWrapper;
import wiremock.jakarta.servlet.http.HttpServletResponse;

/**
 * Request bodies, read before WireMock sees them: a declared length over the limit gets 413 before any byte is
 * read; a body is read as it arrives, without holding a request thread (Servlet async I/O), and cut with 413 at
 * the limit, with 408 when it has not arrived whole in time, with 400 when its chunking is malformed. Only then
 * is the request handed on, its body in memory. Every answer also carries {@code X-Content-Type-Options: nosniff}.
 */
final class BodyGate extends HttpFilter {
    private static final long serialVersionUID = 1L;

    private static final String BODY = BodyGate.class.getName() + ".body";

    private final ServerGuards guards;

    BodyGate(ServerGuards guards) {
        this.guards = guards;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getAttribute(BODY) instanceof byte[] body) {
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > guards.maxBodyBytes()) {
            // the body is never read: the connection cannot carry another request after it
            response.setHeader("Connection", "close");
            refuse(request, response, 413, "Request body too large", "request body of " + declared
                    + " bytes is over the limit of " + guards.maxBodyBytes() + " bytes");
            return;
        }
        if (declared == 0 || declared < 0 && request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        if (declared > 0 && request.getInputStream().available() >= declared) {
            // the whole body has arrived already (most requests: one packet): read it here, no async round trip
            chain.doFilter(new ReadBody(request, request.getInputStream().readNBytes((int) declared)), response);
            return;
        }
        if (!request.isAsyncSupported()) {
            chain.doFilter(new ReadBody(request, readBlocking(request)), response);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(guards.bodyMillis());
        BodyReader reader = new BodyReader(request, response, async);
        async.addListener(reader);
        request.getInputStream().setReadListener(reader);
    }

    /** Reads what is there now, and again whenever more arrives; never waits in a thread. */
    private final class BodyReader implements ReadListener, AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final AsyncContext async;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final byte[] chunk = new byte[16 * 1024];
        private boolean done;

        BodyReader(HttpServletRequest request, HttpServletResponse response, AsyncContext async) {
            this.request = request;
            this.response = response;
            this.async = async;
        }

        @Override
        public synchronized void onDataAvailable() throws IOException {
            ServletInputStream in = request.getInputStream();
            while (!done && in.isReady()) {
                int read = in.read(chunk);
                if (read < 0) {
                    return;
                }
                body.write(chunk, 0, read);
                if (body.size() > guards.maxBodyBytes()) {
                    finish(413, "Request body too large", "request body of more than " + guards.maxBodyBytes()
                            + " bytes is over the limit of " + guards.maxBodyBytes() + " bytes");
                    return;
                }
            }
        }

        @Override
        public synchronized void onAllDataRead() {
            if (!done) {
                done = true;
                request.setAttribute(BODY, body.toByteArray());
                async.dispatch();
            }
        }

        @Override
        public synchronized void onError(Throwable failure) {
            finish(400, "Malformed request body", "the request body could not be read: " + describe(failure));
        }

        @Override
        public synchronized void onTimeout(AsyncEvent event) {
            finish(408, "Request body too slow", "the request body did not arrive whole within "
                    + guards.bodyMillis() + " ms");
        }

        @Override
        public void onComplete(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }

        private void finish(int status, String title, String detail) {
            if (done) {
                return;
            }
            done = true;
            try {
                response.setHeader("Connection", "close");
                refuse(request, response, status, title, detail);
            } catch (IOException e) {
                // the client is gone; nothing to tell it
            } finally {
                async.complete();
            }
        }
    }

    /** For the rare servlet that cannot be asynchronous: read here, never past the limit. */
    private byte[] readBlocking(HttpServletRequest request) throws IOException {
        ServletInputStream in = request.getInputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
            body.write(chunk, 0, read);
            if (body.size() > guards.maxBodyBytes()) {
                throw new IOException("request body over the limit of " + guards.maxBodyBytes() + " bytes");
            }
        }
        return body.toByteArray();
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        String url = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        byte[] body = guards.refusals().refuse(request.getMethod(), url, status, title, detail)
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
