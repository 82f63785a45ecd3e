package org.w3id.unrights.cli;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** Run in a process of its own by {@link FailureMessagesTest}: opens a TDB2 store, says so, and holds it until killed. */
public final class HoldStore {
    private HoldStore() {}

    public static void main(String[] args) throws InterruptedException {
        DatasetGraph store = DatabaseMgr.connectDatasetGraph(args[0]);
        Txn.executeWrite(store, () -> store.getDefaultGraph().size());
        System.out.println("holding " + args[0]);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
