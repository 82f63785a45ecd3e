package org.w3id.unrights.serve.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** How a request is refused: its status and a one-paragraph plain-text reason, nothing else. */
final class Refusals {
    private Refusals() {}

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        byte[] body = ("Error " + status + ": " + message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
