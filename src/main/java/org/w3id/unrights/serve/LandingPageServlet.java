package org.w3id.unrights.serve;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.site.DumpFile;
import org.w3id.unrights.site.LandingView;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Unr;

/**
 * {@code /}: what the graph holds and for whom, counts taken from the served data, the named queries with
 * a button to run each, the SPARQL editor, charts drawn from live queries, and the ways to get the data.
 */
final class LandingPageServlet extends HttpServlet {
    /**
     * The classes counted on the page, with the plural shown. Subclasses count toward their class
     * ({@link Statistics#instancesOfKind()}), so these are not VoID's class partitions, which count each class
     * as typed; the triples are VoID's {@code void:triples}, the asserted ones.
     */
    private static final Map<Node, String> COUNTED = counted();

    private final NamedQueries queries;
    /** Counted once: the served dataset is read-only, so the numbers cannot change while the server runs. */
    private final Map<String, Long> counts;

    /** @param stats the counts of the served graph, the same that the dumps' VoID gives */
    LandingPageServlet(Statistics stats, NamedQueries queries) {
        this.queries = queries;
        this.counts = counts(stats);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpoint = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + RightsServer.SPARQL;
        List<LandingView.Count> shown = counts.entrySet().stream().map(c -> new LandingView.Count(c.getKey(), c.getValue())).toList();
        List<DumpFile> dumps = Arrays.stream(Dump.values()).map(d -> DumpServlet.file(d, -1)).toList();
        Responses.page(response, new LandingView(shown, queries.all().stream().map(NamedQueryServlet::card).toList(), endpoint, dumps));
    }

    private static Map<String, Long> counts(Statistics stats) {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTED.forEach((type, plural) -> counts.put(plural, stats.instancesOfKind(type.getURI())));
        counts.put("triples", stats.triples());
        return counts;
    }

    private static Map<Node, String> counted() {
        Map<Node, String> counted = new LinkedHashMap<>();
        counted.put(Unr.State, "states");
        counted.put(Unr.Body, "bodies and organisations");
        counted.put(Unr.Person, "people");
        counted.put(Unr.Mechanism, "mechanisms");
        counted.put(Unr.Resolution, "resolutions");
        counted.put(Unr.Vote, "votes");
        counted.put(Unr.Review, "periodic reviews");
        counted.put(Unr.Statement, "statements");
        counted.put(Unr.Position, "positions");
        counted.put(Unr.Event, "events");
        counted.put(Unr.Source, "sources");
        return counted;
    }
}
