package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.export.Exporter;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.site.DumpFile;
import org.w3id.unrights.site.DumpsView;

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
     * Writes the release with the exporter, once, into a fresh folder removed when the JVM exits: the
     * server offers exactly what {@code export --out DIR} writes, through the same code.
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
            Responses.page(response, listing());
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

    private DumpsView listing() throws IOException {
        List<DumpFile> files = new ArrayList<>();
        for (Dump dump : Dump.values()) {
            files.add(file(dump, Files.size(dir.resolve(dump.fileName()))));
        }
        return new DumpsView(files, file(Dump.VOID, -1));
    }

    static DumpFile file(Dump dump, long bytes) {
        return new DumpFile(dump.fileName(), dump.title(), dump.mediaType(), dump.gzipped(), bytes);
    }
}
