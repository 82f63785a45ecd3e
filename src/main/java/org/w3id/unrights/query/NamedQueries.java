package org.w3id.unrights.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The folder of named queries. */
public final class NamedQueries {
    private final Path dir;

    public NamedQueries(Path dir) {
        this.dir = dir;
    }

    public List<NamedQuery> all() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".rq")).sorted().map(NamedQuery::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The query called {@code name}, or the query in file {@code name} when that path exists. */
    public Optional<NamedQuery> find(String name) {
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            return Optional.of(NamedQuery.read(file));
        }
        Path named = dir.resolve(name + ".rq");
        return Files.isRegularFile(named) ? Optional.of(NamedQuery.read(named)) : Optional.empty();
    }
}
