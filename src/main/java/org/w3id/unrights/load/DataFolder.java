package org.w3id.unrights.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.diagnostics.Problems;

/**
 * What a data folder may hold, as an explicit list per folder, and the files found in it. Every path under
 * the folder either matches an entry of its folder's list or is an error naming it, so a file ending
 * {@code .yml}, a sub-folder of {@code sources/} or a stray note is refused rather than silently skipped.
 *
 * <pre>
 * data/
 *   README.md                 optional
 *   reference/{table}.yaml    one per reference table, all required
 *   sources/*.yaml            one per source document
 *   datasets/{name}/          optional; one folder per data set:
 *     dataset.yaml            required; what the data set is and the files it holds
 *     README.md               optional
 *     *.csv.gz                its rows
 * </pre>
 */
public final class DataFolder {
    /** One entry of a folder's list: a name or glob, whether it is a folder (with its own list), required. */
    private record Entry(String glob, boolean folder, boolean required, List<Entry> children) {
        boolean matches(Path path) {
            // The path's own file system: inside the jar the data folder is a zip file system.
            PathMatcher matcher = path.getFileSystem().getPathMatcher("glob:" + glob);
            return matcher.matches(path.getFileName());
        }

        String shown() {
            return folder ? glob + "/" : glob;
        }
    }

    private static final String README = "README.md";
    private static final String REFERENCE = "reference";
    private static final String SOURCES = "sources";
    private static final String DATASETS = "datasets";
    private static final String DATASET_MANIFEST = "dataset.yaml";

    private final Path root;
    private final List<Path> sources = new ArrayList<>();
    private final List<Path> datasets = new ArrayList<>();

    private DataFolder(Path root) {
        this.root = root;
    }

    /**
     * Checks {@code root} against the layout, recording an error for each path that does not belong and
     * each required one that is missing.
     *
     * @param tables the names of the reference tables, without {@code .yaml}
     */
    public static DataFolder scan(Path root, List<String> tables, Problems problems) {
        DataFolder folder = new DataFolder(root);
        if (!Files.isDirectory(root)) {
            problems.add(FilePosition.of(root), null, "no such data folder");
            return folder;
        }
        folder.check(root, layout(tables), problems);
        folder.sources.sort(null);
        folder.datasets.sort(null);
        return folder;
    }

    private static List<Entry> layout(List<String> tables) {
        List<Entry> referenceTables = tables.stream().map(t -> file(t + ".yaml", true)).toList();
        return List.of(
                file(README, false),
                folder(REFERENCE, true, referenceTables),
                folder(SOURCES, true, List.of(file("*.yaml", false))),
                folder(DATASETS, false, List.of(
                        folder("*", false, List.of(file(README, false), file(DATASET_MANIFEST, true), file("*.csv.gz", false))))));
    }

    private static Entry file(String glob, boolean required) {
        return new Entry(glob, false, required, List.of());
    }

    private static Entry folder(String glob, boolean required, List<Entry> children) {
        return new Entry(glob, true, required, children);
    }

    private void check(Path folder, List<Entry> allowed, Problems problems) {
        List<Path> children;
        try (Stream<Path> listing = Files.list(folder)) {
            children = listing.sorted().toList();
        } catch (IOException e) {
            problems.add(FilePosition.of(folder), null, "cannot be listed: " + e.getMessage());
            return;
        }
        for (Entry entry : allowed) {
            if (entry.required() && children.stream().noneMatch(c -> entry.matches(c) && Files.isDirectory(c) == entry.folder())) {
                problems.add(FilePosition.of(folder.resolve(entry.glob())), null,
                        "is missing: a data folder needs " + root.relativize(folder.resolve(entry.shown())));
            }
        }
        for (Path child : children) {
            boolean isFolder = Files.isDirectory(child);
            Optional<Entry> entry = allowed.stream().filter(e -> e.matches(child) && e.folder() == isFolder).findFirst();
            if (entry.isEmpty()) {
                problems.add(FilePosition.of(child), null, "is not read: " + place(folder) + " may hold only "
                        + allowed.stream().map(Entry::shown).collect(Collectors.joining(", ")));
            } else if (isFolder) {
                if (folder.equals(root.resolve(DATASETS))) {
                    datasets.add(child);
                }
                check(child, entry.get().children(), problems);
            } else if (folder.equals(root.resolve(SOURCES))) {
                sources.add(child);
            }
        }
    }

    private String place(Path folder) {
        return folder.equals(root) ? "the data folder" : root.relativize(folder) + "/";
    }

    /** The file of a reference table; whether it exists was checked by {@link #scan}. */
    public Path referenceTable(String table) {
        return root.resolve(REFERENCE).resolve(table + ".yaml");
    }

    /** The source files, sorted by name. */
    public List<Path> sources() {
        return List.copyOf(sources);
    }

    /**
     * The folders of data sets under {@code datasets/}, sorted by name, each with its {@code dataset.yaml};
     * that the files it names are there and no other is the data set loader's to check.
     */
    public List<Path> datasets() {
        return List.copyOf(datasets);
    }
}
