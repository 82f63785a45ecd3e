package org.w3id.unrights.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Prefixes;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Names for nodes on pages, and the address a link to a node should use (on this server for the project's own
 * IRIs). A node with a name (rdfs:label, skos:prefLabel, foaf:name) is called by it; a nameless one by what it
 * is, made from its own facts: a vote by its body, resolution and date; a resolution by its symbol and title;
 * a statement by its actor, stance and date; a role by its holder and title; and so on. A source's summary is
 * never a name: it is one source's claim about the thing, and the page shows it as such, with its source
 * ({@link ResourcePage}). Call inside a read transaction; one instance per request, since it caches. On a served
 * publication, {@link SharedLabels#forRequest()} gives one that also keeps what it makes for later requests.
 */
public final class Labels {
    private static final List<Node> NAME_PROPERTIES = List.of(Std.rdfsLabel, Std.skosPrefLabel, Std.foafName);
    /** What a nameless thing is about, in the order a title names it. */
    private static final List<Node> SUBJECT_PROPERTIES = List.of(Unr.describes, Unr.aboutPerson, Unr.concerns, Unr.about,
            Unr.proposedFor, Unr.treaty, Unr.holder, Unr.onBehalfOf);
    private static final List<Node> DATE_PROPERTIES = List.of(Unr.date, Unr.startDate, Unr.established, Unr.expectedDate);
    private static final int LONGEST = 90;
    private static final PrefixMapping PREFIXES = Prefixes.standard();

    private final Graph union;
    private final Map<Node, String> cache = new HashMap<>();
    /** Labels kept across requests ({@link SharedLabels}), or null. */
    private final Cache<Node, String> shared;
    /** The nodes whose title is being made: a title that needs its own (A is about B, B about A) gets the short form. */
    private final Set<Node> making = new HashSet<>();
    /**
     * How many titles were cut short so far, as above, or taken from one made with a cut: a title made meanwhile
     * depends on the order of the calls.
     */
    private int cuts;
    /** The nodes whose title in {@link #cache} was made with a cut. */
    private final Set<Node> cut = new HashSet<>();

    /** Labels for one request, kept for that request alone. */
    public Labels(DatasetGraph dataset) {
        this(dataset, null);
    }

    Labels(DatasetGraph dataset, Cache<Node, String> shared) {
        this.union = dataset.getUnionGraph();
        this.shared = shared;
    }

    /** The label for a list or a link: cut to {@value #LONGEST} characters, keeping a closing date (", 2020-11-18"). */
    public String of(Node node) {
        String full = full(node);
        if (full.length() <= LONGEST) {
            return full;
        }
        java.util.regex.Matcher dated = DATED.matcher(full);
        String tail = dated.matches() ? ", " + dated.group(2) : "";
        return full.substring(0, LONGEST - 1 - tail.length()).strip() + "…" + tail;
    }

    /** A title that ends with a date, as those of votes and statements do. */
    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile("(.*), (\\d{4}(-\\d{2}){0,2})");

    /** The label whole, for a page's own heading: lists cut long labels, a heading never does. */
    public String full(Node node) {
        // Not computeIfAbsent: a title is made from other nodes' labels, looked up (and cached) meanwhile.
        String known = cache.get(node);
        if (known != null && cut.contains(node)) {
            cuts++;
        }
        if (known == null && shared != null && (known = shared.getIfPresent(node)) != null) {
            cache.put(node, known);
        }
        if (known == null) {
            if (!making.add(node)) {
                cuts++;
                return node.isURI() ? shortForm(node) : node.toString();
            }
            int cutsBefore = cuts;
            try {
                known = lookUp(node);
            } finally {
                making.remove(node);
            }
            cache.put(node, known);
            // Shared only when made whole, so that a later request gets the same label whatever it asked first.
            if (cuts != cutsBefore) {
                cut.add(node);
            } else if (shared != null) {
                shared.put(node, known);
            }
        }
        return known;
    }

    private String lookUp(Node node) {
        if (!node.isURI()) {
            return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
        }
        if (is(node, Unr.Ballot)) {
            return ballot(node);
        }
        Optional<String> name = text(node, NAME_PROPERTIES);
        if (name.isPresent()) {
            return name.get();
        }
        String title = fromWhatItIs(node);
        if (title != null) {
            return capitalised(title);
        }
        return text(node, List.of(Std.dctTitle)).orElseGet(() -> generic(node).map(Labels::capitalised).orElseGet(() -> shortForm(node)));
    }

    /** The title of a nameless thing of a kind that has its own form; null for the others. */
    private String fromWhatItIs(Node node) {
        if (is(node, Unr.Vote)) {
            return vote(node);
        }
        if (is(node, Unr.Resolution)) {
            return resolution(node);
        }
        if (is(node, Unr.Statement)) {
            return statement(node);
        }
        if (is(node, Unr.Position)) {
            return position(node);
        }
        if (is(node, Unr.Role)) {
            return role(node);
        }
        if (is(node, Unr.Review)) {
            return review(node);
        }
        if (is(node, Unr.Paragraph)) {
            return paragraph(node);
        }
        if (is(node, Unr.Figure)) {
            return figure(node);
        }
        if (is(node, Unr.TreatyStatus)) {
            return join(name(node, Unr.concerns).orElse(null), ": ", name(node, Unr.treatyStatus).orElse(null), " to ", name(node, Unr.treaty).orElse(null));
        }
        if (is(node, Unr.Proposal)) {
            return join(name(node, Unr.proposalKind).orElse(typeName(node)), " for ", name(node, Unr.proposedFor).orElse(null), " by ",
                    name(node, Unr.proposedBy).orElse(null));
        }
        if (is(node, Unr.Sanction)) {
            return join(name(node, Unr.sanctionMeasure).orElse(typeName(node)), " by ", name(node, Unr.imposedBy).orElse(null),
                    " on ", name(node, Unr.concerns).orElse(null));
        }
        if (is(node, Unr.ResponseCount)) {
            return join(name(node, Unr.responseCategory).orElse(typeName(node)), ": ", literal(node, Unr.count).orElse(null));
        }
        if (is(node, Unr.Document) && text(node, List.of(Std.dctTitle)).isEmpty()) {
            return join(name(node, Unr.documentKind).orElse(typeName(node)), " by ", names(node, Std.dctCreator), ", ", date(node).orElse(null));
        }
        return null;
    }

    /** "Ballot of Japan: in favour". */
    private String ballot(Node ballot) {
        String voter = name(ballot, Unr.voter).orElse("a state");
        return "Ballot of " + voter + name(ballot, Unr.option).map(o -> ": " + o).orElse("");
    }

    /** "United Nations General Assembly vote on A/RES/69/188, 2014-12-18": body, what it was on, date. */
    private String vote(Node vote) {
        String on = values(vote, Unr.onResolution).stream().filter(Node::isURI).min(Comparator.comparingInt(this::resolutionRank).thenComparing(Node::getURI))
                .map(this::resolutionPhrase)
                .or(() -> text(vote, List.of(Std.dctTitle)))
                .orElse("a resolution");
        return join(name(vote, Unr.inBody).map(b -> b + " vote").orElse("Vote"), " on ", on, ", ", date(vote).orElse(null));
    }

    /** Adopted resolutions (symbols with /RES/) first, then any with a symbol, then any with a title. */
    private int resolutionRank(Node resolution) {
        Optional<String> symbol = literal(resolution, Unr.symbol);
        if (symbol.isPresent()) {
            return symbol.get().contains("/RES/") ? 0 : 1;
        }
        return text(resolution, List.of(Std.dctTitle)).isPresent() ? 2 : 3;
    }

    /** How a vote names the text it was on: its symbol, else its title, else what it concerns. */
    private String resolutionPhrase(Node resolution) {
        return literal(resolution, Unr.symbol).or(() -> resolutionTitle(resolution))
                .orElseGet(() -> join("the resolution", " on ", names(resolution, Unr.concerns)));
    }

    /** The resolution's title, else the title the roll calls on it give (the data set's short title). */
    private Optional<String> resolutionTitle(Node resolution) {
        return text(resolution, List.of(Std.dctTitle)).or(() -> union.find(Node.ANY, Unr.onResolution, resolution).toList().stream()
                .map(Triple::getSubject).sorted(Comparator.comparing(Node::toString))
                .map(v -> text(v, List.of(Std.dctTitle))).flatMap(Optional::stream).findFirst());
    }

    /** "A/RES/69/188: Situation of human rights in …", or, with neither, "… General Assembly resolution on …, 2014". */
    private String resolution(Node resolution) {
        Optional<String> symbol = literal(resolution, Unr.symbol);
        Optional<String> title = resolutionTitle(resolution);
        if (symbol.isPresent() || title.isPresent()) {
            return join(symbol.orElse(null), ": ", title.orElse(null));
        }
        String when = date(resolution).or(() -> literal(resolution, Unr.session).map(s -> "session " + s)).orElse(null);
        String what = values(resolution, Unr.draftOf).isEmpty() ? "resolution" : "draft resolution";
        return join(name(resolution, Unr.inBody).map(b -> b + " " + what).orElse(capitalised(what)), " on ", names(resolution, Unr.concerns), ", ", when);
    }

    /** "China opposes …, 2020-11-18": who, their stance, toward what, when. */
    private String statement(Node statement) {
        String actor = actor(statement).orElse("Statement");
        String about = values(statement, Unr.about).stream().findFirst()
                .map(a -> is(a, Unr.Statement) ? join("a statement", " by ", actor(a).orElse(null)) : full(a)).orElse(null);
        return join(actor, " ", stance(statement), " ", about, ", ", date(statement).orElse(null));
    }

    private Optional<String> actor(Node statement) {
        return name(statement, Unr.onBehalfOf).or(() -> name(statement, Unr.speaker));
    }

    /** The stance as a verb before its object: "expresses concern" takes "about", the others take their object as they are. */
    private String stance(Node node) {
        return name(node, Unr.stance).map(s -> s.endsWith("concern") ? s + " about" : s).orElse(null);
    }

    /** "Democratic People's Republic of Korea rejects …, since 2014". */
    private String position(Node position) {
        String holder = name(position, Unr.holder).orElse("Position");
        return join(holder, " ", stance(position), " ", name(position, Unr.toward).orElse(null), ", ", term(position));
    }

    /** "Marzuki Darusman, Special Rapporteur on …, 2010 – 2016": the holder by name, then the post. */
    private String role(Node role) {
        String post = literal(role, Unr.roleTitle).orElse(typeName(role));
        String where = name(role, Unr.mandate).or(() -> name(role, Std.orgOrganization)).orElse(null);
        // "Special Rapporteur" of "Special Rapporteur on human rights in the DPRK" is said once.
        if (where != null && post != null && where.toLowerCase(Locale.ROOT).contains(post.toLowerCase(Locale.ROOT))) {
            post = where;
        } else if (where != null && (post == null || !post.contains(where))) {
            post = join(post, ", ", where);
        }
        return join(name(role, Std.orgMember).orElse(null), ", ", post, ", ", term(role));
    }

    /** "Universal Periodic Review of Democratic People's Republic of Korea, cycle 2". */
    private String review(Node review) {
        return join(name(review, Unr.underMechanism).orElse(typeName(review)), " of ", names(review, Unr.concerns),
                ", cycle ", literal(review, Unr.cycle).orElse(null), ", ", date(review).orElse(null));
    }

    /** "Paragraph 8 of A/C.3/69/L.28/Rev.1: …". */
    private String paragraph(Node paragraph) {
        Optional<String> of = union.find(Node.ANY, Unr.hasParagraph, paragraph).toList().stream().map(Triple::getSubject)
                .sorted(Comparator.comparing(Node::toString)).findFirst().map(this::full);
        return join("Paragraph " + literal(paragraph, Unr.paragraphNumber).orElse(""), " of ", of.orElse(null));
    }

    /** "Executions, People's Republic of China: 2400, 2013": what is counted, of what, the number, when. */
    private String figure(Node figure) {
        return join(name(figure, Unr.measure).orElse(typeName(figure)), ", ", names(figure, Unr.about), ": ",
                literal(figure, Unr.value).map(v -> v.endsWith(".0") ? v.substring(0, v.length() - 2) : v).orElse(null),
                ", ", date(figure).orElse(null));
    }

    /** Any other nameless thing: its class, what it is about, and when: "Mechanism fact about …, 2004". */
    private Optional<String> generic(Node node) {
        String type = typeName(node);
        if (type == null) {
            return Optional.empty();
        }
        String subject = SUBJECT_PROPERTIES.stream().map(p -> name(node, p)).flatMap(Optional::stream).findFirst().orElse(null);
        return Optional.of(join(type, " about ", subject, ", ", date(node).orElse(null)));
    }

    /** The label of the node's class (the ontology's rdfs:label of one of its types), or null. */
    private String typeName(Node node) {
        return values(node, Std.rdfType).stream().filter(Node::isURI).filter(t -> t.getURI().startsWith(Unr.NS))
                .map(t -> text(t, List.of(Std.rdfsLabel))).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** "2010 – 2016", "since 2016", "until 2016", or null. */
    private String term(Node node) {
        Optional<String> from = literal(node, Unr.startDate);
        Optional<String> to = literal(node, Unr.endDate);
        if (from.isPresent() && to.isPresent()) {
            return from.get() + " – " + to.get();
        }
        return from.map(f -> "since " + f).or(() -> to.map(t -> "until " + t)).orElse(null);
    }

    /**
     * Parts joined: {@code join(a, sep1, b, sep2, c…)} keeps a part with the separator before it only when the
     * part is there, so a missing date or body leaves no dangling comma.
     */
    private static String join(String first, String... separatorsAndParts) {
        StringBuilder out = new StringBuilder(first == null ? "" : first);
        for (int i = 0; i + 1 < separatorsAndParts.length; i += 2) {
            String part = separatorsAndParts[i + 1];
            if (part != null && !part.isBlank()) {
                out.append(out.isEmpty() ? "" : separatorsAndParts[i]).append(part);
            }
        }
        return out.toString().strip();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private boolean is(Node node, Node type) {
        return union.contains(node, Std.rdfType, type);
    }

    private List<Node> values(Node node, Node property) {
        return union.find(node, property, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .distinct().sorted(Comparator.comparing(Node::toString)).toList();
    }

    /** The full label of the node's first value of {@code property}. */
    private Optional<String> name(Node node, Node property) {
        return values(node, property).stream().findFirst().map(this::full);
    }

    /** The labels of every value, joined: "China and Russian Federation". */
    private String names(Node node, Node property) {
        List<String> all = values(node, property).stream().map(this::full).sorted().toList();
        return all.isEmpty() ? null : all.size() == 1 ? all.get(0)
                : String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }

    private Optional<String> literal(Node node, Node property) {
        return values(node, property).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    private Optional<String> date(Node node) {
        return DATE_PROPERTIES.stream().map(p -> literal(node, p)).flatMap(Optional::stream).findFirst();
    }

    /** The first of {@code properties} with a literal, English preferred. */
    private Optional<String> text(Node node, List<Node> properties) {
        for (Node property : properties) {
            String best = null;
            for (var it = union.find(node, property, Node.ANY); it.hasNext(); ) {
                Node value = it.next().getObject();
                if (value.isLiteral() && (best == null || "en".equals(value.getLiteralLanguage()))) {
                    best = value.getLiteralLexicalForm();
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /** {@code state/prk} for the project's things, {@code unr:State} where a prefix fits, else the IRI. */
    public static String shortForm(Node node) {
        String iri = node.getURI();
        if (iri.startsWith(Ids.ID)) {
            return iri.substring(Ids.ID.length());
        }
        return PREFIXES.shortForm(iri);
    }

    /** Where a link to {@code node} goes: the same path on this server for the project's IRIs, so they resolve locally. */
    public static String href(Node node) {
        String iri = node.getURI();
        return iri.startsWith(Ids.BASE) ? "/" + iri.substring(Ids.BASE.length()) : iri;
    }

    /** A link to {@code node} under its label, with its IRI as the tooltip; a literal or blank node as text. */
    public Link link(Node node) {
        if (!node.isURI()) {
            return Link.text(node.isLiteral() ? node.getLiteralLexicalForm() : node.toString());
        }
        return Link.titled(href(node), of(node), node.getURI());
    }
}
