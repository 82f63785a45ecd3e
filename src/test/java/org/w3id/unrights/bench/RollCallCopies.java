package org.w3id.unrights.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.unrights.graph.DataSet;
import org.w3id.unrights.graph.RightsGraph;
import org.w3id.unrights.vocab.Ids;

/**
 * A seeded generator of a longer voting record, for measuring how costs grow: {@code factor - 1} more copies
 * of the General Assembly's roll calls, streamed by the data's own data sets (the real loader, from the
 * vendored files) and renamed on the way into the same graph, so that the store holds one record {@code factor} times as long. Every roll call,
 * ballot and resolution the data set mints gets a copy suffix in its IRI; what the curated data defines
 * (states, bodies, the DPRK resolutions) and the data set's own description are shared, as a longer record
 * would point at the same actors. Integers (sessions, counts, row ids) are shifted by a seeded amount per copy
 * so that copies do not share every literal. Nothing is held per row: each copy is one more pass over the CSV.
 */
final class RollCallCopies implements DataSet {
    private static final String SOURCES = Ids.ID + "source" + "/";
    private static final String BALLOTS = Ids.ID + "ballot" + "/";

    private final List<DataSet> dataSets;
    private final int factor;
    private final long seed;

    /** @param dataSets the data folder's own data sets ({@link org.w3id.unrights.graph.GraphBuilder#dataSets()}) */
    RollCallCopies(List<DataSet> dataSets, int factor, long seed) {
        this.dataSets = List.copyOf(dataSets);
        this.factor = factor;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "the roll calls ×" + factor + " (seed " + seed + ")";
    }

    /** The graph is the data set's own, already declared by its source: declaring it again would count it twice. */
    @Override
    public List<Node> graphs() {
        return List.of();
    }

    @Override
    public void sendTo(RightsGraph curated, StreamRDF out) {
        Set<Node> shared = new HashSet<>();
        Txn.executeRead(curated.dataset(), () -> curated.dataset().find().forEachRemaining(q -> shared.add(q.getSubject())));
        for (int copy = 1; copy < factor; copy++) {
            Random random = new Random(seed * 1_000_003L + copy);
            StreamRDF renamed = new Renaming(out, "-x" + copy, 1 + random.nextInt(5), shared);
            dataSets.forEach(source -> source.sendTo(curated, renamed));
        }
    }

    /** One copy's renaming, as a stream in front of the build's. */
    private static final class Renaming extends StreamRDFWrapper {
        private final String suffix;
        private final int shift;
        private final Set<Node> shared;

        Renaming(StreamRDF out, String suffix, int shift, Set<Node> shared) {
            super(out);
            this.suffix = suffix;
            this.shift = shift;
            this.shared = shared;
        }

        @Override
        public void triple(Triple t) {
            throw new IllegalStateException("the roll-call loader writes quads");
        }

        @Override
        public void quad(Quad q) {
            Node subject = rename(q.getSubject());
            // The shared description of the data set keeps its figures (sizes, dates) as they are.
            Node object = subject.equals(q.getSubject()) && q.getObject().isLiteral() ? q.getObject() : rename(q.getObject());
            super.quad(Quad.create(q.getGraph(), subject, q.getPredicate(), object));
        }

        private Node rename(Node node) {
            if (node.isBlank()) {
                return NodeFactory.createBlankNode(node.getBlankNodeLabel() + suffix);
            }
            if (node.isURI() && node.getURI().startsWith(Ids.ID) && !node.getURI().startsWith(SOURCES) && !shared.contains(node)) {
                return NodeFactory.createURI(withSuffix(node.getURI()));
            }
            if (node.isLiteral() && node.getLiteralDatatype() == XSDDatatype.XSDinteger) {
                return NodeFactory.createLiteralDT(Long.toString(Long.parseLong(node.getLiteralLexicalForm()) + shift), XSDDatatype.XSDinteger);
            }
            return node;
        }

        /**
         * The IRI with the suffix at its end, except a ballot's: {@code id/ballot/{vote key}/{state}} of a copied
         * roll call is {@code id/ballot/{vote key}{suffix}/{state}}, beside the roll call {@code id/vote/{vote
         * key}{suffix}}, so that a copy keeps the identifier scheme a query may build a ballot's IRI by.
         */
        private String withSuffix(String iri) {
            if (iri.startsWith(BALLOTS)) {
                int keyEnd = iri.indexOf('/', BALLOTS.length());
                if (keyEnd > 0) {
                    return iri.substring(0, keyEnd) + suffix + iri.substring(keyEnd);
                }
            }
            return iri + suffix;
        }
    }
}
