package org.w3id.unrights.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.vocab.Ids;

/**
 * Reads a data folder ({@code reference/} tables, then every {@code sources/*.yaml}) into named graphs; what
 * else the folder may hold, and that it holds nothing more, is {@link DataFolder}'s to check.
 * All errors of all files are collected; if there is any, the load fails as a whole and the target is left
 * as the caller should discard it, so a partly loaded graph is never served.
 */
public final class CuratedDataLoader {
    /**
     * The sections whose items are not keyed things of a kind, or not only: their IRIs or fields follow rules
     * of their own. Every other section is read by {@link KindSection} from what its shape declares.
     */
    private static final Map<String, SectionLoader> IRREGULAR = Map.of(
            "sources", new PublicReferenceLoader(), "mechanismFacts", new MechanismFactLoader());
    /** Kinds whose items carry a check or a triple beyond their fields. */
    private static final Map<String, KindRule> RULES = Map.of("state", new StateRule());

    private final Vocabularies vocabularies;
    private final FieldMap fieldMap;
    private final KindMap kinds;
    /** Reference tables in the order their keys are needed; then the sections of a source file. */
    private final List<SectionLoader> tables;
    private final List<SectionLoader> sections;
    private final Registry registry = new Registry();
    private final Problems problems = new Problems();

    /** @param shapes the SHACL shapes, which declare the fields of every section ({@link FieldMap}) */
    public CuratedDataLoader(Graph ontology, Graph shapes) {
        this.vocabularies = new Vocabularies(ontology);
        this.fieldMap = new FieldMap(shapes, ontology);
        this.kinds = fieldMap.kinds();
        this.tables = kinds.tables().stream().map(this::loader).toList();
        this.sections = kinds.sections().stream().map(this::loader).toList();
    }

    private SectionLoader loader(DataSection section) {
        SectionLoader irregular = IRREGULAR.get(section.name());
        if (irregular != null) {
            return irregular;
        }
        Kind kind = section.kind().orElseThrow(() -> new IllegalStateException("ontology/shapes.ttl: the section '"
                + section.name() + "' declares no unrsh:kind, and no loader of its own reads it"));
        return new KindSection(section, fieldMap, vocabularies, RULES.getOrDefault(kind.path(), KindRule.NONE));
    }

    /** Every section of the data files, the source block and nested sections included, in reading order. */
    public List<Section> layout() {
        List<Section> all = new ArrayList<>();
        tables.forEach(l -> all.add(l.layout()));
        all.add(SourceLoader.LAYOUT);
        sections.forEach(l -> all.add(l.layout()));
        return all;
    }

    /** The map of fields the loader writes generically, from the shapes. */
    public FieldMap fieldMap() {
        return fieldMap;
    }

    /** Fields every fact has that the fact step reads itself rather than the generic writer. */
    public static Set<String> factOwn() {
        return GraphWriter.FACT_OWN;
    }

    /** Loads everything into {@code target}; throws {@link DataException} listing every error. */
    public Registry load(Path dataDir, DatasetGraph target) {
        DataFolder folder = DataFolder.scan(dataDir, tables.stream().map(SectionLoader::section).toList(), problems);
        for (SectionLoader loader : tables) {
            Path file = folder.referenceTable(loader.section());
            if (!Files.isRegularFile(file)) {
                continue; // reported by the scan
            }
            GraphWriter out = new GraphWriter(target, Ids.REFERENCE_GRAPH, null, null, registry, vocabularies, fieldMap, problems);
            YamlFiles.read(file, problems).ifPresent(root -> loadSections(root, List.of(loader), out));
        }
        // Sources refer to reference keys everywhere: errors there would be repeated in every source.
        problems.throwIfAny();
        boolean allRead = true;
        for (Path file : folder.sources()) {
            Optional<Item> root = YamlFiles.read(file, problems);
            root.ifPresent(r -> loadSource(r, target));
            allRead &= root.isPresent();
        }
        // A file that could not be read defines nothing, so references into it would all look broken.
        if (allRead) {
            registry.checkReferences(problems);
        }
        problems.throwIfAny();
        ReferenceProvenance.addMentions(target);
        return registry;
    }

    private void loadSource(Item root, DatasetGraph target) {
        root.item("source").ifPresent(meta -> {
            String key = meta.required("key");
            registry.define(kinds.get("source"), key, meta, "key", key, problems).ifPresent(source -> {
                Node graph = Ids.graph(key);
                GraphWriter out = new GraphWriter(target, graph, source, key, registry, vocabularies, fieldMap, problems);
                SourceLoader.describe(source, meta, out);
                out.finishFacts();
                meta.finish();
                loadSections(root, sections, out);
            });
        });
    }

    private static void loadSections(Item root, List<SectionLoader> loaders, GraphWriter out) {
        for (SectionLoader loader : loaders) {
            for (Item item : root.items(loader.section())) {
                loader.load(item, out);
                out.finishFacts();
                item.finish();
            }
        }
        root.finish();
    }
}
