package org.w3id.unrights.load.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.DigestUtils;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.unrights.load.Item;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.vocab.DatasetTerms;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Streams the General Assembly roll-call data set ({@code data/datasets/unga-rollcalls}) into its own named
 * graph: each roll call a {@link Unr#Vote} of the plenary, each state's ballot a {@link Unr#Ballot}, the
 * tallies counted from the ballots. Rows are turned into quads as they are read and not kept: what is held is
 * per roll call (6,202 ids, dates and three counters), never per ballot. The files are checked against the
 * manifest's checksums first; every bad row is reported with its file, line and column, and then the load
 * fails as a whole, so the caller must discard what it was sent (abort the transaction).
 *
 * <p>The target is any {@link StreamRDF}: {@code StreamRDFLib.dataset(dsg)} for a dataset in memory or in
 * TDB2, or a writer for a dump.
 */
public final class RollCallLoader {
    /** The data set records what it records: its rows are stated (a link we infer is marked inferred besides). */
    private static final Node STATED = Ids.concept("certainty", "stated");

    static final String ROLL_CALLS = "rollCalls";
    static final String BALLOTS = "ballots";
    static final String ISSUES = "issues";
    private static final List<String> ROLL_CALL_COLUMNS =
            List.of("rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr");
    private static final List<String> BALLOT_COLUMNS = List.of("rcid", "country", "country_code", "vote");
    private static final List<String> ISSUE_COLUMNS = List.of("rcid", "short_name", "issue");
    private static final Set<String> ISSUE_CODES = Set.of("me", "nu", "di", "hr", "co", "ec");
    private static final Set<String> OPTIONS = Set.of("yes", "no", "abstain");
    private static final String ISSUE_SCHEME = "unga-issue";
    private static final long PROGRESS_EVERY = 100_000;
    static final String TALLY_NOTE = "The yes, no and abstain counts are computed from the data set's ballots; the data set states no tally, and lists no absent members.";
    static final String CONTROL_NOTE = "The data set's text held control characters (U+0008, left where the text was taken from the "
            + "meeting record), each replaced here by a space: XML, and so RDF/XML and SPARQL XML results, cannot carry them.";
    /** C0 control characters other than tab, line feed and carriage return: XML 1.0 has no way to write them. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
    private static final Logger LOG = LoggerFactory.getLogger(RollCallLoader.class);

    private final Path dir;
    private final Problems problems = new Problems();

    /** @param dir the data set's folder, holding {@code dataset.yaml} and the CSV files it names */
    public RollCallLoader(Path dir) {
        this.dir = dir;
    }

    /**
     * Sends the data set's quads to {@code out}. {@code reference} is the graph of the reference tables, whose
     * states the ballots must resolve to. Throws {@link org.w3id.unrights.load.DataException} naming every
     * bad row; {@code out} has then received part of the graph and must be discarded.
     *
     * @return the name of the graph the quads were sent to
     */
    public Node load(Graph reference, StreamRDF out) {
        RollCallManifest manifest = RollCallManifest.read(dir, problems).orElse(null);
        problems.throwIfAny();
        manifest.files().forEach(this::checkSum);
        problems.throwIfAny();
        StateResolver states = new StateResolver(manifest.codeRules(), reference, problems);
        problems.throwIfAny();

        String key = manifest.description().required("key");
        problems.throwIfAny();
        Writer w = new Writer(Ids.graph(key), Ids.id("source", key), out);
        out.start();
        Map<Integer, List<Node>> issues = readIssues(manifest);
        RollCalls rollCalls = readRollCalls(manifest, issues, w);
        // Ballots point at roll calls: with errors there, every ballot would be reported again.
        problems.throwIfAny();
        readBallots(manifest, rollCalls, states, w);
        rollCalls.writeTallies(w);
        new DatasetDescription(manifest, w).write();
        out.finish();
        problems.throwIfAny();
        return w.graph;
    }

    private void checkSum(RollCallManifest.DataFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            String actual = DigestUtils.sha256Hex(in);
            if (!actual.equals(file.sha256())) {
                problems.add(file.location(), "sha256", file.path().getFileName() + " has SHA-256 " + actual
                        + ", not the one recorded: the file was changed or replaced");
            }
        } catch (IOException e) {
            problems.add(file.location(), "name", "cannot read " + file.path() + ": " + e.getMessage());
        }
    }

    private void checkRows(RollCallManifest.DataFile file, long rows) {
        if (rows >= 0 && rows != file.rows()) {
            problems.add(file.location(), "rows", file.path().getFileName() + " has " + rows + " rows, not " + file.rows());
        }
    }

    private Map<Integer, List<Node>> readIssues(RollCallManifest manifest) {
        Map<Integer, List<Node>> issues = new HashMap<>();
        manifest.file(ISSUES).ifPresent(file -> checkRows(file, new CsvFile(file.path(), ISSUE_COLUMNS).forEach(problems, row -> {
            int rcid = row.integer("rcid");
            String code = row.required("short_name");
            if (code != null && !ISSUE_CODES.contains(code)) {
                row.error("short_name", "'" + code + "' is not one of " + ISSUE_CODES);
            }
            if (!row.bad()) {
                List<Node> ofRollCall = issues.computeIfAbsent(rcid, k -> new ArrayList<>(2));
                Node issue = Ids.concept(ISSUE_SCHEME, code);
                if (!ofRollCall.contains(issue)) {
                    ofRollCall.add(issue);
                }
            }
        })));
        return issues;
    }

    private RollCalls readRollCalls(RollCallManifest manifest, Map<Integer, List<Node>> issues, Writer w) {
        RollCalls rollCalls = new RollCalls();
        Map<String, RollCallManifest.Repair> repairs = new HashMap<>();
        manifest.repairs().forEach(r -> repairs.put(r.rcid() + " " + r.column(), r));
        Map<Integer, RollCallManifest.Link> links = new HashMap<>();
        manifest.links().forEach(l -> links.put(l.rcid(), l));
        Map<Integer, List<Node>> concerns = new HashMap<>();
        for (RollCallManifest.Concern c : manifest.concerns()) {
            c.rcids().forEach(rcid -> concerns.computeIfAbsent(rcid, k -> new ArrayList<>()).add(Ids.id("state", c.state())));
        }
        Node assembly = Ids.id("body", "un-general-assembly");
        manifest.file(ROLL_CALLS).ifPresent(file -> checkRows(file, new CsvFile(file.path(), ROLL_CALL_COLUMNS).forEach(problems, row -> {
            int rcid = row.integer("rcid");
            int session = row.integer("session");
            LocalDate date = date(row);
            if (row.bad()) {
                return;
            }
            if (!rollCalls.add(rcid, date)) {
                row.error("rcid", "roll call " + rcid + " appears twice");
                return;
            }
            Node vote = vote(rcid);
            w.add(vote, Std.rdfType, Unr.Vote);
            w.add(vote, Unr.inBody, assembly);
            w.add(vote, Unr.date, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
            w.add(vote, Unr.session, integer(session));
            w.add(vote, Std.provWasDerivedFrom, w.source);
            w.add(vote, Unr.certainty, STATED);
            w.add(vote, Unr.locator, NodeFactory.createLiteralString("rcid " + rcid));
            row.flag("importantvote").ifPresent(b -> w.add(vote, Unr.importantVote, bool(b)));
            row.flag("amend").ifPresent(b -> w.add(vote, Unr.amendmentVote, bool(b)));
            row.flag("para").ifPresent(b -> w.add(vote, Unr.paragraphVote, bool(b)));
            row.text("short").map(t -> repaired(repairs, rcid, "short", t, w, vote, Std.dctTitle))
                    .ifPresent(t -> w.add(vote, Std.dctTitle, english(w, vote, Std.dctTitle, t)));
            row.text("descr").map(t -> repaired(repairs, rcid, "descr", t, w, vote, Std.dctDescription))
                    .ifPresent(t -> w.add(vote, Std.dctDescription, english(w, vote, Std.dctDescription, t)));
            issues.getOrDefault(rcid, List.of()).forEach(issue -> w.add(vote, Unr.issue, issue));

            List<Node> resolutions = new ArrayList<>();
            String symbol = row.text("unres").flatMap(ResolutionSymbols::symbol).orElse(null);
            RollCallManifest.Link link = links.get(rcid);
            if (link != null) {
                link.resolutions().forEach(r -> resolutions.add(Ids.id("resolution", r)));
                w.inferred(vote, link.note(), Unr.onResolution);
            } else if (symbol != null) {
                // Several roll calls (amendments, paragraphs, the whole) may be on one resolution: it is described once.
                Node resolution = Ids.id("resolution", symbol);
                w.addOnce(resolution, Std.rdfType, Unr.Resolution);
                w.addOnce(resolution, Unr.inBody, assembly);
                w.addOnce(resolution, Unr.session, integer(session));
                w.addOnce(resolution, Std.provWasDerivedFrom, w.source);
                w.addOnce(resolution, Unr.certainty, STATED);
                w.add(resolution, Unr.locator, NodeFactory.createLiteralString("rcid " + rcid));
                resolutions.add(resolution);
            }
            if (symbol != null && !resolutions.isEmpty()) {
                // The first resolution is the one the data set's number names; a linked draft has its own symbol.
                w.addOnce(resolutions.get(0), Unr.symbol, NodeFactory.createLiteralString(symbol));
            }
            resolutions.forEach(r -> w.add(vote, Unr.onResolution, r));
            List<Node> subjects = concerns.getOrDefault(rcid, List.of());
            if (!subjects.isEmpty() && !resolutions.isEmpty()) {
                subjects.forEach(s -> w.addOnce(resolutions.get(0), Unr.concerns, s));
                w.inferred(resolutions.get(0), "The resolution's subject state is taken from the data set's title, \"Situation of human rights in ...\"; the data set has no field for it.", Unr.concerns);
            }
        })));
        for (RollCallManifest.Link link : manifest.links()) {
            if (!rollCalls.has(link.rcid())) {
                problems.add(link.location(), "rcid", "no roll call " + link.rcid() + " in the data set");
            }
        }
        for (RollCallManifest.Concern c : manifest.concerns()) {
            c.rcids().stream().filter(rcid -> !rollCalls.has(rcid))
                    .forEach(rcid -> problems.add(c.location(), "rcids", "no roll call " + rcid + " in the data set"));
        }
        // A repair left in the map met no row: its roll call or column is not in the data set.
        repairs.values().forEach(r -> problems.add(r.location(), "rcid", "no roll call " + r.rcid() + " with a " + r.column() + " to repair"));
        return rollCalls;
    }

    private void readBallots(RollCallManifest manifest, RollCalls rollCalls, StateResolver states, Writer w) {
        Map<Node, Integer> stateIndex = new HashMap<>();
        BitSet cast = new BitSet();
        long[] done = {0};
        manifest.file(BALLOTS).ifPresent(file -> checkRows(file, new CsvFile(file.path(), BALLOT_COLUMNS).forEach(problems, row -> {
            int rcid = row.integer("rcid");
            String option = row.required("vote");
            String name = row.required("country");
            String code = row.text("country_code").orElse(null);
            if (row.bad()) {
                return;
            }
            int index = rollCalls.index(rcid);
            if (index < 0) {
                row.error("rcid", "no roll call " + rcid + " in " + manifest.file(ROLL_CALLS).map(f -> f.path().getFileName()).orElse(null));
                return;
            }
            if (!OPTIONS.contains(option)) {
                row.error("vote", "'" + option + "' is not one of " + OPTIONS);
                return;
            }
            StateResolver.Resolved state = states.resolve(code, name, rollCalls.date(index));
            if (state == null) {
                row.error(code == null ? "country" : "country_code", (code == null ? "'" + name + "' has no code" : "'" + code + "' (" + name + ") is no state's ISO 3166-1 alpha-2 code")
                        + " in reference/states.yaml and no rule of " + RollCallManifest.FILE + " names it");
                return;
            }
            int s = stateIndex.computeIfAbsent(state.state(), k -> stateIndex.size());
            // States are few (about 200), so a bit per roll call and state is small and catches a second ballot.
            long bit = (long) index * 512 + s;
            if (s >= 512 || cast.get(Math.toIntExact(bit))) {
                row.error("country", name + " has a second ballot in roll call " + rcid);
                return;
            }
            cast.set(Math.toIntExact(bit));
            Node vote = vote(rcid);
            Node ballot = Ids.id("ballot", "unga-rollcall-" + rcid + "/" + state.key());
            w.add(vote, Unr.hasBallot, ballot);
            w.add(ballot, Std.rdfType, Unr.Ballot);
            w.add(ballot, Unr.voter, state.state());
            w.add(ballot, Unr.option, Ids.concept("vote-option", option));
            if (state.note() != null) {
                w.inferred(ballot, state.note(), Unr.voter);
            }
            rollCalls.count(index, option);
            if (++done[0] % PROGRESS_EVERY == 0) {
                LOG.info("{}: {} of {} ballots", file.path().getFileName(), done[0], file.rows());
            }
        })));
    }

    private static LocalDate date(CsvFile.Row row) {
        String value = row.required("date");
        if (value != null) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                row.error("date", "'" + value + "' is not a date YYYY-MM-DD");
            }
        }
        return null;
    }

    /** The IRI of a roll call, keyed by the data set's own stable id. */
    static Node vote(int rcid) {
        return Ids.id("vote", "unga-rollcall-" + rcid);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    /**
     * Sends triples of one graph to the stream, each once: a store would drop a repeated quad, but a stream
     * passes it on, and whatever counts or writes the stream would see it twice.
     */
    static final class Writer {
        final Node graph;
        final Node source;
        private final StreamRDF out;
        /** The triples that more than one row may state: of resolutions and of inferred facts (some ten thousand). */
        private final Set<Triple> repeatable = new HashSet<>();

        Writer(Node graph, Node source, StreamRDF out) {
            this.graph = graph;
            this.source = source;
            this.out = out;
        }

        void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }

        /** Adds a triple that another row may state again; rows of their own (ballots) use {@link #add}. */
        void addOnce(Node s, Node p, Node o) {
            if (repeatable.add(Triple.create(s, p, o))) {
                add(s, p, o);
            }
        }

        /**
         * Marks what of {@code fact} was deduced, and how, as the curated facts are marked. A fact may be marked
         * by more than one row or for more than one reason (a linked roll call's resolution and its tallies).
         */
        void inferred(Node fact, String note, Node... properties) {
            addOnce(fact, Unr.inferred, bool(true));
            addOnce(fact, Unr.inferenceNote, NodeFactory.createLiteralString(note));
            for (Node property : properties) {
                addOnce(fact, Unr.inferredProperty, property);
            }
        }
    }

    /**
     * The text of a roll call's column, or the manifest's repair of it, marked on the fact; a repair whose
     * {@code was} is not the row's text is an error, so a repair never lands on a text it was not made for.
     */
    private String repaired(Map<String, RollCallManifest.Repair> repairs, int rcid, String column, String text, Writer w,
                            Node fact, Node property) {
        RollCallManifest.Repair repair = repairs.remove(rcid + " " + column);
        if (repair == null) {
            return text;
        }
        if (!repair.was().equals(text)) {
            problems.add(repair.location(), "was", "roll call " + rcid + "'s " + column + " is not the text this repair was made for");
            return text;
        }
        w.inferred(fact, repair.note(), property);
        return repair.text();
    }

    /** The text in English, its control characters replaced by spaces and the repair marked on the fact. */
    private static Node english(Writer w, Node fact, Node property, String text) {
        String clean = CONTROL.matcher(text).replaceAll(" ");
        if (!clean.equals(text)) {
            w.inferred(fact, CONTROL_NOTE, property);
        }
        return NodeFactory.createLiteralLang(clean, "en");
    }

    /** What is kept per roll call while the ballots stream: its index by id, its date and three counters. */
    private static final class RollCalls {
        private final Map<Integer, Integer> indexById = new HashMap<>();
        private final List<Integer> ids = new ArrayList<>();
        private final List<LocalDate> dates = new ArrayList<>();
        private int[] counts = new int[3 * 8192];

        boolean add(int rcid, LocalDate date) {
            if (indexById.putIfAbsent(rcid, ids.size()) != null) {
                return false;
            }
            ids.add(rcid);
            dates.add(date);
            if (counts.length < 3 * ids.size()) {
                counts = java.util.Arrays.copyOf(counts, counts.length * 2);
            }
            return true;
        }

        boolean has(int rcid) {
            return indexById.containsKey(rcid);
        }

        int index(int rcid) {
            return indexById.getOrDefault(rcid, -1);
        }

        LocalDate date(int index) {
            return dates.get(index);
        }

        void count(int index, String option) {
            counts[3 * index + (option.equals("yes") ? 0 : option.equals("no") ? 1 : 2)]++;
        }

        /** The tallies, marked as computed rather than stated by the data set. */
        void writeTallies(Writer w) {
            for (int i = 0; i < ids.size(); i++) {
                Node vote = vote(ids.get(i));
                w.add(vote, Unr.yesCount, integer(counts[3 * i]));
                w.add(vote, Unr.noCount, integer(counts[3 * i + 1]));
                w.add(vote, Unr.abstainCount, integer(counts[3 * i + 2]));
                w.inferred(vote, TALLY_NOTE, Unr.yesCount, Unr.noCount, Unr.abstainCount);
            }
        }
    }

    /** The data set as a source: DCAT dataset and PROV entity with creator, version, licence, files and checksums. */
    private record DatasetDescription(RollCallManifest manifest, Writer w) {
        void write() {
            Item d = manifest.description();
            Node ds = w.source;
            w.add(ds, Std.rdfType, Unr.Source);
            w.add(ds, Std.rdfType, DatasetTerms.dcatDataset);
            w.add(ds, Std.rdfType, DatasetTerms.provEntity);
            describe(ds, d);
            d.text("citation").ifPresent(c -> w.add(ds, DatasetTerms.dctBibliographicCitation, NodeFactory.createLiteralString(c)));
            for (Item from : d.items("derivedFrom")) {
                String key = from.required("key");
                if (key != null) {
                    Node origin = Ids.id("source", key);
                    w.add(ds, Std.provWasDerivedFrom, origin);
                    w.add(origin, Std.rdfType, DatasetTerms.dcatDataset);
                    w.add(origin, Std.rdfType, DatasetTerms.provEntity);
                    describe(origin, from);
                    from.text("page").ifPresent(p -> w.add(origin, DatasetTerms.dcatLandingPage, NodeFactory.createURI(p)));
                }
                from.finish();
            }
            for (RollCallManifest.DataFile file : manifest.files()) {
                String name = file.path().getFileName().toString();
                Node distribution = NodeFactory.createURI(w.source.getURI() + "/" + name);
                w.add(ds, DatasetTerms.dcatDistributionLink, distribution);
                w.add(distribution, Std.rdfType, DatasetTerms.dcatDistribution);
                w.add(distribution, Std.dctTitle, NodeFactory.createLiteralString(name));
                w.add(distribution, DatasetTerms.dcatMediaType, NodeFactory.createURI(DatasetTerms.IANA_MEDIA_TYPES + "text/csv"));
                w.add(distribution, DatasetTerms.dcatCompressFormat, NodeFactory.createURI(DatasetTerms.IANA_MEDIA_TYPES + "application/gzip"));
                Node checksum = NodeFactory.createURI(distribution.getURI() + "/sha256");
                w.add(distribution, DatasetTerms.spdxChecksum, checksum);
                w.add(checksum, Std.rdfType, DatasetTerms.spdxChecksumClass);
                w.add(checksum, DatasetTerms.spdxAlgorithm, DatasetTerms.spdxSha256);
                w.add(checksum, DatasetTerms.spdxChecksumValue, NodeFactory.createLiteralDT(file.sha256(), XSDDatatype.XSDhexBinary));
            }
            d.finish();
        }

        private void describe(Node node, Item item) {
            item.text("title").ifPresent(t -> w.add(node, Std.dctTitle, NodeFactory.createLiteralLang(t, "en")));
            item.text("creator").ifPresent(c -> w.add(node, Std.dctCreator, NodeFactory.createLiteralString(c)));
            item.text("version").ifPresent(v -> w.add(node, DatasetTerms.dcatVersion, NodeFactory.createLiteralString(v)));
            item.text("published").ifPresent(p -> w.add(node, Std.dctIssued, NodeFactory.createLiteralDT(p, XSDDatatype.XSDdate)));
            item.text("license").ifPresent(l -> w.add(node, Std.dctLicense, NodeFactory.createURI(l)));
            item.text("publisher").ifPresent(p -> w.add(node, Std.dctPublisher, NodeFactory.createLiteralString(p)));
        }
    }
}
