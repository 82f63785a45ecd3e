package org.w3id.unrights.graph;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.load.Origins;
import org.w3id.unrights.load.Registry;
import org.w3id.unrights.vocab.Ids;

/**
 * Points a SHACL result back at the data: its focus node to the file and line of the item that made it, its
 * property path to the YAML field that gave the value, and that value to its own line. Where several items
 * gave values (sources that each describe a shared resolution) every place is named. A missing value is
 * named by the field its shape declares ({@code unrsh:field}), the name a curator writes.
 */
final class ShaclLocator {
    /** Where a result points in the data; location null when the focus node did not come from a data file. */
    record Place(FilePosition location, String field, String others) {}

    private static final Node FIELD = NodeFactory.createURI(Ids.SHAPES + "field");

    private final Registry registry;
    private final Graph shapes;

    ShaclLocator(Registry registry, Graph shapes) {
        this.registry = registry;
        this.shapes = shapes;
    }

    Place locate(ReportEntry entry) {
        Node focus = entry.focusNode();
        FilePosition item = registry.origin(focus).orElse(null);
        Path path = entry.resultPath();
        Node property = path instanceof P_Link link ? link.getNode()
                : path instanceof P_Inverse inverse && inverse.getSubPath() instanceof P_Link link ? link.getNode()
                : null;
        if (property == null) {
            return new Place(item, null, "");
        }
        Origins origins = registry.origins();
        List<Origins.Field> given = path instanceof P_Inverse && entry.value() != null
                ? origins.fields(entry.value(), property).stream().filter(f -> f.value().equals(focus)).toList()
                : origins.fields(focus, property);
        Optional<Origins.Field> exact = given.stream().filter(f -> f.value().equals(entry.value())).findFirst();
        Optional<Origins.Field> chosen = exact.or(() -> given.stream().findFirst());
        if (chosen.isEmpty()) {
            // Nothing gave the property a value: point at the item, naming the field that would.
            return new Place(item, declaredField(entry).or(() -> origins.fieldName(property))
                    .orElse(property.getLocalName()), "");
        }
        String others = exact.isPresent() ? "" : given.stream().map(Origins.Field::location)
                .filter(l -> !l.equals(chosen.get().location())).distinct().map(FilePosition::toString)
                .collect(Collectors.joining(", "));
        return new Place(chosen.get().location(), chosen.get().name(), others);
    }

    /** The {@code unrsh:field} of the property shape that gave the result, if it states one. */
    private Optional<String> declaredField(ReportEntry entry) {
        if (entry.source() == null) {
            return Optional.empty();
        }
        return shapes.find(entry.source(), FIELD, Node.ANY).nextOptional()
                .map(t -> t.getObject()).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
