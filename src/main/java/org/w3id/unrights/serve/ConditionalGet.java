package org.w3id.unrights.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.commons.codec.digest.DigestUtils;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.graph.OntologyVersion;

/**
 * HTTP validators for everything that is a function of the data: the data cannot change while the server runs,
 * so a response's {@code ETag} is a hash of what it depends on (the data's version and fingerprint, the software
 * build, the request's path, query and {@code Accept}), known before any work is done. A GET whose
 * {@code If-None-Match} holds that tag, or (without one) whose {@code If-Modified-Since} is not before the data's
 * last change, is answered 304 at once. Only successful answers carry validators (and our Cache-Control, in
 * place of Fuseki's no-cache); Jetty's compression appends
 * its own suffix to the tag and takes it off again on the way in.
 */
final class ConditionalGet implements Filter {
    /** Unversioned URLs: caches may keep an answer a while, then ask again (cheaply, with the tag). */
    static final String REVALIDATE = "public, max-age=600";
    /** Versioned URLs ({@code /dumps/{version}/}, the ontology's version IRI) never change. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final String seed;
    private final long lastModified;
    private final String version;

    /**
     * @param fingerprint what identifies the served data beyond its version number (the publication's: a digest of the files it was built from), so
     *                    that data read from another folder under the same version number is told apart
     */
    ConditionalGet(Release release, String fingerprint) {
        this.seed = release.version() + '\n' + fingerprint + '\n' + Release.build();
        this.lastModified = release.date().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        this.version = release.version();
    }

    /** A URL that names a version (the data's, or the ontology's) never changes; the others are revalidated. */
    private String cacheControl(HttpServletRequest request) {
        String path = request.getRequestURI();
        boolean versioned = path.contains("/" + version + "/") || path.equals(OntologyServlet.PATH + "/" + OntologyVersion.current());
        return versioned ? IMMUTABLE : REVALIDATE;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            chain.doFilter(request, response);
            return;
        }
        String tag = tag(request);
        response.setHeader("ETag", tag);
        response.setDateHeader("Last-Modified", lastModified);
        response.setHeader("Cache-Control", cacheControl(request));
        if (notModified(request, tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        chain.doFilter(request, new OnlySuccessValidated(response));
    }

    private boolean notModified(HttpServletRequest request, String tag) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String t = candidate.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(tag)) {
                    return true;
                }
            }
            return false;
        }
        long since = -1;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            // An unreadable date is ignored, as RFC 9110 asks.
        }
        return since >= 0 && lastModified / 1000 <= since / 1000;
    }

    private String tag(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String key = seed + '\n' + request.getRequestURI() + '?' + request.getQueryString() + '\n' + accept;
        return '"' + DigestUtils.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 24) + '"';
    }

    /** Takes the validators off an answer that is not a success: an error or a redirect is not cached as the resource. */
    private static final class OnlySuccessValidated extends HttpServletResponseWrapper {
        OnlySuccessValidated(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            drop(sc);
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            drop(sc);
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            drop(sc);
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            drop(HttpServletResponse.SC_FOUND);
            super.sendRedirect(location);
        }

        /** Fuseki marks every query answer no-cache; over data that cannot change, ours stands. */
        @Override
        public void setHeader(String name, String value) {
            if (!cachingHeader(name) || dropped) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!cachingHeader(name) || dropped) {
                super.addHeader(name, value);
            }
        }

        private static boolean cachingHeader(String name) {
            return name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Pragma");
        }

        private boolean dropped;

        private void drop(int status) {
            if (status >= 300) {
                dropped = true;
                setHeader("ETag", null);
                setHeader("Last-Modified", null);
                setHeader("Cache-Control", "no-store");
            }
        }
    }
}
