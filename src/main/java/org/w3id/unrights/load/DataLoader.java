package org.w3id.unrights.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.unrights.diagnostics.DataException;
import org.w3id.unrights.diagnostics.Location;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.vocab.Ids;

/**
 * Reads a data folder ({@code reference/} tables, then every {@code sources/*.yaml}) into named graphs; what
 * else the folder may hold, and that it holds nothing more, is {@link DataFolder}'s to check.
 * All errors of all files are collected; if there is any, the load fails as a whole and the target is left
 * as the caller should discard it, so a partly loaded graph is never served.
 */
public final class DataLoader {
    /** Reference tables in the order their keys are needed. */
    private static final List<SectionLoader> REFERENCE = List.of(
            new PublicReferenceLoader(), new StateLoader(), new BodyLoader(), new ReferenceSection("persons", Kind.PERSON), new MechanismLoader());

    /** The sections of a source file, in the order data/README.md documents them. */
    private static final List<SectionLoader> SOURCE_SECTIONS = List.of(
            new MechanismFactLoader(),
            new FactSection("roles", Kind.ROLE),
            new FactSection("personFacts", Kind.PERSON_FACT),
            new FactSection("documents", Kind.DOCUMENT),
            new ResolutionLoader(),
            new VoteLoader(),
            new ReviewLoader(),
            new FactSection("events", Kind.EVENT),
            new FactSection("statements", Kind.STATEMENT),
            new FactSection("figures", Kind.FIGURE),
            new FactSection("sanctions", Kind.SANCTION),
            new FactSection("proposals", Kind.PROPOSAL),
            new FactSection("treatyStatus", Kind.TREATY_STATUS),
            new FactSection("positions", Kind.POSITION));

    private final Vocabularies vocabularies;
    private final FieldMap fieldMap;
    private final Registry registry = new Registry();
    private final Problems problems = new Problems();

    /** @param shapes the SHACL shapes, which declare the fields of every section ({@link FieldMap}) */
    public DataLoader(Graph ontology, Graph shapes) {
        this.vocabularies = new Vocabularies(ontology);
        this.fieldMap = new FieldMap(shapes, ontology);
    }

    /** The sections of reference tables and of source files, in the order they are read. */
    public static List<SectionLoader> referenceSections() {
        return REFERENCE;
    }

    public static List<SectionLoader> sourceSections() {
        return SOURCE_SECTIONS;
    }

    /** Every section of the data files, the source block and nested sections included, in reading order. */
    public static List<Section> layout() {
        List<Section> all = new java.util.ArrayList<>();
        REFERENCE.forEach(l -> all.add(l.layout()));
        all.add(SourceLoader.LAYOUT);
        SOURCE_SECTIONS.forEach(l -> all.add(l.layout()));
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
        DataFolder folder = DataFolder.scan(dataDir, REFERENCE.stream().map(SectionLoader::section).toList(), problems);
        for (SectionLoader loader : REFERENCE) {
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
            registry.define(Kind.SOURCE, key, meta, "key", key, problems).ifPresent(source -> {
                Node graph = Ids.graph(key);
                GraphWriter out = new GraphWriter(target, graph, source, key, registry, vocabularies, fieldMap, problems);
                SourceLoader.describe(source, meta, out);
                out.finishFacts();
                meta.finish();
                loadSections(root, SOURCE_SECTIONS, out);
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
