package org.w3id.unrights.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /robots.txt}: crawlers may read every page, but not run queries (the endpoint, the search) or fetch the
 * dumps, which are for people and clients that mean to; it points them to the {@link SitemapServlet sitemap}.
 */
final class RobotsServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String host = request.getHeader("Host");
        String base = request.getScheme() + "://" + (host != null ? host : request.getServerName() + ":" + request.getServerPort());
        String robots = "User-agent: *\n"
                + "Disallow: " + RightsServer.SPARQL + "\n"
                + "Disallow: " + RightsServer.DATASET + "/\n"
                + "Disallow: " + SearchServlet.PATH + "\n"
                + "Disallow: /dumps/\n"
                + "Allow: /\n"
                + "\n"
                + "Sitemap: " + base + SitemapServlet.INDEX + "\n";
        byte[] bytes = robots.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
