package org.w3id.unrights.load.dataset;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.w3id.unrights.diagnostics.FilePosition;
import org.w3id.unrights.diagnostics.Problems;

/**
 * A gzipped CSV file as R's {@code write.csv} writes it, read one row at a time. R quotes every string and
 * writes a missing value as a bare {@code NA}: with the strict quote mode commons-csv reads a bare NA as
 * missing and keeps a quoted "NA" (Namibia's code) as text. Backslashes are plain characters.
 */
final class CsvFile {
    private static final CSVFormat R_CSV = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setNullString("NA").setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setEscape(null)
            .get();

    private final Path path;
    private final List<String> columns;

    CsvFile(Path path, List<String> columns) {
        this.path = path;
        this.columns = columns;
    }

    Path path() {
        return path;
    }

    /** Hands each row to {@code action}; returns how many rows there were, or -1 if the file could not be read. */
    long forEach(Problems problems, Consumer<Row> action) {
        CSVParser parser = null;
        try (Reader reader = new InputStreamReader(new GZIPInputStream(Files.newInputStream(path), 1 << 16), StandardCharsets.UTF_8)) {
            parser = R_CSV.parse(reader);
            List<String> header = parser.getHeaderNames();
            if (!header.equals(columns)) {
                problems.add(new FilePosition(path, 1), null, "the header must be " + String.join(",", columns) + ", not " + String.join(",", header));
                return -1;
            }
            long rows = 0;
            for (CSVRecord record : parser) {
                // The header is line 1 and no field of these files spans lines, so record n is on line n + 1.
                action.accept(new Row(record, new FilePosition(path, Math.toIntExact(record.getRecordNumber() + 1)), problems));
                rows++;
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int line = parser == null ? 1 : Math.toIntExact(parser.getCurrentLineNumber() + 1);
            problems.add(new FilePosition(path, line), null, "cannot be read as CSV: " + e.getMessage());
            return -1;
        }
    }

    /** One row; every accessor reports a bad value with the file, line and column. */
    static final class Row {
        private final CSVRecord record;
        private final FilePosition location;
        private final Problems problems;
        private boolean bad;

        Row(CSVRecord record, FilePosition location, Problems problems) {
            this.record = record;
            this.location = location;
            this.problems = problems;
            if (!record.isConsistent()) {
                problems.add(location, null, "has " + record.size() + " fields, the header " + record.getParser().getHeaderNames().size());
                bad = true;
            }
        }

        FilePosition location() {
            return location;
        }

        /** True once any field of the row was reported. */
        boolean bad() {
            return bad;
        }

        /** The value, or empty for a bare NA or an empty field. */
        Optional<String> text(String column) {
            if (!record.isSet(column)) {
                return Optional.empty();
            }
            String value = record.get(column);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        /** True when the field holds R's bare NA, as opposed to the string "NA". */
        boolean missing(String column) {
            return record.isSet(column) && record.get(column) == null;
        }

        String required(String column) {
            return text(column).orElseGet(() -> {
                error(column, "is missing");
                return null;
            });
        }

        int integer(String column) {
            String value = required(column);
            if (value != null) {
                try {
                    return Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    error(column, "'" + value + "' is not a whole number");
                }
            }
            return -1;
        }

        /** R's logical coded 0/1; empty when NA. */
        Optional<Boolean> flag(String column) {
            return text(column).flatMap(v -> switch (v) {
                case "0" -> Optional.of(false);
                case "1" -> Optional.of(true);
                default -> {
                    error(column, "'" + v + "' must be 0, 1 or NA");
                    yield Optional.empty();
                }
            });
        }

        void error(String column, String message) {
            problems.add(location, column, message);
            bad = true;
        }
    }
}
