package org.w3id.unrights.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.unrights.export.Release;
import org.w3id.unrights.graph.Statistics;
import org.w3id.unrights.load.Kind;
import org.w3id.unrights.load.KindMap;
import org.w3id.unrights.site.BallotIndex;
import org.w3id.unrights.site.KindPage;
import org.w3id.unrights.site.KindView;
import org.w3id.unrights.site.Labels;
import org.w3id.unrights.site.Link;
import org.w3id.unrights.site.NotFoundView;
import org.w3id.unrights.site.ResourcePage;
import org.w3id.unrights.site.SharedLabels;
import org.w3id.unrights.site.VoteFilter;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;

/**
 * Dereferences the project's IRIs: {@code GET /id/{kind}/{key}} (keys may hold slashes) answers for
 * {@code https://w3id.org/un-rights/id/{kind}/{key}} as HTML for people, or as Turtle, JSON-LD, N-Triples,
 * RDF/XML, TriG or N-Quads (the last two keep the graph of each fact) by {@code Accept} or {@code ?format=}; the
 * RDF gives the resource's own facts first and the links to it a page at a time ({@link ResourceDescription}), and
 * every answer says where its other formats are ({@link LinkHeaders}).
 * The same servlet serves the SKOS concepts under {@code /vocab/}, and under {@code /id/{kind}/} the listing of
 * every resource of a kind.
 */
final class DereferenceServlet extends HttpServlet {
    static final Negotiation FORMATS = new Negotiation(
            new Negotiation.Offer(Responses.HTML, "html"),
            new Negotiation.Offer(Lang.TURTLE.getHeaderString(), "ttl", "turtle"),
            new Negotiation.Offer(Lang.JSONLD.getHeaderString(), "jsonld", "json", "application/json"),
            new Negotiation.Offer(Lang.NTRIPLES.getHeaderString(), "nt", "ntriples"),
            new Negotiation.Offer(Lang.RDFXML.getHeaderString(), "rdf", "xml", "rdfxml"),
            new Negotiation.Offer(Lang.TRIG.getHeaderString(), "trig"),
            new Negotiation.Offer(Lang.NQUADS.getHeaderString(), "nq", "nquads"));
    private static final int SIMILAR = 8;
    /** Members of a kind a missing IRI's key is compared with, at most: the states, bodies, votes and documents, not the ballots. */
    private static final int MOST_CANDIDATES = 50_000;
    /** {@code /{kind}/}, the listing of a kind under {@code /id}. */
    private static final Pattern LISTING = Pattern.compile("/[a-z-]+/");

    private final DatasetGraph dataset;
    private final Supplier<KindMap> kinds;
    private final Statistics statistics;
    private final Release release;
    private final BallotIndex ballots;
    private final SharedLabels labels;

    /**
     * @param dataset the dataset with its named graphs (not the union view), so each fact keeps its source
     * @param kinds   the kinds of resource, for the listings and the headings of the links: read from the shapes at
     *                the first page, not at the start
     * @param statistics the build's counts: how many members each kind has, without reading them
     * @param release the data version a resource is cited with
     * @param ballots the states' ballots, as their pages list them
     * @param labels  the labels of {@code dataset}'s things, kept across requests
     */
    DereferenceServlet(DatasetGraph dataset, Supplier<KindMap> kinds, Statistics statistics, Release release, BallotIndex ballots,
            SharedLabels labels) {
        this.dataset = dataset;
        this.labels = labels;
        this.kinds = kinds;
        this.statistics = statistics;
        this.release = release;
        this.ballots = ballots;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getPathInfo() != null && LISTING.matcher(request.getPathInfo()).matches() && request.getServletPath().equals("/id")) {
            listing(request, response, request.getPathInfo().substring(1, request.getPathInfo().length() - 1));
            return;
        }
        Node resource = NodeFactory.createURI(Ids.BASE + request.getServletPath().substring(1)
                + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        Optional<String> negotiated = FORMATS.negotiate(request, response);
        if (negotiated.isEmpty()) {
            return;
        }
        String mediaType = negotiated.get();
        boolean html = mediaType.equals(Responses.HTML);
        String pageParameter = request.getParameter(ResourceDescription.PAGE);
        int page = pageParameter == null || html ? 1 : Responses.pageNumber(pageParameter);
        Txn.executeRead(dataset, () -> {
            try {
                ResourceDescription description = page < 1 ? null
                        : html ? ResourceDescription.forPage(dataset, resource) : ResourceDescription.of(dataset, resource, page);
                Optional<Redirect> elsewhere = description == null || !description.isEmpty() ? Optional.empty()
                        : rekeyed(resource).or(() -> bySymbol(resource));
                if (elsewhere.isPresent()) {
                    response.setStatus(elsewhere.get().status());
                    response.setHeader("Location", Labels.href(elsewhere.get().to()));
                } else if (description == null || description.isEmpty()) {
                    notFound(response, resource);
                } else if (description.pastTheEnd()) {
                    Responses.notFound(response, "No such page of links", "The description of " + resource.getURI()
                            + " has no page " + page + " of links to it.", Labels.href(resource), "its first page");
                } else {
                    LinkHeaders.resource(response, Labels.href(resource), resource.getURI(), release);
                    if (html) {
                        Responses.page(response, new ResourcePage(dataset, kinds.get(), ballots, statistics, labels.forRequest()).view(resource, description.quads(), FORMATS.links(Labels.href(resource)),
                                Optional.ofNullable(request.getParameter("links")).orElse(""), Responses.pageNumber(request.getParameter("page")),
                                LinkHeaders.citation(release), VoteFilter.of(request.getParameter("topic"), request.getParameter("from"),
                                        request.getParameter("to"))));
                    } else {
                        description.next().ifPresent(next -> LinkHeaders.next(response, next));
                        response.setContentType(Responses.contentType(mediaType));
                        description.write(mediaType, response.getOutputStream());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }


    /** {@code /id/{kind}/}: every resource of the kind, a page at a time ({@code ?page=}), sorted ({@code ?sort=}). */
    private void listing(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        Optional<Kind> kind = kinds.get().byPath(path);
        String sort = Optional.ofNullable(request.getParameter("sort")).orElse(KindPage.SORTS.get(0));
        int page = Responses.pageNumber(request.getParameter("page"));
        Optional<KindView> view = kind.isEmpty() || !KindPage.SORTS.contains(sort) ? Optional.empty()
                : Txn.calculateRead(dataset, () -> new KindPage(dataset, labels.forRequest()).view(kind.get(), sort, page, counted(kind.get())));
        if (view.isEmpty()) {
            Responses.notFound(response, "No such listing", "There is no listing " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString())
                    + ": the kinds, their orders and pages are linked from the home page.", "/#kinds", "the kinds of resource");
            return;
        }
        Responses.page(response, view.get());
    }

    /** Where an IRI that describes nothing sends its reader instead, and with which status. */
    private record Redirect(int status, Node to) {}

    /**
     * The one thing of the same kind that was published under the IRI's key before ({@code unr:formerKey}):
     * 301 Moved Permanently, since the old IRI names the same thing and should be replaced by the new one.
     */
    private Optional<Redirect> rekeyed(Node resource) {
        String path = resource.getURI().substring(Ids.ID.length());
        int slash = path.indexOf('/');
        if (slash < 1) {
            return Optional.empty();
        }
        String prefix = Ids.ID + path.substring(0, slash + 1);
        return theOneCarrying(Unr.formerKey, path.substring(slash + 1), s -> s.getURI().startsWith(prefix))
                .map(now -> new Redirect(HttpServletResponse.SC_MOVED_PERMANENTLY, now));
    }

    /**
     * The one resolution or document whose {@code unr:symbol} is the key of {@code id/resolution/{key}} or
     * {@code id/document/{key}}: the articles describe some under a key of their own, and the UN symbol must
     * reach them too (303 See Other). Empty when none, or more than one, carries the symbol.
     */
    private Optional<Redirect> bySymbol(Node resource) {
        for (String kind : List.of("resolution", "document")) {
            String prefix = Ids.ID + kind + "/";
            if (resource.getURI().startsWith(prefix)) {
                return theOneCarrying(Unr.symbol, resource.getURI().substring(prefix.length()), s -> true)
                        .map(carrier -> new Redirect(HttpServletResponse.SC_SEE_OTHER, carrier));
            }
        }
        return Optional.empty();
    }

    /** The one resource among {@code among} whose {@code property} is the plain string {@code value}; empty when none or several. */
    private Optional<Node> theOneCarrying(Node property, String value, Predicate<Node> among) {
        List<Node> carriers = dataset.stream(Node.ANY, Node.ANY, property, NodeFactory.createLiteralString(value)).map(Quad::getSubject)
                .filter(s -> s.isURI() && among.test(s)).distinct().limit(2).toList();
        return carriers.size() == 1 ? Optional.of(carriers.get(0)) : Optional.empty();
    }

    /** 404 in HTML whatever was asked, since a person is the one who has to act on it. */
    private void notFound(HttpServletResponse response, Node resource) throws IOException {
        Responses.dropNegotiated(response);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        Responses.page(response, new NotFoundView(resource.getURI(), similar(resource)));
    }

    /**
     * Resources of the same kind whose key shares the most with the one asked for; none for a kind of more than
     * {@link #MOST_CANDIDATES} (the record's ballots), whose members a miss would otherwise read every time.
     */
    private List<NotFoundView.Suggestion> similar(Node resource) {
        String iri = resource.getURI();
        int lastSlash = iri.indexOf('/', Ids.ID.length());
        if (!iri.startsWith(Ids.ID) || lastSlash < 0) {
            return List.of();
        }
        String kindPrefix = iri.substring(0, lastSlash + 1);
        String key = iri.substring(lastSlash + 1).toLowerCase(Locale.ROOT);
        Labels named = labels.forRequest();
        Optional<Set<Node>> candidates = kinds.get().byPath(iri.substring(Ids.ID.length(), lastSlash))
                .filter(kind -> counted(kind) <= MOST_CANDIDATES)
                .flatMap(kind -> new KindPage(dataset, named).membersUpTo(kind, MOST_CANDIDATES));
        if (candidates.isEmpty()) {
            return List.of();
        }
        return candidates.get().stream().filter(s -> s.getURI().startsWith(kindPrefix))
                .sorted(Comparator.comparingInt((Node s) -> -likeness(key, s.getURI().substring(kindPrefix.length()).toLowerCase(Locale.ROOT)))
                        .thenComparing(Node::getURI))
                .limit(SIMILAR)
                .map(s -> new NotFoundView.Suggestion(Link.to(Labels.href(s), named.of(s)), Labels.shortForm(s)))
                .toList();
    }

    /** The members of {@code kind} as the build counted them. */
    private long counted(Kind kind) {
        return statistics.instancesOfKind(kind.type().getURI());
    }

    /** Shared leading characters, with a bonus when one key contains the other. */
    private static int likeness(String asked, String candidate) {
        int common = 0;
        while (common < asked.length() && common < candidate.length() && asked.charAt(common) == candidate.charAt(common)) {
            common++;
        }
        boolean contains = !asked.isEmpty() && (candidate.contains(asked) || asked.contains(candidate));
        return common + (contains ? 100 : 0);
    }
}
