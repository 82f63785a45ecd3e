package org.w3id.unrights.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/** Reads the {@link Highlights} of a resource from the graph. Call inside a read transaction. */
final class ResourceHighlights {
    /** Where a UN document symbol resolves to its official text. */
    static final String UNDOCS = "https://undocs.org/";
    /** Positions listed in a state's summary; the rest are counted. */
    private static final int POSITIONS = 12;
    /** A state's ballots listed beside its chart; a roll-call data set gives each state thousands. */
    static final int LATEST_VOTES = 50;

    private final DatasetGraph dataset;
    private final Labels labels;
    private final BallotIndex ballots;

    ResourceHighlights(DatasetGraph dataset, Labels labels, BallotIndex ballots) {
        this.dataset = dataset;
        this.labels = labels;
        this.ballots = ballots;
    }

    Highlights of(Node resource) {
        return of(resource, VoteFilter.NONE);
    }

    /** The highlights, a state's ballots charted and listed as {@code filter} keeps them. */
    Highlights of(Node resource, VoteFilter filter) {
        Link official = first(resource, Unr.symbol).map(ResourceHighlights::official).orElse(null);
        boolean state = has(resource, Unr.State);
        boolean vote = has(resource, Unr.Vote);
        List<BallotIndex.Cast> cast = state ? ballots.of(resource) : List.of();
        return new Highlights(official, roles(resource), state ? stateSummary(resource, cast.size()) : null,
                vote ? ballots(resource) : null, state ? history(cast, filter) : null, vote ? tallies(resource) : List.of());
    }

    /**
     * Every account, in any graph, of a vote on a text this vote is on: this vote's own, an article's tally of
     * the committee vote, the roll calls' count of the plenary vote. Shown side by side, never reconciled.
     */
    private List<Highlights.Tally> tallies(Node vote) {
        List<Node> texts = dataset.stream(Node.ANY, vote, Unr.onResolution, Node.ANY).map(Quad::getObject).distinct().toList();
        List<Highlights.Tally> tallies = new ArrayList<>();
        texts.stream()
                .flatMap(text -> dataset.stream(Node.ANY, Node.ANY, Unr.onResolution, text))
                .map(q -> List.of(q.getGraph(), q.getSubject())).distinct()
                .forEach(account -> {
                    Node g = account.get(0);
                    Node v = account.get(1);
                    Optional<String> yes = in(g, v, Unr.yesCount);
                    if (yes.isEmpty()) {
                        return;
                    }
                    tallies.add(new Highlights.Tally(labels.link(v), inNode(g, v, Unr.inBody).map(labels::link).orElse(null),
                            in(g, v, Unr.date).orElse(""), yes.get(), in(g, v, Unr.noCount).orElse("–"),
                            in(g, v, Unr.abstainCount).orElse("–"), inNode(g, v, Std.provWasDerivedFrom).map(labels::link).orElse(null),
                            in(g, v, Unr.locator).orElse(""), dataset.contains(g, v, Unr.inferredProperty, Unr.yesCount)));
                });
        if (tallies.size() < 2) {
            return List.of();
        }
        tallies.sort(Comparator.comparing(Highlights.Tally::date).thenComparing(t -> t.vote().text()));
        return tallies;
    }

    private Optional<Node> inNode(Node graph, Node node, Node property) {
        return firstValue(dataset, graph, node, property);
    }

    /** The first value of {@code property} of {@code node} in {@code graph} (or any), in the order of their text: the one a page shows. */
    static Optional<Node> firstValue(DatasetGraph dataset, Node graph, Node node, Node property) {
        return dataset.stream(graph, node, property, Node.ANY).map(Quad::getObject).sorted(Comparator.comparing(Node::toString)).findFirst();
    }

    private Optional<String> in(Node graph, Node node, Node property) {
        return inNode(graph, node, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** A link to the official text of a UN document symbol; null for one that cannot be a path. */
    static Link official(String symbol) {
        try {
            String path = new URI(null, null, "/" + symbol, null).getRawPath();
            return Link.to(UNDOCS + path.substring(1), symbol);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private List<Highlights.Role> roles(Node holder) {
        List<Node> roles = subjects(Std.orgMember, holder).stream().filter(r -> has(r, Unr.Role)).toList();
        return roles.stream()
                .sorted(Comparator.comparing((Node r) -> first(r, Unr.startDate).orElse("9999")).thenComparing(labels::of))
                .map(r -> new Highlights.Role(labels.link(r), first(r, Unr.roleTitle).orElse(labels.of(r)),
                        firstOf(r, Unr.mandate, Std.orgOrganization).map(labels::link).orElse(null), term(r)))
                .toList();
    }

    private Highlights.StateSummary stateSummary(Node state, long ballots) {
        List<Node> positions = subjects(Unr.holder, state).stream().filter(p -> has(p, Unr.Position))
                .sorted(Comparator.comparing((Node p) -> first(p, Unr.startDate).orElse("9999")).thenComparing(labels::of)).toList();
        long statements = subjects(Unr.onBehalfOf, state).stream().filter(s -> has(s, Unr.Statement)).count();
        List<Highlights.Position> listed = positions.stream().limit(POSITIONS)
                .map(p -> new Highlights.Position(labels.link(p), firstNode(p, Unr.stance).map(labels::of).orElse(""),
                        firstNode(p, Unr.toward).map(labels::link).orElse(null), term(p)))
                .toList();
        return new Highlights.StateSummary(positions.size(), (int) statements, (int) ballots, listed, reviews(state));
    }

    /** The reviews of a state's record (the Universal Periodic Review's cycles), in cycle order. */
    private List<Highlights.Review> reviews(Node state) {
        return subjects(Unr.concerns, state).stream().filter(r -> has(r, Unr.Review))
                .map(r -> new Highlights.Review(labels.link(r), first(r, Unr.cycle).orElse(""),
                        // Sources date a review to the year or the month: the most precise is shown.
                        dataset.stream(Node.ANY, r, Unr.date, Node.ANY).map(q -> q.getObject()).filter(Node::isLiteral)
                                .map(Node::getLiteralLexicalForm).max(Comparator.comparingInt(String::length)).orElse("")))
                .sorted(Comparator.comparing((Highlights.Review r) -> r.cycle().length()).thenComparing(Highlights.Review::cycle)
                        .thenComparing(Highlights.Review::date))
                .toList();
    }

    private Highlights.Ballots ballots(Node vote) {
        List<Highlights.Ballot> rows = new ArrayList<>();
        dataset.stream(Node.ANY, vote, Unr.hasBallot, Node.ANY).map(Quad::getObject).distinct().forEach(ballot -> {
            Optional<Node> voter = firstNode(ballot, Unr.voter);
            Optional<Node> option = firstNode(ballot, Unr.option);
            if (voter.isPresent() && option.isPresent()) {
                rows.add(new Highlights.Ballot(labels.link(voter.get()), first(voter.get(), Unr.m49Code).orElse(""),
                        key(option.get()), labels.of(option.get()), labels.link(ballot)));
            }
        });
        if (rows.isEmpty()) {
            return null;
        }
        rows.sort(Comparator.comparing((Highlights.Ballot b) -> optionOrder(b.option())).thenComparing(b -> b.state().text()));
        return new Highlights.Ballots(rows, counts(rows.stream().map(b -> Map.entry(b.option(), b.optionLabel())).toList()));
    }

    private Highlights.VoteHistory history(List<BallotIndex.Cast> all, VoteFilter filter) {
        if (all.isEmpty()) {
            return null;
        }
        List<BallotIndex.Cast> cast = all.stream().filter(filter::matches).toList();
        Map<Node, String> optionLabels = new java.util.HashMap<>();
        Map<String, List<Map.Entry<String, String>>> byYear = new TreeMap<>();
        for (BallotIndex.Cast c : cast) {
            String year = c.date().length() >= 4 ? c.date().substring(0, 4) : "undated";
            byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(Map.entry(key(c.option()), optionLabels.computeIfAbsent(c.option(), labels::of)));
        }
        List<Highlights.Year> years = new ArrayList<>();
        byYear.forEach((year, options) -> years.add(new Highlights.Year(year, counts(options))));
        int most = years.stream().mapToInt(Highlights.Year::total).max().orElse(1);
        return new Highlights.VoteHistory(years, most, latest(cast, optionLabels), cast.size(), all.size(), filter, topics());
    }

    /** The topics a state's ballots can be filtered by: a country's situation, then the data set's issues by name. */
    private List<Highlights.Topic> topics() {
        Node scheme = Ids.scheme("unga-issue");
        List<Highlights.Topic> topics = new ArrayList<>(List.of(new Highlights.Topic(VoteFilter.COUNTRY, "one country's situation")));
        dataset.stream(Node.ANY, Node.ANY, Std.skosInScheme, scheme).map(Quad::getSubject).filter(Node::isURI).distinct()
                .flatMap(issue -> VoteFilter.topic(issue).map(key -> new Highlights.Topic(key, labels.of(issue))).stream())
                .sorted(Comparator.comparing(Highlights.Topic::label, String.CASE_INSENSITIVE_ORDER)).forEach(topics::add);
        return topics;
    }

    /**
     * What people come for first, {@link #LATEST_VOTES} of them: the votes on human rights and on one country's
     * situation, newest first, then by title. Titles are made only for the votes that can be among them (a state
     * has cast thousands of ballots; a title takes several look-ups).
     */
    private List<Highlights.StateVote> latest(List<BallotIndex.Cast> cast, Map<Node, String> optionLabels) {
        Comparator<BallotIndex.Cast> byWhatMatters = Comparator.comparing(BallotIndex.Cast::onRights).reversed()
                .thenComparing(Comparator.comparing(BallotIndex.Cast::date).reversed());
        List<BallotIndex.Cast> sorted = new ArrayList<>(cast);
        sorted.sort(byWhatMatters);
        int end = Math.min(LATEST_VOTES, sorted.size());
        // The last listed vote's ties (same kind, same day) may come before it by title.
        while (end < sorted.size() && byWhatMatters.compare(sorted.get(end - 1), sorted.get(end)) == 0) {
            end++;
        }
        List<BallotIndex.Cast> candidates = sorted.subList(0, end);
        Map<Node, Link> links = new java.util.HashMap<>();
        candidates.forEach(c -> links.computeIfAbsent(c.vote(), labels::link));
        return candidates.stream().sorted(byWhatMatters.thenComparing(c -> links.get(c.vote()).text())).limit(LATEST_VOTES)
                .map(c -> new Highlights.StateVote(links.get(c.vote()), c.date(), key(c.option()), optionLabels.get(c.option()), c.onRights()))
                .toList();
    }

    /** Counts of each option, in {@link Highlights#OPTIONS} order, every option listed (0 where none). */
    private static List<Highlights.OptionCount> counts(List<Map.Entry<String, String>> options) {
        Map<String, Highlights.OptionCount> counts = new LinkedHashMap<>();
        for (String option : Highlights.OPTIONS) {
            counts.put(option, new Highlights.OptionCount(option, option, 0));
        }
        for (Map.Entry<String, String> option : options) {
            counts.merge(option.getKey(), new Highlights.OptionCount(option.getKey(), option.getValue(), 1),
                    (a, b) -> new Highlights.OptionCount(a.option(), b.label(), a.n() + 1));
        }
        return List.copyOf(counts.values());
    }

    private static int optionOrder(String option) {
        int i = Highlights.OPTIONS.indexOf(option);
        return i < 0 ? Highlights.OPTIONS.size() : i;
    }

    /** "2010 – 2016", "since 2016", "until 2016", or empty. */
    private String term(Node node) {
        Optional<String> from = first(node, Unr.startDate);
        Optional<String> to = first(node, Unr.endDate);
        if (from.isPresent() && to.isPresent()) {
            return from.get() + " – " + to.get();
        }
        return from.map(f -> "since " + f).or(() -> to.map(t -> "until " + t)).orElse("");
    }

    /** The last segment of a concept's IRI: {@code yes} for vocab/vote-option/yes. */
    private static String key(Node concept) {
        String iri = concept.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private boolean has(Node node, Node type) {
        return dataset.contains(Node.ANY, node, Std.rdfType, type);
    }

    private List<Node> subjects(Node property, Node object) {
        return dataset.stream(Node.ANY, Node.ANY, property, object).map(Quad::getSubject).distinct().toList();
    }

    private Optional<Node> firstNode(Node node, Node property) {
        return inNode(Node.ANY, node, property);
    }

    private Optional<String> first(Node node, Node property) {
        return in(Node.ANY, node, property);
    }

    /** The first value of the first of {@code properties} the node has. */
    private Optional<Node> firstOf(Node node, Node... properties) {
        for (Node property : properties) {
            Optional<Node> value = firstNode(node, property);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
