package org.w3id.unrights.votes;

import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.jena.graph.Node;
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
 * {@code ?rollCall unrf:ballot (?state ?option)}: the ballots of the General Assembly's roll calls read from the
 * {@link VoteMatrix} — the rows that {@code ?rollCall unr:hasBallot ?b . ?b unr:voter ?state ; unr:option ?option}
 * gives in the record's graph, without looking up each ballot's voter and option in the store (two index
 * look-ups a ballot, most of the time of a query over a few thousand of them). Each of the three may be bound or
 * not: a bound roll call reads one row of the matrix, a bound state one cell of it. {@code ?option} is the
 * record's own term ({@code vote-option:yes}, {@code no}, {@code abstain}); a state that cast no ballot gives no
 * row. The object list may stop after {@code ?state}.
 */
public class Ballot extends PropertyFunctionBase {
    public static final String IRI = Ids.FUNCTION + "ballot";

    /** Registers the function with ARQ's own registry (for queries run outside the server's guard). */
    public static void register() {
        PropertyFunctionRegistry.get().put(IRI, Ballot.class);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        if (subject.isList()) {
            throw new QueryBuildException("unrf:ballot takes one subject, the roll call: ?rollCall unrf:ballot (?state ?option)");
        }
        int out = object.isList() ? object.getArgListSize() : 0;
        if (out < 1 || out > 2) {
            throw new QueryBuildException("unrf:ballot takes a list of one or two objects: ?rollCall unrf:ballot (?state ?option)");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
        VoteMatrix matrix = VoteMatrix.in(execCxt.getContext());
        Node rollCall = Arguments.value(binding, subject.getArg());
        Node state = Arguments.value(binding, object.getArg(0));
        Node option = object.getArgListSize() > 1 ? Arguments.value(binding, object.getArg(1)) : null;
        Optional<Integer> row = rollCall == null ? Optional.of(-1) : matrix.rollCall(rollCall);
        Optional<Integer> column = state == null ? Optional.of(-1) : matrix.state(state);
        Optional<Byte> code = option == null ? Optional.of(VoteMatrix.NONE) : VoteMatrix.code(option);
        if (row.isEmpty() || column.isEmpty() || code.isEmpty()) {
            return QueryIterPlainWrapper.create(Collections.emptyIterator(), execCxt);
        }
        IntStream rows = row.get() >= 0 ? IntStream.of(row.get()) : IntStream.range(0, matrix.rollCalls());
        Iterator<Binding> ballots = rows.boxed()
                .flatMap(r -> cells(matrix, r, column.get(), code.get()).mapToObj(s -> ballot(binding, subject.getArg(), object, matrix, r, s)))
                .filter(Objects::nonNull)
                .iterator();
        return QueryIterPlainWrapper.create(ballots, execCxt);
    }

    /** The states (their indexes) that cast a ballot in roll call {@code r}: {@code state} alone when not negative, of option {@code code} unless it is NONE. */
    private static IntStream cells(VoteMatrix matrix, int r, int state, byte code) {
        IntStream states = state >= 0 ? IntStream.of(state) : IntStream.range(0, matrix.states().size());
        return states.filter(s -> {
            byte cast = matrix.ballot(r, s);
            return cast != VoteMatrix.NONE && (code == VoteMatrix.NONE || cast == code);
        });
    }

    /** The row of state {@code s}'s ballot in roll call {@code r}; null when a variable named twice would take two values. */
    private static Binding ballot(Binding binding, Node rollCall, PropFuncArg object, VoteMatrix matrix, int r, int s) {
        BindingBuilder row = Binding.builder(binding);
        boolean matches = Arguments.bind(row, rollCall, matrix.rollCall(r))
                && Arguments.bind(row, object.getArg(0), matrix.states().get(s))
                && (object.getArgListSize() < 2 || Arguments.bind(row, object.getArg(1), VoteMatrix.option(matrix.ballot(r, s))));
        return matches ? row.build() : null;
    }
}
