package org.w3id.unrights.serve.guard;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of every path that runs queries. In order: at most {@link #BODY_READERS} bodies are read at once
 * (503 beyond), the body is at most {@link Limits#bodyBytes()} (413),
 * updates are refused (the server is read-only), the query text is at most {@link Limits#queryChars()} (413)
 * and calls no other server (400); then the query waits for its turn in the quick lane ({@link Admission}; 503 with
 * {@code Retry-After}) and its answer is held whole ({@link HeldResponse}) until it has finished.
 */
final class QueryFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QueryFilter.class);
    private static final String SPARQL_QUERY = "application/sparql-query";
    private static final String SPARQL_UPDATE = "application/sparql-update";
    private static final String FORM = "application/x-www-form-urlencoded";

    /**
     * Request bodies read at once. A body is read on a request thread, which waits while a slow client sends it;
     * past this many, a request with a body is turned away at once (503), so slow senders cannot take every
     * thread from pages, pings and GET queries.
     */
    static final int BODY_READERS = 16;

    private final transient Limits limits;
    private final transient Admission admission;
    private final transient Semaphore bodyReaders = new Semaphore(BODY_READERS);

    QueryFilter(Limits limits, Admission admission) {
        this.limits = limits;
        this.admission = admission;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            check(request, response, chain);
            return;
        }
        if (!bodyReaders.tryAcquire()) {
            response.setHeader("Retry-After", "1");
            response.setHeader("Connection", "close");
            Refusals.send(response, 503, "the server is reading as many request bodies as it can; try again in 1 s");
            return;
        }
        boolean held = true;
        try {
            // The body is read here (a query body, or a form by the first parameter asked for), then the permit goes.
            String mediaType = mediaType(request.getContentType());
            HttpServletRequest read = request;
            if (SPARQL_QUERY.equals(mediaType) && request.getContentLengthLong() <= limits.bodyBytes()) {
                Optional<byte[]> body = readBody(request.getInputStream());
                if (body.isEmpty()) {
                    tooLarge(response, "the request body is larger than " + limits.bodyBytes() + " bytes, the most this server accepts");
                    return;
                }
                read = new ReadBody(request, body.get());
            } else if (FORM.equals(mediaType) && request.getContentLengthLong() >= 0 && request.getContentLengthLong() <= limits.bodyBytes()) {
                try {
                    request.getParameterMap();
                } catch (RuntimeException e) {
                    // A form Jetty cannot parse: left for the checks below and the servlet to answer as before.
                }
            }
            bodyReaders.release();
            held = false;
            check(read, response, chain);
        } finally {
            if (held) {
                bodyReaders.release();
            }
        }
    }

    private void check(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest checked = request;
        String mediaType = mediaType(request.getContentType());
        if ("POST".equals(request.getMethod())) {
            long length = request.getContentLengthLong();
            if (length > limits.bodyBytes()) {
                tooLarge(response, "the request body is " + length + " bytes; this server accepts at most " + limits.bodyBytes());
                return;
            }
            if (SPARQL_UPDATE.equals(mediaType)) {
                Refusals.send(response, 400, readOnly());
                return;
            }
            if (FORM.equals(mediaType) && length < 0) {
                Refusals.send(response, 411, "a form-encoded query needs a Content-Length");
                return;
            }
            if (SPARQL_QUERY.equals(mediaType) && !(request instanceof ReadBody)) {
                Optional<byte[]> body = readBody(request.getInputStream());
                if (body.isEmpty()) {
                    tooLarge(response, "the request body is larger than " + limits.bodyBytes() + " bytes, the most this server accepts");
                    return;
                }
                checked = new ReadBody(request, body.get());
            }
        }
        if (request.getParameter("update") != null) {
            Refusals.send(response, 400, readOnly());
            return;
        }
        String text = checked instanceof ReadBody read ? read.text() : request.getParameter("query");
        if (text != null) {
            if (text.length() > limits.queryChars()) {
                tooLarge(response, "the query is " + text.length() + " characters long; this server accepts at most " + limits.queryChars());
                return;
            }
            Optional<String> refusal = NoOutboundCalls.refusal(text);
            if (refusal.isPresent()) {
                Refusals.send(response, 400, refusal.get());
                return;
            }
        }
        run(checked, response, chain);
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<Admission.Turn> admitted = admission.enterOrRefuse(response, "queries");
        if (admitted.isEmpty()) {
            return;
        }
        try (Admission.Turn turn = admitted.get()) {
            HeldResponse held = new HeldResponse(response, limits.resultBytes());
            QueryRefused.takeLast();
            TimedOut.take();
            try {
                chain.doFilter(request, held);
            } catch (RuntimeException | IOException | ServletException e) {
                if (!held.tooLarge()) {
                    LOG.warn("{} {} failed", request.getMethod(), request.getRequestURI(), e);
                    held.sendError(500);
                }
            }
            held.send(response, QueryRefused.takeLast(), TimedOut.take(), () -> LOG.warn("{} {} answered {} (detail in the log above)", request.getMethod(),
                    request.getRequestURI(), held.getStatus()));
        }
    }

    /** The body, or empty when it is longer than allowed (a chunked body has no length to check first). */
    private Optional<byte[]> readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > limits.bodyBytes()) {
                return Optional.empty();
            }
        }
        return Optional.of(out.toByteArray());
    }

    private static void tooLarge(HttpServletResponse response, String message) throws IOException {
        // The unread body is not worth draining: the connection closes after the answer.
        response.setHeader("Connection", "close");
        Refusals.send(response, 413, message);
    }

    private static String readOnly() {
        return "this server is read-only: SPARQL Update (LOAD among it) is not accepted";
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The request with its body already read (to check it), given again to whoever reads it next. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

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
                    throw new UnsupportedOperationException("the body has been read already");
                }
            };
        }
    }
}
