package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.w3id.unrights.site.DocView;
import org.w3id.unrights.site.DocsView;

/**
 * {@code /docs/}: the project's {@code docs/*.md}, bundled into the jar at build time and rendered as
 * HTML, so the landing page can link to how-tos that work offline. Relative links between the files keep
 * working because each is served under its own file name; a link out of {@code docs/} ({@code ../README.md})
 * points into the repository, which this server does not serve, so it is shown as its text alone.
 */
final class DocServlet extends HttpServlet {
    private static final String ROOT = "docs";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    // The docs are ours, but raw HTML in them is escaped anyway, and only safe link targets are kept.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).sanitizeUrls(true).build();

    private final List<String> names = listDocs();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect("/docs/");
            return;
        }
        if (path.equals("/")) {
            Responses.page(response, new DocsView(names));
            return;
        }
        String name = path.substring(1);
        if (!names.contains(name)) {
            Responses.notFound(response, "No such document", "There is no document of that name.", "/docs/", "list of documents");
            return;
        }
        Node document;
        try (InputStream in = DocServlet.class.getClassLoader().getResourceAsStream(ROOT + "/" + name)) {
            document = PARSER.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        document.accept(new RepositoryLinksAsText());
        Responses.page(response, new DocView(title(document, name), RENDERER.render(document)));
    }

    /** Replaces each link that leaves docs/ by its text. */
    private static final class RepositoryLinksAsText extends AbstractVisitor {
        @Override
        public void visit(Link link) {
            if (link.getDestination().startsWith("../")) {
                Node child = link.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    link.insertBefore(child);
                    child = next;
                }
                link.unlink();
            } else {
                visitChildren(link);
            }
        }
    }

    /** The text of the first heading, else the file name. */
    private static String title(Node document, String fallback) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading && node.getFirstChild() instanceof Text text) {
                return text.getLiteral();
            }
        }
        return fallback;
    }

    /** The Markdown files under docs/ on the classpath, from the build folder or from inside the jar. */
    private static List<String> listDocs() {
        URL url = DocServlet.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            Path dir;
            if (uri.getScheme().equals("jar")) {
                try {
                    dir = FileSystems.newFileSystem(uri, Map.of()).provider().getPath(uri);
                } catch (FileSystemAlreadyExistsException e) {
                    dir = FileSystems.getFileSystem(uri).provider().getPath(uri);
                }
            } else {
                dir = Path.of(uri);
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the bundled docs", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
