package org.w3id.unrights.load.dataset;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.w3id.unrights.load.Item;
import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.diagnostics.Problems;
import org.w3id.unrights.load.YamlFiles;

/**
 * {@code dataset.yaml} of the roll-call data set: what the data set is, its files with their checksums, the
 * rules for country codes that are not a present state's, and the links and subjects that are our inference.
 */
record RollCallManifest(
        Item description,
        List<DataFile> files,
        List<CodeRule> codeRules,
        List<Link> links,
        List<Concern> concerns,
        List<Repair> repairs) {

    static final String FILE = "dataset.yaml";

    /** One vendored file: {@code role} is its field under {@code files}. */
    record DataFile(String role, Path path, String sha256, long rows, FilePosition location) {}

    /** Maps a data-set code (or, for rows with no code, a country name) to a state key, for ballots before a date. */
    record CodeRule(String code, String name, LocalDate before, String state, String note, FilePosition location) {
        boolean matches(String rowCode, String rowName, LocalDate date) {
            boolean who = code != null ? code.equals(rowCode) : rowCode == null && name.equals(rowName);
            return who && (before == null || date.isBefore(before));
        }
    }

    /** A roll call on resolutions the curated sources describe under their own keys. */
    record Link(int rcid, List<String> resolutions, String note, FilePosition location) {}

    /** Roll calls whose resolution concerns one state, inferred from the data set's title. */
    record Concern(String state, List<Integer> rcids, FilePosition location) {}

    /**
     * A text of the data set that was mis-encoded or cut short, as it is ({@code was}) and as it is written
     * ({@code text}); applied only to that exact text, so a changed data set cannot be repaired by mistake.
     */
    record Repair(int rcid, String column, String was, String text, String note, FilePosition location) {}

    static Optional<RollCallManifest> read(Path dir, Problems problems) {
        return YamlFiles.read(dir.resolve(FILE), problems).map(root -> {
            Item description = root.item("dataset").orElse(null);
            List<DataFile> files = new ArrayList<>();
            root.item("files").ifPresent(f -> {
                for (String role : List.of(RollCallLoader.ROLL_CALLS, RollCallLoader.BALLOTS, RollCallLoader.ISSUES)) {
                    f.item(role).ifPresent(file -> {
                        String name = file.required("name");
                        String sha = file.required("sha256");
                        long rows = file.integer("rows").orElse(-1L);
                        if (name != null && sha != null) {
                            files.add(new DataFile(role, dir.resolve(name), sha, rows, file.location("sha256")));
                        }
                        file.finish();
                    });
                }
                f.finish();
            });
            List<CodeRule> rules = new ArrayList<>();
            for (Item rule : root.items("countryCodes")) {
                String code = rule.text("code").orElse(null);
                String name = rule.text("name").orElse(null);
                if ((code == null) == (name == null)) {
                    rule.error("code", "give either code or name");
                }
                LocalDate before = rule.text("before").map(d -> date(rule, d)).orElse(null);
                rules.add(new CodeRule(code, name, before, rule.required("state"), rule.text("note").orElse(null), rule.location()));
                rule.finish();
            }
            List<Link> links = new ArrayList<>();
            for (Item link : root.items("links")) {
                links.add(new Link(link.integer("rcid").orElse(-1L).intValue(), link.texts("resolutions"),
                        link.required("note"), link.location()));
                link.finish();
            }
            List<Concern> concerns = new ArrayList<>();
            for (Item concern : root.items("concerns")) {
                List<Integer> rcids = concern.texts("rcids").stream().map(s -> integer(concern, s)).toList();
                concerns.add(new Concern(concern.required("state"), rcids, concern.location()));
                concern.finish();
            }
            List<Repair> repairs = new ArrayList<>();
            for (Item repair : root.items("repairs")) {
                String column = repair.required("column");
                if (column != null && !column.equals("short") && !column.equals("descr")) {
                    repair.error("column", "'" + column + "' is not a text column of the roll calls: short or descr");
                }
                repairs.add(new Repair(repair.integer("rcid").orElse(-1L).intValue(), column, repair.required("was"),
                        repair.required("text"), repair.required("note"), repair.location()));
                repair.finish();
            }
            root.finish();
            // `dataset` is read field by field when the graph is written; the rest is read here.
            return new RollCallManifest(description, files, rules, links, concerns, repairs);
        });
    }

    Optional<DataFile> file(String role) {
        return files.stream().filter(f -> f.role().equals(role)).findFirst();
    }

    private static LocalDate date(Item item, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            item.error("before", "'" + value + "' is not a date YYYY-MM-DD");
            return null;
        }
    }

    private static int integer(Item item, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            item.error("rcids", "'" + value + "' is not a roll-call id");
            return -1;
        }
    }
}
