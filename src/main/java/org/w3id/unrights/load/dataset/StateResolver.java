package org.w3id.unrights.load.dataset;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.vocab.Ids;
import org.w3id.unrights.vocab.Std;
import org.w3id.unrights.vocab.Unr;

/**
 * Which state cast a ballot: the manifest's rules first (former states, rows without a code), then the present
 * state whose ISO 3166-1 alpha-2 code the row gives, from the reference graph.
 */
final class StateResolver {
    /** A resolved state, with the note of the rule when the attribution is our inference. */
    record Resolved(Node state, String key, String note) {}

    private final List<RollCallManifest.CodeRule> rules;
    private final Map<String, Resolved> byAlpha2 = new HashMap<>();
    private final Map<RollCallManifest.CodeRule, Resolved> byRule = new HashMap<>();

    StateResolver(List<RollCallManifest.CodeRule> rules, Graph reference, Problems problems) {
        this.rules = rules;
        Set<Node> states = new HashSet<>();
        reference.find(Node.ANY, Std.rdfType, Unr.State).forEachRemaining(t -> states.add(t.getSubject()));
        for (Node state : states) {
            boolean former = reference.contains(state, Unr.endDate, Node.ANY);
            if (!former) {
                reference.find(state, Unr.isoAlpha2, Node.ANY).mapWith(Triple::getObject)
                        .forEachRemaining(code -> byAlpha2.put(code.getLiteralLexicalForm(), new Resolved(state, key(state), null)));
            }
        }
        for (RollCallManifest.CodeRule rule : rules) {
            if (rule.state() == null) {
                continue;
            }
            Node state = Ids.id("state", rule.state());
            if (!states.contains(state)) {
                problems.add(rule.location(), "state", "'" + rule.state() + "' is not a state of reference/states.yaml");
            }
            byRule.put(rule, new Resolved(state, rule.state(), rule.note()));
        }
    }

    private static String key(Node state) {
        return state.getURI().substring(Ids.id("state", "").getURI().length());
    }

    /** The state, or null when neither a rule nor a present state's code fits. */
    Resolved resolve(String code, String name, LocalDate date) {
        for (RollCallManifest.CodeRule rule : rules) {
            if (rule.matches(code, name, date)) {
                return byRule.get(rule);
            }
        }
        return code == null ? null : byAlpha2.get(code);
    }
}
