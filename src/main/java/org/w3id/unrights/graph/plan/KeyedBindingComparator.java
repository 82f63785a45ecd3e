package org.w3id.unrights.graph.plan;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.function.FunctionEnv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jena's order for ORDER BY ({@link BindingComparator}: each condition's value compared with
 * {@link BindingComparator#compareNodesRaw}, unbound first, descending reversed, then the rows' terms when every
 * condition ties), with each row's condition values worked out once. Jena's comparator evaluates both rows'
 * conditions at every comparison, turning each term into a value again (a date or a number parsed from its lexical
 * form): sorting the 1,635 ballots on the DPRK resolutions by date and name spent a fifth of the query there. Rows
 * are told apart by identity: one instance per sort, over rows that do not change while it runs.
 */
final class KeyedBindingComparator implements Comparator<Binding> {
    private static final Logger LOG = LoggerFactory.getLogger(KeyedBindingComparator.class);

    private final List<SortCondition> conditions;
    private final FunctionEnv env;
    private final Map<Binding, NodeValue[]> keys = new IdentityHashMap<>();

    KeyedBindingComparator(List<SortCondition> conditions, FunctionEnv env) {
        this.conditions = conditions;
        this.env = env;
    }

    @Override
    public int compare(Binding a, Binding b) {
        NodeValue[] first = keys(a);
        NodeValue[] second = keys(b);
        for (int i = 0; i < first.length; i++) {
            int x = BindingComparator.compareNodesRaw(first[i], second[i]);
            if (x != 0) {
                return conditions.get(i).getDirection() == Query.ORDER_DESCENDING ? -x : x;
            }
        }
        return BindingComparator.compareBindingsSyntactic(a, b);
    }

    /** The row's condition values, null where one is unbound or an error, as Jena's comparator takes them. */
    private NodeValue[] keys(Binding row) {
        NodeValue[] known = keys.get(row);
        if (known == null) {
            known = new NodeValue[conditions.size()];
            for (int i = 0; i < known.length; i++) {
                try {
                    known[i] = conditions.get(i).getExpression().eval(row, env);
                } catch (VariableNotBoundException e) {
                    // Unbound: sorts first.
                } catch (ExprEvalException e) {
                    LOG.warn(e.getMessage());
                }
            }
            keys.put(row, known);
        }
        return known;
    }
}
