package org.w3id.unrights.votes;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.w3id.unrights.vocab.Ids;

/**
 * The General Assembly's voting record as a matrix: one row per roll call (its IRI, date and issues), one cell per
 * state holding its ballot (yes, no, abstain or none). About one byte a cell — 6,202 roll calls by 200 states
 * is 1.2 MB — so an aggregate over every ballot, which a SPARQL engine answers by joining hundreds of thousands
 * of triples, is a pass over a few thousand short arrays ({@link Agreement}). Made from the same quads the
 * store holds, as they are loaded ({@link VoteCollector}), and kept beside the store ({@link #write}).
 */
public final class VoteMatrix {
    public static final byte NONE = 0;
    public static final byte YES = 1;
    public static final byte NO = 2;
    public static final byte ABSTAIN = 3;
    /** The record's ballot options, {@link #YES}, {@link #NO} and {@link #ABSTAIN} in that order. */
    private static final List<Node> OPTIONS = List.of(Ids.concept("vote-option", "yes"), Ids.concept("vote-option", "no"),
            Ids.concept("vote-option", "abstain"));
    /** Most issues a roll call's mask can hold. */
    static final int MAX_ISSUES = Long.SIZE;
    /** The day of a roll call without a date. */
    public static final int NO_DAY = Integer.MIN_VALUE;
    private static final int FORMAT = 2;
    /** Where a query's context holds the {@code Supplier<VoteMatrix>} of the data it runs on. */
    public static final Symbol IN_CONTEXT = Symbol.create(Ids.FUNCTION + "voteMatrix");

    private final List<Node> states;
    private final Map<Node, Integer> stateIndex = new HashMap<>();
    private final List<Node> issues;
    private final Map<Node, Integer> issueIndex = new HashMap<>();
    private final List<Node> rollCallNodes;
    private final Map<Node, Integer> rollCallIndex = new HashMap<>();
    private final int[] days;
    private final short[] years;
    private final long[] issueMasks;
    private final byte[][] ballots;

    /**
     * @param days each roll call's date as a day of the epoch ({@link LocalDate#toEpochDay()}), {@link #NO_DAY} if it has none
     */
    VoteMatrix(List<Node> states, List<Node> issues, List<Node> rollCallNodes, int[] days, long[] issueMasks, byte[][] ballots) {
        this.states = List.copyOf(states);
        this.issues = List.copyOf(issues);
        for (int i = 0; i < this.states.size(); i++) {
            stateIndex.put(this.states.get(i), i);
        }
        for (int i = 0; i < this.issues.size(); i++) {
            issueIndex.put(this.issues.get(i), i);
        }
        this.rollCallNodes = List.copyOf(rollCallNodes);
        for (int r = 0; r < this.rollCallNodes.size(); r++) {
            rollCallIndex.put(this.rollCallNodes.get(r), r);
        }
        this.days = days;
        this.years = new short[days.length];
        for (int r = 0; r < days.length; r++) {
            years[r] = days[r] == NO_DAY ? 0 : (short) LocalDate.ofEpochDay(days[r]).getYear();
        }
        this.issueMasks = issueMasks;
        this.ballots = ballots;
    }

    /** A matrix of no roll calls: a graph without the voting record. */
    public static VoteMatrix empty() {
        return new VoteMatrix(List.of(), List.of(), List.of(), new int[0], new long[0], new byte[0][]);
    }

    public int rollCalls() {
        return years.length;
    }

    /** The roll call of row {@code r}. */
    public Node rollCall(int r) {
        return rollCallNodes.get(r);
    }

    /** The row of {@code rollCall}, if it is a roll call of the matrix. */
    public Optional<Integer> rollCall(Node rollCall) {
        return Optional.ofNullable(rollCallIndex.get(rollCall));
    }

    /** The date of roll call {@code r}, if it has one. */
    public Optional<LocalDate> date(int r) {
        return days[r] == NO_DAY ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(days[r]));
    }

    /** The ballot state {@code state} (its index) cast in roll call {@code r}: {@link #YES}, {@link #NO}, {@link #ABSTAIN} or {@link #NONE}. */
    public byte ballot(int r, int state) {
        byte[] row = ballots[r];
        return state < row.length ? row[state] : NONE;
    }

    /** Every state that cast a ballot, in the order first met. */
    public List<Node> states() {
        return states;
    }

    /** The index of {@code state} among {@link #states()}, if it cast a ballot. */
    public Optional<Integer> state(Node state) {
        return Optional.ofNullable(stateIndex.get(state));
    }

    /** The ballot option a code stands for ({@link #YES}, {@link #NO} or {@link #ABSTAIN}). */
    public static Node option(byte code) {
        if (code <= NONE || code > ABSTAIN) {
            throw new IllegalArgumentException("no ballot option has the code " + code);
        }
        return OPTIONS.get(code - 1);
    }

    /** The code of a ballot option ({@code vote-option:yes}, {@code no} or {@code abstain}), if it is one. */
    public static Optional<Byte> code(Node option) {
        int i = OPTIONS.indexOf(option);
        return i < 0 ? Optional.empty() : Optional.of((byte) (i + 1));
    }

    /** The matrix of the data a query runs on, where its context holds it ({@link #IN_CONTEXT}); an empty one when it holds none. */
    @SuppressWarnings("unchecked")
    static VoteMatrix in(Context context) {
        Object supplier = context.get(IN_CONTEXT);
        return supplier instanceof Supplier<?> s ? (VoteMatrix) ((Supplier<Object>) s).get() : empty();
    }

    /** The mask of roll calls on {@code issue}: empty when no roll call has it. */
    Optional<Long> issueMask(Node issue) {
        Integer i = issueIndex.get(issue);
        return i == null ? Optional.empty() : Optional.of(1L << i);
    }

    /**
     * Agreement of {@code a} with every state (or with {@code b} alone, when it is not negative) on the roll calls
     * from year {@code from} to {@code to} inclusive whose issues meet {@code mask} (any roll call when the mask is
     * zero): per state, the roll calls on which both cast a ballot, on which they cast the same one, and on which
     * one abstained while the other voted yes or no.
     */
    Tally agreement(int a, int b, int from, int to, long mask) {
        Tally tally = new Tally(states.size());
        for (int r = 0; r < years.length; r++) {
            if (years[r] < from || years[r] > to || (mask != 0 && (issueMasks[r] & mask) == 0)) {
                continue;
            }
            byte[] row = ballots[r];
            byte mine = a < row.length ? row[a] : NONE;
            if (mine == NONE) {
                continue;
            }
            if (b >= 0) {
                tally.count(b, mine, b < row.length ? row[b] : NONE);
            } else {
                for (int s = 0; s < row.length; s++) {
                    tally.count(s, mine, row[s]);
                }
            }
        }
        return tally;
    }

    /** Counts per state of one agreement question. */
    static final class Tally {
        final int[] shared;
        final int[] same;
        final int[] half;

        Tally(int states) {
            shared = new int[states];
            same = new int[states];
            half = new int[states];
        }

        void count(int state, byte mine, byte theirs) {
            if (theirs == NONE) {
                return;
            }
            shared[state]++;
            if (theirs == mine) {
                same[state]++;
            } else if (theirs == ABSTAIN || mine == ABSTAIN) {
                half[state]++;
            }
        }
    }

    /** Writes the matrix to {@code file} (through a temporary name, so a reader never sees half of it). */
    public void write(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
            out.writeInt(FORMAT);
            writeNodes(out, states);
            writeNodes(out, issues);
            out.writeInt(years.length);
            for (int r = 0; r < years.length; r++) {
                out.writeUTF(rollCallNodes.get(r).getURI());
                out.writeInt(days[r]);
                out.writeLong(issueMasks[r]);
                out.writeShort(ballots[r].length);
                out.write(ballots[r]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the vote matrix to " + partial, e);
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + partial + " to " + file, e);
        }
    }

    /** The matrix {@link #write} left in {@code file}. */
    public static VoteMatrix read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("format " + format + ", not " + FORMAT);
            }
            List<Node> states = readNodes(in);
            List<Node> issues = readNodes(in);
            int rollCalls = in.readInt();
            List<Node> nodes = new ArrayList<>(rollCalls);
            int[] days = new int[rollCalls];
            long[] masks = new long[rollCalls];
            byte[][] ballots = new byte[rollCalls][];
            for (int r = 0; r < rollCalls; r++) {
                nodes.add(NodeFactory.createURI(in.readUTF()));
                days[r] = in.readInt();
                masks[r] = in.readLong();
                ballots[r] = new byte[in.readShort()];
                in.readFully(ballots[r]);
            }
            return new VoteMatrix(states, issues, nodes, days, masks, ballots);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vote matrix in " + file, e);
        }
    }

    private static void writeNodes(DataOutputStream out, List<Node> nodes) throws IOException {
        out.writeInt(nodes.size());
        for (Node node : nodes) {
            out.writeUTF(node.getURI());
        }
    }

    private static List<Node> readNodes(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<Node> nodes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nodes.add(NodeFactory.createURI(in.readUTF()));
        }
        return nodes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoteMatrix other && states.equals(other.states) && issues.equals(other.issues)
                && rollCallNodes.equals(other.rollCallNodes) && Arrays.equals(days, other.days)
                && Arrays.equals(issueMasks, other.issueMasks) && Arrays.deepEquals(ballots, other.ballots);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(years) * 31 + states.hashCode();
    }
}
