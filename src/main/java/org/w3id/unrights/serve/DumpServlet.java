package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.export.Exporter;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.serve.html.Layout;

/**
 * {@code /dumps/}: the files the exporter wrote, as it wrote them, and a page listing them. Only the
 * names of {@link Dump} are served, so no other file of the folder can be reached.
 */
final class DumpServlet extends HttpServlet {
    private final Path dir;

    DumpServlet(Path dir) {
        this.dir = dir;
    }

    /**
     * For a graph built in memory (a store has its dumps already, written with its build): writes the release
     * with the exporter, once, into a fresh folder removed when the JVM exits. Either way the server offers
     * exactly what {@code export --out DIR} writes, through the same code.
     */
    static Path exportAtStartUp(RightsGraph graph) {
        try {
            Path dir = Files.createTempDirectory("un-rights-dumps");
            dir.toFile().deleteOnExit();
            for (Path file : Exporter.write(graph, dir)) {
                file.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect("/dumps/");
            return;
        }
        if (path.equals("/")) {
            Responses.html(response, listing());
            return;
        }
        Optional<Dump> dump = Dump.byFileName(path.substring(1));
        if (dump.isEmpty()) {
            Responses.notFound(response, "No such file", "There is no download of that name.", "/dumps/", "list of downloads");
            return;
        }
        Path file = dir.resolve(dump.get().fileName());
        response.setContentType(dump.get().gzipped() ? "application/gzip" : Responses.contentType(dump.get().mediaType()));
        response.setContentLengthLong(Files.size(file));
        response.setHeader("Content-Disposition", "inline; filename=\"" + dump.get().fileName() + "\"");
        Files.copy(file, response.getOutputStream());
    }

    private String listing() throws IOException {
        Dump[] dumps = Dump.values();
        long[] sizes = new long[dumps.length];
        for (int i = 0; i < dumps.length; i++) {
            sizes[i] = Files.size(dir.resolve(dumps[i].fileName()));
        }
        return Layout.page("Downloads", html -> {
            html.element("h1", "Downloads");
            html.open("p").text("The whole graph, written when it was built, by the same exporter as ")
                    .element("code", "export --out DIR").text(". Sizes, media types and SHA-256 checksums are in ")
                    .link("/dumps/" + Dump.VOID.fileName(), Dump.VOID.fileName())
                    .text(", a VoID and DCAT description that also gives the triples per named graph and the instances per class. Data licence: CC BY 4.0.")
                    .close("p");
            html.open("table", "class", "dumps").open("thead").open("tr")
                    .element("th", "file").element("th", "what").element("th", "media type").element("th", "bytes")
                    .close("tr").close("thead").open("tbody");
            for (int i = 0; i < dumps.length; i++) {
                Dump dump = dumps[i];
                html.open("tr").open("td").link("/dumps/" + dump.fileName(), dump.fileName()).close("td")
                        .element("td", dump.title())
                        .element("td", dump.mediaType() + (dump.gzipped() ? " (gzip)" : ""))
                        .element("td", Long.toString(sizes[i]), "class", "number")
                        .close("tr");
            }
            html.close("tbody").close("table");
            html.open("p").text("To load the TriG into a store of your own with the graphs kept, e.g. Apache Jena: ")
                    .element("code", "tdb2.tdbloader --loc DB un-rights.trig").text(". See also ")
                    .link("/docs/QUERYING.md", "how to query the graph").text(".").close("p");
        });
    }
}
