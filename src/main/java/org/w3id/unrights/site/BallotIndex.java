package org.w3id.unrights.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.unrights.graph.Once;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Unr;
import org.w3id.unrights.votes.VoteMatrix;

/**
 * A state's ballots as its page lists them: those of the data sets read from the graph's {@link VoteMatrix}
 * (thousands a state, each otherwise several look-ups), those of the curated sources from their graphs; and
 * whether each vote is on human rights, looked up once per vote for the life of the server. One per served
 * graph, shared by every request. Call inside a read transaction.
 */
public final class BallotIndex {
    private static final Node[] OPTIONS = {null, Ids.concept("vote-option", "yes"), Ids.concept("vote-option", "no"),
            Ids.concept("vote-option", "abstain")};
    /** The topic of the roll-call data set's human-rights issue. */
    private static final String HUMAN_RIGHTS = "hr";

    private final RightsGraph graph;
    private final Map<Node, Set<String>> topics = new ConcurrentHashMap<>();
    /** The curated graphs, found at the first page: a served graph's graphs do not change. */
    private final Supplier<List<Node>> curatedGraphs;

    public BallotIndex(RightsGraph graph) {
        this.graph = graph;
        this.curatedGraphs = Once.of(() -> List.copyOf(graph.curatedGraphs()));
    }

    /** One ballot of a state: the vote it was cast in, that vote's date, the option and the vote's topics. */
    record Cast(Node vote, String date, Node option, Set<String> topics) {
        /** Whether the vote is on human rights or on one country's situation: what people come to a state's page for. */
        boolean onRights() {
            return topics.contains(HUMAN_RIGHTS) || topics.contains(VoteFilter.COUNTRY);
        }
    }

    /** Every ballot {@code state} cast, in any graph. */
    List<Cast> of(Node state) {
        DatasetGraph dataset = graph.dataset();
        List<Cast> cast = new ArrayList<>();
        VoteMatrix matrix = graph.votes();
        matrix.state(state).ifPresent(s -> {
            for (int r = 0; r < matrix.rollCalls(); r++) {
                byte ballot = matrix.ballot(r, s);
                if (ballot != VoteMatrix.NONE) {
                    Node vote = matrix.rollCall(r);
                    cast.add(new Cast(vote, matrix.date(r).map(LocalDate::toString).orElse(""), OPTIONS[ballot], topics(vote)));
                }
            }
        });
        // The curated sources' few ballots, by look-up in their graphs alone; the data sets' are in the matrix.
        curatedGraphs.get().stream().flatMap(g -> dataset.stream(g, Node.ANY, Unr.voter, state)).map(Quad::getSubject).distinct()
                .forEach(ballot -> {
                    Node option = first(ballot, Unr.option);
                    Node vote = dataset.stream(Node.ANY, Node.ANY, Unr.hasBallot, ballot).map(Quad::getSubject).findFirst().orElse(null);
                    if (option != null && vote != null) {
                        Node date = first(vote, Unr.date);
                        cast.add(new Cast(vote, date != null && date.isLiteral() ? date.getLiteralLexicalForm() : "", option, topics(vote)));
                    }
                });
        return cast;
    }

    /**
     * A vote's topics, looked up once per vote: the keys of the issues the roll-call data set files it under, and
     * {@link VoteFilter#COUNTRY} when it is on a text about one state's situation ({@code unr:concerns}).
     */
    private Set<String> topics(Node vote) {
        return topics.computeIfAbsent(vote, v -> {
            DatasetGraph dataset = graph.dataset();
            Set<String> found = new TreeSet<>();
            dataset.stream(Node.ANY, v, Unr.issue, Node.ANY).flatMap(q -> VoteFilter.topic(q.getObject()).stream()).forEach(found::add);
            if (dataset.stream(Node.ANY, v, Unr.onResolution, Node.ANY).anyMatch(q -> dataset.contains(Node.ANY, q.getObject(), Unr.concerns, Node.ANY))) {
                found.add(VoteFilter.COUNTRY);
            }
            return Set.copyOf(found);
        });
    }

    private Node first(Node node, Node property) {
        return ResourceHighlights.firstValue(graph.dataset(), Node.ANY, node, property).orElse(null);
    }
}
