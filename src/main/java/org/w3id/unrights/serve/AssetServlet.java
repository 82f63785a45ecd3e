package org.w3id.unrights.serve;

import java.net.URL;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;

/**
 * {@code /static/*}: the stylesheets, scripts and the bundled YASGUI, read from {@code web/} on the classpath
 * (inside the jar), so the jar serves every byte its pages need and nothing comes from a CDN. Served by Jetty's
 * own ResourceServlet, which gives media types, {@code ETag} and {@code Last-Modified} with 304s, and ranges;
 * nothing outside {@code web/} can be reached and folders are not listed.
 */
final class AssetServlet extends ResourceServlet {
    private static final String ROOT = "web";
    private final Map<String, String> settings;

    AssetServlet() {
        URL root = AssetServlet.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            throw new IllegalStateException("the pages' files (" + ROOT + "/) are missing from the classpath");
        }
        this.settings = Map.of(
                "baseResource", root.toExternalForm(),
                "pathInfoOnly", "true",
                "dirAllowed", "false",
                "etags", "true",
                "cacheControl", "public, max-age=3600");
    }

    /** The servlet's settings, given here rather than in a web.xml. */
    @Override
    public String getInitParameter(String name) {
        return settings.get(name);
    }
}
