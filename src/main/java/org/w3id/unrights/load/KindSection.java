package org.w3id.unrights.load;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.unrights.load.Field.Form;

/**
 * The one loader of every section whose items are things of a kind ({@link DataSection}): it defines the item's
 * key, writes the fields the kind's shape declares, and the items of its nested sections (a resolution's
 * paragraphs, a vote's ballots), each named by its parent's key and its own key field. All of it comes from the
 * shapes; what no shape can say about a kind is a {@link KindRule}.
 *
 * <p>Two rules of the ontology are applied here for every kind: a thing with a {@code wikidata} field is linked
 * to that item ({@link Wikidata}); and a thing whose class has subclasses named by the concepts of one of its
 * fields ({@code unr:kindConcept}: a mechanism's {@code kind}) is typed with the subclass its concept names.
 */
final class KindSection implements SectionLoader {
    private static final String WIKIDATA = "wikidata";

    private final DataSection section;
    private final Kind kind;
    private final KindRule rule;
    /** The field whose concept names the thing's class, if its class is divided by one. */
    private final Optional<Field> classifier;
    private final boolean wikidata;
    private final Section layout;

    KindSection(DataSection section, FieldMap fields, Vocabularies vocabularies, KindRule rule) {
        this.section = section;
        this.kind = section.kind().orElseThrow();
        this.rule = rule;
        List<Field> declared = fields.fields(section.type());
        this.classifier = section.inReferenceTable()
                ? declared.stream().filter(f -> f.value().form() == Form.CONCEPT && vocabularies.namesClasses(f.value().scheme())).findFirst()
                : Optional.empty();
        this.wikidata = declared.stream().anyMatch(f -> f.name().equals(WIKIDATA));
        Set<String> own = new HashSet<>(Set.of(section.keyField()));
        section.nested().forEach(n -> own.add(n.name()));
        classifier.ifPresent(f -> own.add(f.name()));
        if (wikidata) {
            own.add(WIKIDATA);
        }
        own.addAll(rule.fields());
        Section[] nested = section.nested().stream().map(n -> Section.facts(n.name(), n.type(), Set.of())).toArray(Section[]::new);
        this.layout = section.inReferenceTable() ? Section.things(section.name(), section.type(), Set.copyOf(own))
                : Section.facts(section.name(), section.type(), Set.copyOf(own), nested);
    }

    @Override
    public String section() {
        return section.name();
    }

    @Override
    public Section layout() {
        return layout;
    }

    @Override
    public void load(Item item, GraphWriter out) {
        out.define(kind, item, section.keyField()).ifPresent(node -> {
            String key = item.text(section.keyField()).orElseThrow();
            if (!section.inReferenceTable()) {
                out.fact(node, section.type(), item, layout.own());
            } else if (classifier.isPresent()) {
                Field field = classifier.get();
                out.kind(node, field.paths().get(0), item, field.name(), field.value().scheme());
                out.fields(node, section.type(), item, layout.own());
            } else {
                out.thing(node, section.type(), item, layout.own());
            }
            if (wikidata) {
                item.text(WIKIDATA).ifPresent(q -> Wikidata.link(node, q, item, out));
            }
            rule.apply(node, key, item, out);
            for (DataSection nested : section.nested()) {
                for (Item child : item.items(nested.name())) {
                    loadNested(node, key, nested, child, item, out);
                    child.finish();
                }
            }
        });
    }

    /** {@code id/{kind}/{parent key}/{key field}}: the key field names the node as well as its value. */
    private static void loadNested(Node parent, String parentKey, DataSection nested, Item child, Item item, GraphWriter out) {
        Kind childKind = nested.kind().orElseThrow();
        String childKey = child.required(nested.keyField());
        if (childKey == null) {
            child.abandon();
            return;
        }
        if (!childKind.acceptsKey(childKey)) {
            child.error(nested.keyField(), "'" + childKey + "' is not " + childKind.keyForm());
            child.abandon();
            return;
        }
        Node node = GraphWriter.child(childKind.path(), parentKey, childKey);
        out.add(parent, nested.parentLink(), node);
        out.childFact(node, nested.type(), child, nested.keyField(), item, Set.of());
    }
}
