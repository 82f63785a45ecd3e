package org.w3id.unrights.serve.guard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A query's response held whole in memory (up to {@link Limits#resultBytes()}) and sent only when the query
 * has finished, so a query that fails part-way — timeout, a limit crossed — is answered with its error
 * status, never with a 200 and a cut-off body. Setting an error status drops what was written before it:
 * that is how Fuseki reports a failure after results began. Server errors are answered with a fixed message
 * (the detail goes to the log), so no exception text, class name or path reaches the client.
 */
final class HeldResponse extends HttpServletResponseWrapper {
    static final String INTERNAL = "the server could not answer this request; the error has been logged";

    private final long maxBytes;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private int status = SC_OK;
    private String errorMessage;
    private boolean tooLarge;
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldResponse(HttpServletResponse response, long maxBytes) {
        super(response);
        this.maxBytes = maxBytes;
    }

    @Override
    public void setStatus(int sc) {
        if (sc >= 400) {
            held.reset();
        }
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc, String message) {
        held.reset();
        status = sc;
        errorMessage = message == null ? "" : message;
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    @Override
    public void sendRedirect(String location) {
        setStatus(SC_FOUND);
        setHeader("Location", location);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new Held();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void setBufferSize(int size) {}

    @Override
    public void flushBuffer() {}

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        held.reset();
    }

    @Override
    public void reset() {
        super.reset();
        held.reset();
        status = SC_OK;
        errorMessage = null;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    /** Sends the held response, or the error that replaced it: a refusal by the limits comes first. */
    void send(HttpServletResponse real, Optional<QueryRefused> refused, boolean timedOut, Runnable logInternal) throws IOException {
        if (writer != null) {
            writer.flush();
        }
        // Only when the query failed: a refusal raised while folding constants, then never reached, is no error.
        if (refused.isPresent() && status >= 400) {
            Refusals.send(real, refused.get().status(), refused.get().getMessage());
        } else if (tooLarge) {
            Refusals.send(real, 422, "the answer is larger than " + maxBytes + " bytes, more than this server sends at once; "
                    + "add LIMIT (and OFFSET to page through) or download a dump from /dumps/");
        } else if (status == SC_BAD_REQUEST && timedOut) {
            // Fuseki's answer to a timeout after results began: a 400 after the partial results.
            Refusals.send(real, SC_SERVICE_UNAVAILABLE, "the query ran past the time limit and was cancelled");
        } else if (status >= 500 && status != SC_SERVICE_UNAVAILABLE) {
            logInternal.run();
            Refusals.send(real, status, INTERNAL);
        } else if (errorMessage != null) {
            Refusals.send(real, status, errorMessage.isEmpty() ? "request refused" : errorMessage);
        } else {
            real.setStatus(status);
            real.setContentLengthLong(held.size());
            held.writeTo(real.getOutputStream());
        }
    }

    private final class Held extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            room(1);
            held.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            room(length);
            held.write(bytes, offset, length);
        }

        private void room(int more) throws IOException {
            if (tooLarge || held.size() + (long) more > maxBytes) {
                tooLarge = true;
                held.reset();
                throw new IOException("answer too large");
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("held responses are written synchronously");
        }
    }
}
