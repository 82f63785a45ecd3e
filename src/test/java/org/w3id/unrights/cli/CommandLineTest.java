package org.w3id.unrights.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.unrights.Fixtures;
import org.w3id.unrights.graph.Statistics;

/** The commands' exit codes and messages, as a user or a script sees them. */
class CommandLineTest extends CommandTesting {
    @TempDir
    Path dir;

    @Test
    void validateAcceptsTheFixture() {
        assertEquals(0, run("validate", "--data", Fixtures.MINIMAL.toString()), err::toString);
        assertTrue(out.toString().startsWith("valid: "), out::toString);
    }

    @Test
    void validateRejectsAMalformedFileNamingFileAndLine() throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir.resolve("data"));
        Path states = data.resolve("reference/states.yaml");
        Files.writeString(states, Files.readString(states).replace("m49: \"392\"", "m49: [392"));

        int code = run("validate", "--data", data.toString());

        assertNotEquals(0, code);
        assertTrue(err.toString().contains(states + ":"), err::toString);
        assertTrue(err.toString().contains("not valid YAML"), err::toString);
    }

    @Test
    void dataThatLoadsButBreaksAShapeIsReportedAndNotServed() throws IOException {
        Path data = Fixtures.copy(Fixtures.MINIMAL, dir.resolve("data"));
        Path source = data.resolve("sources/fixture-source.yaml");
        // A person may speak, but only states and bodies sponsor resolutions: the shapes say so, not the loader.
        Files.writeString(source, Files.readString(source).replace("sponsors: [jpn]", "sponsors: [fixture-author]"));

        assertEquals(ValidateCommand.INVALID, run("validate", "--data", data.toString()));
        assertTrue(err.toString().contains("1 SHACL violation(s)"), err::toString);
        assertTrue(err.toString().contains("fixture-source.yaml:"), err::toString);
        assertTrue(err.toString().contains("sponsor"), err::toString);
        assertEquals(ValidateCommand.INVALID, run("serve", "--data", data.toString(), "--port", "0"));
        assertTrue(err.toString().contains("not serving invalid data"), err::toString);
    }

    @Test
    void exportWritesTurtleAndTrig() {
        Path target = dir.resolve("dumps");
        assertEquals(0, run("export", "--data", Fixtures.MINIMAL.toString(), "--out", target.toString()), err::toString);
        assertTrue(Files.exists(target.resolve("un-rights.ttl")));
        assertTrue(Files.exists(target.resolve("un-rights.trig")));
    }

    @Test
    void queryReportsAnUnknownName() {
        assertNotEquals(0, run("query", "--data", Fixtures.MINIMAL.toString(), "no-such-query"));
        assertTrue(err.toString().contains("no query named 'no-such-query'"), err::toString);
    }

    @Test
    void queryReportsInvalidSparqlWithTheFile() throws IOException {
        Path query = dir.resolve("broken.rq");
        Files.writeString(query, "SELECT ?s WHERE { ?s ?p }");
        assertNotEquals(0, run("query", "--data", Fixtures.MINIMAL.toString(), query.toString()));
        assertTrue(err.toString().contains(query + ": not valid SPARQL"), err::toString);
    }

    @Test
    void statsCountsClassesAndTheShareOfSourcedFacts() {
        assertEquals(0, run("stats", "--data", Fixtures.MINIMAL.toString()), err::toString);
        String printed = out.toString();
        assertTrue(printed.matches("(?s).*unr:Statement\\s+2\\n.*"), printed);
        assertTrue(printed.matches("(?s).*unr:State\\s+2\\n.*"), printed);
        assertTrue(printed.contains("https://w3id.org/un-rights/graph/fixture-source"), printed);
        assertTrue(printed.contains("(100.0%)"), printed);
        long triples = Statistics.of(Fixtures.minimalGraph()).triples();
        assertTrue(printed.contains("triples: " + triples + ","), printed);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"serve", "validate", "export", "query", "stats"}) {
            assertEquals(0, run(command, "--help"));
            assertTrue(out.toString().contains("Usage: un-rights-graph " + command), out::toString);
        }
    }
}
