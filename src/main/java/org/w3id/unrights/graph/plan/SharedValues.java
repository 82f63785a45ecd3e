package org.w3id.unrights.graph.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.tdb2.solver.BindingTDB;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.roaringbitmap.longlong.Roaring64Bitmap;

/**
 * The values that a pattern's solutions give the variables it shares with the rows of an {@link AntiJoin}, kept so
 * that each row is looked up instead of the pattern being evaluated for it. Held as terms in general; on a TDB2
 * store with one shared variable, as the store's node ids, which its rows carry already: a resource's id is a
 * position in the node file, kept in a compressed bitmap, so the ballots of the record's ten-fold copy (8.7
 * million) take a few tens of megabytes and no term is read from the node file to be compared.
 */
abstract class SharedValues {
    /** The most values held as terms; past it the anti-join filters the rest of its rows one by one. */
    static final int MOST_TERMS = 4_000_000;

    /** Values for {@code vars} read from {@code dataset}'s rows: by node id when it is a TDB2 store and one is shared. */
    static SharedValues of(List<Var> vars, DatasetGraph dataset) {
        DatasetGraphTDB store = dataset == null ? null : TDBInternal.getDatasetGraphTDB(dataset);
        return vars.size() == 1 && store != null ? new StoreIds(vars.get(0), store) : new Terms(vars);
    }

    /** Keeps the values {@code solution} gives; false when more are held than {@link #MOST_TERMS} as terms. */
    abstract boolean add(Binding solution);

    /** Whether a solution gave the values {@code row} has. */
    abstract boolean contains(Binding row);

    /** The shared variables' terms, as a list. */
    private static final class Terms extends SharedValues {
        private final List<Var> vars;
        private final Set<List<Node>> held = new HashSet<>();

        Terms(List<Var> vars) {
            this.vars = vars;
        }

        @Override
        boolean add(Binding solution) {
            held.add(key(solution));
            return held.size() <= MOST_TERMS;
        }

        @Override
        boolean contains(Binding row) {
            return held.contains(key(row));
        }

        private List<Node> key(Binding row) {
            List<Node> key = new ArrayList<>(vars.size());
            for (Var v : vars) {
                key.add(row.get(v));
            }
            return key;
        }
    }

    /**
     * One variable's values by the store's node ids: the position of a term stored in the node file, in a bitmap;
     * any other id (a number or date stored inline in the id, compared as TDB2 compares it) or a term the store does
     * not hold (put into a row by BIND or VALUES), in a set.
     */
    private static final class StoreIds extends SharedValues {
        private final Var var;
        private final DatasetGraphTDB store;
        private final Roaring64Bitmap positions = new Roaring64Bitmap();
        private final Set<Object> others = new HashSet<>();

        StoreIds(Var var, DatasetGraphTDB store) {
            this.var = var;
            this.store = store;
        }

        @Override
        boolean add(Binding solution) {
            NodeId id = id(solution);
            if (id.isPtr()) {
                positions.addLong(id.getPtrLocation());
                return true;
            }
            others.add(other(id, solution));
            return others.size() <= MOST_TERMS;
        }

        @Override
        boolean contains(Binding row) {
            NodeId id = id(row);
            return id.isPtr() ? positions.contains(id.getPtrLocation()) : others.contains(other(id, row));
        }

        /** The id the row carries, or the store's id for its term (a look-up) when it carries none. */
        private NodeId id(Binding row) {
            NodeId id = row instanceof BindingTDB tdb ? tdb.getNodeId(var) : null;
            return id != null ? id : TDBInternal.getNodeId(store, row.get(var));
        }

        private Object other(NodeId id, Binding row) {
            return NodeId.isDoesNotExist(id) ? row.get(var) : id;
        }
    }
}
