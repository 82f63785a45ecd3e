package org.w3id.unrights.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.shared.PrefixMapping;
import org.w3id.unrights.vocab.Prefixes;

/**
 * The field tables of docs/ONTOLOGY.md and data/README.md, written from the {@link FieldMap} and the
 * {@link CuratedDataLoader#layout() layout of the sections}, so the docs say what the shapes and loaders do.
 */
public final class FieldTables {
    private final FieldMap map;
    private final List<Section> sections;
    private final PrefixMapping prefixes = Prefixes.standard();

    public FieldTables(FieldMap map, List<Section> sections) {
        this.map = map;
        this.sections = sections;
    }

    /** For docs/ONTOLOGY.md: each field of each section with its property and the form of its value. */
    public String properties() {
        List<String> rows = new ArrayList<>(List.of(
                "| section | field | property | value |",
                "|---|---|---|---|"));
        for (Section section : flat()) {
            for (Field field : map.fields(section.type())) {
                rows.add("| " + section.name() + " | `" + field.name() + "`" + marks(field) + " | "
                        + field.paths().stream().map(p -> "`" + prefixes.shortForm(p.getURI()) + "`").collect(Collectors.joining(", "))
                        + " | " + (section.own().contains(field.name()) ? "see data/README.md" : describe(field)) + " |");
            }
        }
        for (Field field : map.factFields()) {
            rows.add("| every fact | `" + field.name() + "`" + marks(field) + " | `"
                    + prefixes.shortForm(field.paths().get(0).getURI()) + "` | "
                    + (CuratedDataLoader.factOwn().contains(field.name()) ? "see data/README.md" : field.value().describe()) + " |");
        }
        return String.join("\n", rows) + "\n";
    }

    /** For data/README.md: the fields of each section, required first. */
    public String sections() {
        List<String> rows = new ArrayList<>(List.of(
                "| section | class | required | optional |",
                "|---|---|---|---|"));
        for (Section section : flat()) {
            Map<Boolean, List<String>> byRequired = map.fields(section.type()).stream()
                    .filter(f -> !f.name().equals("locator"))
                    .collect(Collectors.partitioningBy(Field::required, Collectors.mapping(f -> "`" + f.name() + "`", Collectors.toList())));
            List<String> required = new ArrayList<>();
            if (section.own().contains("key")) {
                required.add("`key`");
            }
            if (section.fact()) {
                // A nested item (a paragraph, a ballot) takes its parent's locator unless it gives its own.
                required.add(section.name().contains(" › ") ? "`locator` (or the parent's)" : "`locator`");
            }
            required.addAll(byRequired.get(true));
            rows.add("| " + section.name() + " | `" + prefixes.shortForm(section.type().getURI()) + "` | "
                    + String.join(", ", required) + " | " + String.join(", ", byRequired.get(false)) + " |");
        }
        rows.add("| every fact | | `certainty` (a nested item takes its parent's) | "
                + map.factFields().stream().map(Field::name).filter(n -> !n.equals("certainty"))
                .map(n -> "`" + n + "`").collect(Collectors.joining(", ")) + " |");
        return String.join("\n", rows) + "\n";
    }

    private static String describe(Field field) {
        return field.value().describe() + (field.pattern() == null ? "" : " matching `" + field.pattern() + "`");
    }

    private static String marks(Field field) {
        return (field.required() ? " (required)" : "") + (field.many() ? " (list)" : "");
    }

    private List<Section> flat() {
        List<Section> all = new ArrayList<>();
        for (Section s : sections) {
            all.add(s);
            s.nested().forEach(n -> all.add(new Section(s.name() + " › " + n.name(), n.type(), n.fact(), n.own(), n.nested())));
        }
        return all;
    }
}
