package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /static/*}: the stylesheets, scripts and the bundled YASGUI, read from {@code web/} on the
 * classpath, so the jar serves every byte its pages need and nothing comes from a CDN.
 */
final class AssetServlet extends HttpServlet {
    private static final String ROOT = "web";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "txt", "text/plain;charset=utf-8",
            "md", "text/markdown;charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String extension = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
        if (path == null || path.contains("..") || path.contains("//") || !TYPES.containsKey(extension)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = AssetServlet.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(TYPES.get(extension));
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
