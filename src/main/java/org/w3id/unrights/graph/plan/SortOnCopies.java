package org.w3id.unrights.graph.plan;

import java.util.Objects;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpExt;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterConvert;
import org.apache.jena.sparql.engine.iterator.QueryIterSort;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.serializer.SerializationContext;
import org.apache.jena.sparql.sse.writers.WriterOp;
import org.apache.jena.sparql.util.NodeIsomorphismMap;

/**
 * ORDER BY as Jena evaluates it (its own sort, and its comparator's order, so the same order), over copies of the rows whose
 * values are taken from the store once. A row of TDB2 holds node ids and looks each value up in the node table
 * whenever it is asked, and Jena's comparator asks for the sort keys at every comparison, and for every variable
 * of both rows when the keys tie: sorting the 16,000 ballots on the DPRK resolutions at ten times the record
 * spent more time looking values up than the rest of the query did. A copy costs one look-up per value, and
 * each copy's sort keys are worked out once ({@link KeyedBindingComparator}).
 */
final class SortOnCopies extends OpExt {
    private final OpOrder order;

    SortOnCopies(OpOrder order) {
        super("sort-on-copies");
        this.order = order;
    }

    @Override
    public Op effectiveOp() {
        return order;
    }

    @Override
    public QueryIterator eval(QueryIterator input, ExecutionContext execCxt) {
        QueryIterator rows = QC.execute(order.getSubOp(), input, execCxt);
        QueryIterator copies = new QueryIterConvert(rows, BindingFactory::copy, execCxt);
        return new QueryIterSort(copies, new KeyedBindingComparator(order.getConditions(), execCxt), execCxt);
    }

    @Override
    public void outputArgs(IndentedWriter out, SerializationContext sCxt) {
        WriterOp.output(out, order, sCxt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, order);
    }

    @Override
    public boolean equalTo(Op other, NodeIsomorphismMap labelMap) {
        return other instanceof SortOnCopies that && order.equalTo(that.order, labelMap);
    }
}
