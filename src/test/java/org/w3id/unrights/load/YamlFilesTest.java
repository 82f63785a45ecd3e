package org.w3id.unrights.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.diagnostics.Problems;

class YamlFilesTest {
    @TempDir
    Path dir;

    /** SnakeYAML refuses documents over 3 MiB unless told otherwise; a large source must still load. */
    @Test
    void aFileLargerThanSnakeYamlsDefaultLimitIsRead() throws IOException {
        int count = 30_000;
        StringBuilder yaml = new StringBuilder("statements:\n");
        for (int i = 0; i < count; i++) {
            yaml.append("  - key: statement-").append(i).append("\n    actor: prk\n    stance: rejects\n")
                    .append("    summary: A statement long enough to make the file large, number ").append(i).append(".\n")
                    .append("    locator: para ").append(i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("large.yaml"), yaml);
        assertTrue(Files.size(file) > 4L * 1024 * 1024, "the file is " + Files.size(file) + " bytes");

        Problems problems = new Problems();
        java.util.Optional<Item> read = YamlFiles.read(file, problems);

        problems.throwIfAny();
        Item root = read.orElseThrow();
        var items = root.items("statements");
        assertEquals(count, items.size());
        assertEquals(file.toString() + ":" + (5 * (count - 1) + 2), items.get(count - 1).location().toString());
    }
}
