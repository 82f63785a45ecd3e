package org.w3id.unrights.serve.guard;

import java.io.IOException;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * First on every request. A request with more than {@link Guard#MAX_HEADERS} header fields, or one longer than
 * {@link Guard#MAX_HEADER_BYTES}, is refused with 431. Every response carries the security headers (also after a servlet resets it);
 * methods other than GET, HEAD, OPTIONS — and POST where queries are posted — are refused with 405, TRACE
 * among them; CORS lets browser tools on any origin read, never with credentials; {@code Vary} always names
 * both {@code Accept} and {@code Origin}, whatever a servlet adds to it.
 */
final class SurfaceFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /**
     * Scripts, styles, images and fetches from this server only; no plugins, no framing, forms post here.
     * Styles may be inline because the query editor (YASGUI) writes style attributes.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String READ_METHODS = "GET, HEAD, OPTIONS";
    static final String QUERY_METHODS = "GET, HEAD, POST, OPTIONS";
    private static final String ALLOWED_HEADERS = "Accept, Accept-Language, Content-Type";

    private final boolean cors;

    SurfaceFilter(boolean cors) {
        this.cors = cors;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Headers headers = new Headers(response, cors && request.getHeader("Origin") != null);
        headers.apply();
        String tooMany = headerRefusal(request);
        if (tooMany != null) {
            response.setHeader("Connection", "close");
            Refusals.send(response, 431, tooMany);
            return;
        }
        boolean queries = postsQueries(request.getRequestURI());
        String allowed = queries ? QUERY_METHODS : READ_METHODS;
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            options(request, response, allowed, queries);
            return;
        }
        if (!List.of(allowed.split(", ")).contains(method)) {
            response.setHeader("Allow", allowed);
            Refusals.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed here; this server is read-only and accepts " + allowed);
            return;
        }
        chain.doFilter(request, headers);
    }

    /** Why the request's header fields are refused (too many, or one too large), or null. */
    private static String headerRefusal(HttpServletRequest request) {
        int fields = 0;
        for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
                String value = values.nextElement();
                if (++fields > Guard.MAX_HEADERS) {
                    return "the request has more than " + Guard.MAX_HEADERS + " header fields, more than this server accepts";
                }
                if (name.length() + 2 + value.length() > Guard.MAX_HEADER_BYTES) {
                    return "the header field " + name + " is longer than " + Guard.MAX_HEADER_BYTES + " bytes, more than this server accepts";
                }
            }
        }
        return null;
    }

    /** Answers OPTIONS here, preflight or not: which methods, and for CORS which request headers. */
    private void options(HttpServletRequest request, HttpServletResponse response, String allowed, boolean queries) throws IOException {
        response.setHeader("Allow", allowed);
        String asked = request.getHeader("Access-Control-Request-Method");
        if (asked != null && !(asked.equals("GET") || asked.equals("HEAD") || queries && asked.equals("POST"))) {
            Refusals.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, asked + " is not allowed here; this server accepts " + allowed);
            return;
        }
        if (cors && asked != null && request.getHeader("Origin") != null) {
            response.setHeader("Access-Control-Allow-Methods", allowed);
            response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.setHeader("Access-Control-Max-Age", "86400");
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** The SPARQL endpoints, where a query may come as a POST body. */
    static boolean postsQueries(String path) {
        return path.equals("/sparql") || path.equals("/rights") || path.startsWith("/rights/");
    }

    /** The response with the security headers kept on it and {@code Vary} merged rather than replaced. */
    private static final class Headers extends HttpServletResponseWrapper {
        private final Set<String> vary = new LinkedHashSet<>(List.of("Accept", "Origin"));
        private final boolean crossOrigin;

        /** @param crossOrigin whether to send the CORS headers (CORS is on and the request came from a page) */
        Headers(HttpServletResponse response, boolean crossOrigin) {
            super(response);
            this.crossOrigin = crossOrigin;
        }

        void apply() {
            HttpServletResponse real = (HttpServletResponse) getResponse();
            real.setHeader("Content-Security-Policy", CSP);
            real.setHeader("X-Content-Type-Options", "nosniff");
            real.setHeader("X-Frame-Options", "DENY");
            real.setHeader("Referrer-Policy", "no-referrer");
            vary();
            if (crossOrigin) {
                real.setHeader("Access-Control-Allow-Origin", "*");
                real.setHeader("Access-Control-Expose-Headers", "Retry-After");
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Vary".equalsIgnoreCase(name)) {
                addHeader(name, value);
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Vary".equalsIgnoreCase(name)) {
                for (String part : value.split(",")) {
                    if (!part.isBlank() && vary.stream().noneMatch(v -> v.equalsIgnoreCase(part.trim()))) {
                        vary.add(part.trim());
                    }
                }
                vary();
            } else {
                super.addHeader(name, value);
            }
        }

        /** One Vary line per name, so a client looking for "Accept" among the values finds it as it is. */
        private void vary() {
            HttpServletResponse real = (HttpServletResponse) getResponse();
            // Keep what others put there before this filter ran (compression adds Accept-Encoding).
            for (String line : real.getHeaders("Vary")) {
                for (String part : line.split(",")) {
                    if (!part.isBlank() && vary.stream().noneMatch(v -> v.equalsIgnoreCase(part.trim()))) {
                        vary.add(part.trim());
                    }
                }
            }
            real.setHeader("Vary", null);
            vary.forEach(name -> real.addHeader("Vary", name));
        }

        @Override
        public void reset() {
            super.reset();
            apply();
        }
    }
}
