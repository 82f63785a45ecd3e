package org.w3id.unrights.serve;

import java.io.IOException;
import java.util.ArrayList;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.unrights.export.Dump;
import org.w3id.unrights.graph.Once;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.load.Kind;
import org.w3id.unrights.load.KindMap;
import org.w3id.unrights.publish.Dumps;
import org.w3id.unrights.query.NamedQueries;
import org.w3id.unrights.query.NamedQuery;
import org.w3id.unrights.site.DumpFile;
import org.w3id.unrights.site.LandingView;
import org.w3id.unrights.vocab.Prefixes;

/**
 * {@code /}: what the graph holds and for whom, counts taken from the served data, the named queries with
 * a button to run each, the SPARQL editor, charts drawn from live queries, and the ways to get the data.
 */
final class LandingPageServlet extends HttpServlet {
    /** At most this many questions on the landing page. */
    private static final int FEATURED = 6;

    private final NamedQueries queries;
    /**
     * Counted once, at the first request (the kinds come from the shapes, which a start does not read): the served
     * dataset is read-only, so the numbers cannot change while the server runs.
     */
    private final Supplier<List<LandingView.Count>> counts;
    /** Every kind with members, with its count, linked to its listing. */
    private final Supplier<List<LandingView.Count>> kinds;

    private final Dumps dumps;

    /** @param stats the counts of the served graph, the same that the dumps' VoID gives */
    LandingPageServlet(Statistics stats, Supplier<KindMap> kindMap, NamedQueries queries, Dumps dumps) {
        this.queries = queries;
        this.dumps = dumps;
        this.counts = Once.of(() -> counts(stats, kindMap.get()));
        this.kinds = Once.of(() -> kindMap.get().kinds().stream().filter(k -> stats.instancesOfKind(k.type().getURI()) > 0)
                .map(k -> new LandingView.Count(k.plural(), stats.instancesOfKind(k.type().getURI()), listing(k)))
                .toList());
    }

    /** Where the resources of a kind are listed. */
    static String listing(Kind kind) {
        return "/id/" + kind.path() + "/";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpoint = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + RightsServer.SPARQL;
        List<DumpFile> files = new ArrayList<>();
        for (Dump dump : Dump.values()) {
            files.add(DumpServlet.file(dumps, dump, false));
        }
        Responses.page(response, new LandingView(counts.get(), kinds.get(), featured().stream().map(NamedQueryServlet::card).toList(),
                queries.all().size(), endpoint, files));
    }

    /**
     * The questions the landing page shows: those marked {@code # featured: true}, or the first few when none is;
     * all of them are at {@code /queries/}, so the page stays a few screens long however many there are.
     */
    private List<NamedQuery> featured() {
        List<NamedQuery> marked = queries.all().stream().filter(NamedQuery::featured).toList();
        return (marked.isEmpty() ? queries.all() : marked).stream().limit(FEATURED).toList();
    }

    /**
     * The headline figures: the kinds the shapes mark {@code unrsh:featured}, then the triples. Subclasses count
     * toward their class ({@link Statistics#instancesOfKind()}), so these are not VoID's class partitions, which
     * count each class as typed; the triples are VoID's {@code void:triples}, the asserted ones.
     */
    private static List<LandingView.Count> counts(Statistics stats, KindMap kinds) {
        List<LandingView.Count> counts = new ArrayList<>();
        kinds.kinds().stream().filter(Kind::featured).forEach(kind -> counts.add(
                new LandingView.Count(kind.plural().toLowerCase(Locale.ROOT), stats.instancesOfKind(kind.type().getURI()), listing(kind))));
        counts.add(new LandingView.Count("triples", stats.triples(), null));
        return counts;
    }
}
