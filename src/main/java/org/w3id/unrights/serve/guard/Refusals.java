package org.w3id.unrights.serve.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

/**
 * How a request is refused: its status and a one-paragraph plain-text reason, nothing else. A reason passed on
 * from a library (Fuseki's, Lucene's) loses any Java class name it starts a clause with: a client is told what
 * went wrong, not which class noticed.
 */
public final class Refusals {
    /** A qualified Java class name of an exception or error, with the colon that follows it. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");

    private Refusals() {}

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = ("Error " + status + ": " + withoutClassNames(message) + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** {@code message} without the Java class names in it. */
    public static String withoutClassNames(String message) {
        return message == null ? null : CLASS_NAME.matcher(message).replaceAll("").strip();
    }
}
