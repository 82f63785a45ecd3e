package org.w3id.unrights.votes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.w3id.unrights.vocab.Ids;

/**
 * {@code (?a ?b ?from ?to ?issue) unrf:agreement (?shared ?same ?index)}: how often state {@code ?a} voted as
 * {@code ?b} on the General Assembly's roll calls, answered from the {@link VoteMatrix} rather than by joining
 * ballots. {@code ?a} must be bound; {@code ?b} bound asks about one pair, unbound gives a row for every other
 * state that shares a roll call with {@code ?a}. {@code ?from} and {@code ?to} are years (an integer, an
 * {@code xsd:gYear} or an {@code xsd:date}), inclusive, and {@code ?issue} a roll-call issue
 * ({@code unga-issue:hr}); each may be left out or unbound for no restriction. {@code ?shared}: roll calls on
 * which both cast a ballot (yes, no or abstain); {@code ?same}: those on which they cast the same one;
 * {@code ?index}: the agreement index of the political-science data sets built on these votes, identical
 * ballots counting 1 and an abstention against a yes or a no one half, over {@code ?shared}
 * ({@code xsd:decimal}, four places). The object list may stop after any of the three.
 */
public class Agreement extends PropertyFunctionBase {
    public static final String IRI = Ids.FUNCTION + "agreement";

    /** Registers the function with ARQ's own registry (for queries run outside the server's guard). */
    public static void register() {
        PropertyFunctionRegistry.get().put(IRI, Agreement.class);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        int in = subject.isList() ? subject.getArgListSize() : 0;
        int out = object.isList() ? object.getArgListSize() : 0;
        if (in < 2 || in > 5) {
            throw new QueryBuildException("unrf:agreement takes a list of two to five subjects: (?a ?b ?from ?to ?issue)");
        }
        if (out < 1 || out > 3) {
            throw new QueryBuildException("unrf:agreement takes a list of one to three objects: (?shared ?same ?index)");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        return QueryIterPlainWrapper.create(rows(binding, subject.getArgList(), object.getArgList(), VoteMatrix.in(execCxt.getContext())).iterator(), execCxt);
    }

    private static List<Binding> rows(Binding binding, List<Node> in, List<Node> out, VoteMatrix matrix) {
        Node a = Arguments.value(binding, in.get(0));
        Node b = Arguments.value(binding, in.get(1));
        Node issue = in.size() > 4 ? Arguments.value(binding, in.get(4)) : null;
        Optional<Integer> first = a == null ? Optional.empty() : matrix.state(a);
        Optional<Integer> second = b == null ? Optional.of(-1) : matrix.state(b);
        Optional<Long> mask = issue == null ? Optional.of(0L) : matrix.issueMask(issue);
        Optional<Integer> from = in.size() > 2 ? year(Arguments.value(binding, in.get(2)), Short.MIN_VALUE) : Optional.of((int) Short.MIN_VALUE);
        Optional<Integer> to = in.size() > 3 ? year(Arguments.value(binding, in.get(3)), Short.MAX_VALUE) : Optional.of((int) Short.MAX_VALUE);
        List<Binding> rows = new ArrayList<>();
        if (first.isEmpty() || second.isEmpty() || mask.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return rows;
        }
        VoteMatrix.Tally tally = matrix.agreement(first.get(), second.get(), from.get(), to.get(), mask.get());
        for (int s = 0; s < tally.shared.length; s++) {
            if (tally.shared[s] == 0 || (second.get() < 0 && s == first.get()) || (second.get() >= 0 && s != second.get())) {
                continue;
            }
            BindingBuilder row = Binding.builder(binding);
            if (b == null && !Arguments.bind(row, in.get(1), matrix.states().get(s))) {
                continue;
            }
            List<Node> values = List.of(integer(tally.shared[s]), integer(tally.same[s]), index(tally.same[s], tally.half[s], tally.shared[s]));
            boolean matches = true;
            for (int i = 0; i < out.size() && matches; i++) {
                matches = Arguments.bind(row, out.get(i), values.get(i));
            }
            if (matches) {
                rows.add(row.build());
            }
        }
        return rows;
    }

    /** The year of an integer, xsd:gYear or xsd:date; {@code unbound} for no value; empty for anything else. */
    private static Optional<Integer> year(Node node, int unbound) {
        if (node == null) {
            return Optional.of(unbound);
        }
        if (!node.isLiteral()) {
            return Optional.empty();
        }
        String lexical = node.getLiteralLexicalForm().strip();
        try {
            if (node.getLiteralValue() instanceof Number n) {
                return Optional.of(n.intValue());
            }
            String year = lexical.startsWith("-") ? "-" + lexical.substring(1).split("-")[0] : lexical.split("-")[0];
            return Optional.of(Integer.parseInt(year));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node index(int same, int half, int shared) {
        BigDecimal value = BigDecimal.valueOf(2L * same + half).divide(BigDecimal.valueOf(2L * shared), 4, RoundingMode.HALF_EVEN);
        return NodeFactory.createLiteralDT(value.toPlainString(), XSDDatatype.XSDdecimal);
    }
}
