package org.w3id.unrights.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.publish.Dumps;
import org.w3id.unrights.site.DumpFile;
import org.w3id.unrights.site.DumpsView;
import org.w3id.unrights.site.ErrorView;
import org.w3id.unrights.site.Link;

/**
 * {@code /dumps/}: the files the exporter wrote, as it wrote them, served by Jetty's own ResourceServlet (media
 * types, lengths, ranges, HEAD), and a page listing them. Only the names of {@link Dump} are served, so no other
 * file of the folder can be reached. The validators are {@link ConditionalGet}'s, which stand for the data's
 * version rather than a file's date, so Jetty's own ETags are off.
 */
final class DumpServlet extends ResourceServlet {
    /** How long a client is asked to wait for a dump still being written, in seconds. */
    static final String RETRY_AFTER = "30";

    private final Dumps dumps;
    private final Map<String, String> settings;

    DumpServlet(Dumps dumps) {
        this.dumps = dumps;
        this.settings = Map.of(
                "baseResource", dumps.dir().toUri().toString(),
                "pathInfoOnly", "true",
                "dirAllowed", "false",
                "etags", "false",
                "acceptRanges", "true");
    }

    /** The servlet's settings, given here rather than in a web.xml. */
    @Override
    public String getInitParameter(String name) {
        return settings.get(name);
    }

    /** The dumps' folder, and each dump's media type by its file name's ending, as Jetty looks it up. */
    @Override
    public void init() throws ServletException {
        try {
            // The folder the dumps are written into once the server listens: made now, so that Jetty finds the
            // directory it serves from rather than warning that it is not there.
            Files.createDirectories(dumps.dir());
        } catch (IOException e) {
            // A folder that cannot be made is reported when the dumps are written; until then nothing is served.
        }
        var types = ServletContextHandler.getServletContextHandler(getServletContext()).getMimeTypes();
        for (Dump dump : Dump.values()) {
            String name = dump.fileName();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            types.addMimeMapping(extension, dump.gzipped() ? "application/gzip" : Responses.contentType(dump.mediaType()));
        }
        super.init();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
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
        if (!dumps.ready(dump.get())) {
            // Dumps are written after the server starts: say when to come back rather than serve half a file.
            response.setHeader("Retry-After", RETRY_AFTER);
            Responses.error(response, new ErrorView(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Not written yet", "Not written yet",
                    dump.get().fileName() + " is being written for this version of the data; try again in a minute.",
                    Link.to("/dumps/", "list of downloads"), List.of()));
            return;
        }
        response.setHeader("Content-Disposition", "inline; filename=\"" + dump.get().fileName() + "\"");
        super.doGet(request, new DataValidatorsKept(response));
    }

    /** Keeps ConditionalGet's validators: Jetty would put the file's date in their place. */
    private static final class DataValidatorsKept extends HttpServletResponseWrapper {
        DataValidatorsKept(HttpServletResponse response) {
            super(response);
        }

        private static boolean validator(String name) {
            return name.equalsIgnoreCase("Last-Modified") || name.equalsIgnoreCase("ETag");
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!validator(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!validator(name)) {
                super.addDateHeader(name, date);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!validator(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!validator(name)) {
                super.addHeader(name, value);
            }
        }
    }

    private DumpsView listing() throws IOException {
        List<DumpFile> files = new ArrayList<>();
        for (Dump dump : Dump.values()) {
            files.add(file(dumps, dump, true));
        }
        return new DumpsView(files, file(dumps, Dump.VOID, false));
    }

    /** How a dump is listed: with its size if {@code sized} and written, as being written if not yet. */
    static DumpFile file(Dumps dumps, Dump dump, boolean sized) throws IOException {
        boolean ready = dumps.ready(dump);
        long bytes = ready && sized ? Files.size(dumps.dir().resolve(dump.fileName())) : -1;
        return new DumpFile(dump.fileName(), dump.title(), dump.mediaType(), dump.gzipped(), bytes, ready);
    }
}
