package org.w3id.unrights.votes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.unrights.vocab.Unr;

/**
 * Passes quads on unchanged and, from those in the data sets' graphs, fills a {@link VoteMatrix}: a roll call's
 * {@code unr:date} and {@code unr:issue}, its {@code unr:hasBallot} links, and each ballot's {@code unr:voter}
 * and {@code unr:option}. A ballot is entered once all three of its facts have passed, in whatever order; the
 * roll-call loader sends them one after the other, so the ballots waiting for a fact stay few.
 */
public final class VoteCollector extends StreamRDFWrapper {
    private final Set<Node> graphs;
    private final Map<Node, Integer> rollCallIndex = new HashMap<>();
    private final List<RollCall> rollCalls = new ArrayList<>();
    private final List<Node> states = new ArrayList<>();
    private final Map<Node, Integer> stateIndex = new HashMap<>();
    private final List<Node> issues = new ArrayList<>();
    private final Map<Node, Integer> issueIndex = new HashMap<>();
    private final Map<Node, Waiting> waiting = new HashMap<>();

    /** Watches the quads of {@code graphs} on their way to {@code downstream}. */
    public VoteCollector(Set<Node> graphs, StreamRDF downstream) {
        super(downstream);
        this.graphs = Set.copyOf(graphs);
    }

    /** The matrix of the data sets' graphs of a dataset already built (one not made by a publisher's load). */
    public static VoteMatrix scan(DatasetGraph dataset, Set<Node> graphs) {
        VoteCollector collector = new VoteCollector(graphs, org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        Txn.executeRead(dataset, () -> graphs.forEach(g -> dataset.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(collector::watch)));
        return collector.matrix();
    }

    @Override
    public void quad(Quad quad) {
        watch(quad);
        super.quad(quad);
    }

    private void watch(Quad quad) {
        if (!graphs.contains(quad.getGraph())) {
            return;
        }
        Node p = quad.getPredicate();
        Node s = quad.getSubject();
        Node o = quad.getObject();
        if (p.equals(Unr.hasBallot)) {
            waiting(o).rollCall = rollCall(s);
        } else if (p.equals(Unr.voter)) {
            waiting(s).state = o;
        } else if (p.equals(Unr.option)) {
            VoteMatrix.code(o).ifPresent(option -> waiting(s).option = option);
        } else if (p.equals(Unr.date) && o.isLiteral()) {
            rollCalls.get(rollCall(s)).day = day(o.getLiteralLexicalForm());
        } else if (p.equals(Unr.issue) && o.isURI()) {
            Integer bit = issueIndex.get(o);
            if (bit == null && issues.size() < VoteMatrix.MAX_ISSUES) {
                bit = issues.size();
                issues.add(o);
                issueIndex.put(o, bit);
            }
            if (bit != null) {
                rollCalls.get(rollCall(s)).issues |= 1L << bit;
            }
        } else {
            return;
        }
        Node ballot = p.equals(Unr.hasBallot) ? o : s;
        Waiting w = waiting.get(ballot);
        if (w != null && w.complete()) {
            waiting.remove(ballot);
            rollCalls.get(w.rollCall).cast(stateIndex.computeIfAbsent(w.state, k -> {
                states.add(k);
                return states.size() - 1;
            }), w.option);
        }
    }

    /** The matrix of every complete ballot that has passed. */
    public VoteMatrix matrix() {
        int n = rollCalls.size();
        List<Node> nodes = new ArrayList<>(n);
        int[] days = new int[n];
        long[] masks = new long[n];
        byte[][] ballots = new byte[n][];
        for (int r = 0; r < n; r++) {
            RollCall rc = rollCalls.get(r);
            nodes.add(rc.node);
            days[r] = rc.day;
            masks[r] = rc.issues;
            ballots[r] = java.util.Arrays.copyOf(rc.ballots, rc.width);
        }
        return new VoteMatrix(states, issues, nodes, days, masks, ballots);
    }

    private int rollCall(Node node) {
        return rollCallIndex.computeIfAbsent(node, k -> {
            rollCalls.add(new RollCall(node));
            return rollCalls.size() - 1;
        });
    }

    private Waiting waiting(Node ballot) {
        return waiting.computeIfAbsent(ballot, k -> new Waiting());
    }

    /** The day of the epoch of an xsd:date's lexical form; {@link VoteMatrix#NO_DAY} when it is not one. */
    private static int day(String lexical) {
        try {
            return Math.toIntExact(LocalDate.parse(lexical).toEpochDay());
        } catch (DateTimeException e) {
            return VoteMatrix.NO_DAY;
        }
    }

    private static final class RollCall {
        final Node node;
        int day = VoteMatrix.NO_DAY;
        long issues;
        byte[] ballots = new byte[256];
        int width;

        RollCall(Node node) {
            this.node = node;
        }

        void cast(int state, byte option) {
            if (state >= ballots.length) {
                ballots = java.util.Arrays.copyOf(ballots, Math.max(state + 1, 2 * ballots.length));
            }
            ballots[state] = option;
            width = Math.max(width, state + 1);
        }
    }

    /** A ballot some of whose facts have passed. */
    private static final class Waiting {
        int rollCall = -1;
        Node state;
        byte option;

        boolean complete() {
            return rollCall >= 0 && state != null && option != VoteMatrix.NONE;
        }
    }
}
