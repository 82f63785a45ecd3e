package org.w3id.unrights.graph;

import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * The list of {@code graph/computed} ({@link ComputedGraph}) of the General Assembly's roll calls on the
 * human-rights situation in one named place: those the record classes under human rights whose title or
 * description speaks of the situation (or question) of human rights in a named place. Found once at build, so that a
 * question about country resolutions reads a hundred or so roll calls instead of the text of every human-rights
 * roll call at each request. The list is a {@code unr:RollCallList} naming its method ({@code unr:computedBy}
 * {@code computation:roll-calls-on-a-country-situation}), without {@code prov:wasDerivedFrom}.
 * <p>
 * The test is the one a SPARQL user writes, {@code REGEX(CONCAT(title, " ", description), …, "i")};
 * {@code CountrySituationRollCallsTest} holds the list to that query over the shipped record.
 */
public final class CountrySituationRollCalls {
    /** The method, the concept of the computation scheme whose definition says which roll calls are listed. */
    public static final Node ROLL_CALLS_ON_A_COUNTRY_SITUATION = Ids.concept("computation", "roll-calls-on-a-country-situation");
    /** The list's IRI: one list, whatever the size of the record. */
    public static final Node LIST = Ids.id("roll-calls", "on-a-country-situation");
    static final Node ROLL_CALL_GRAPH = Ids.graph("unga-rollcalls");
    static final Node HUMAN_RIGHTS = Ids.concept("unga-issue", "hr");
    /** The wordings of the record's titles and descriptions that name a place's human-rights situation. */
    static final Pattern SITUATION_IN = Pattern.compile(
            "(situation of human rights|human rights situation|question of human rights) in ",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CountrySituationRollCalls() {}

    /** The list over {@code dataset}'s roll-call record, as {@code graph/computed} holds it (empty if none match); inside a read transaction. */
    static Graph of(DatasetGraph dataset) {
        Graph out = GraphFactory.createDefaultGraph();
        dataset.find(ROLL_CALL_GRAPH, Node.ANY, Unr.issue, HUMAN_RIGHTS).forEachRemaining(q -> {
            Node rollCall = q.getSubject();
            String text = text(dataset, rollCall, Std.dctTitle).orElse("") + " " + text(dataset, rollCall, Std.dctDescription).orElse("");
            if (SITUATION_IN.matcher(text).find()) {
                out.add(LIST, Unr.listedRollCall, rollCall);
            }
        });
        if (!out.isEmpty()) {
            out.add(LIST, Std.rdfType, Unr.RollCallList);
            out.add(LIST, Unr.computedBy, ROLL_CALLS_ON_A_COUNTRY_SITUATION);
        }
        return out;
    }

    private static Optional<String> text(DatasetGraph dataset, Node rollCall, Node property) {
        Iterator<Quad> found = dataset.find(ROLL_CALL_GRAPH, rollCall, property, Node.ANY);
        try {
            return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        } finally {
            Iter.close(found);
        }
    }
}
