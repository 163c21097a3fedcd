package io.docmock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    private static final String SEEDS = System.getProperty("docmock.seeds", "../seeds");

    @TempDir
    Path docs;

    @Test
    void consistentDocsExit0() {
        CliRun run = CliRun.of("lint", SEEDS);
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals("0 findings in 0 files; 5 pages read, 5 operations checked", run.out().strip());
    }

    @Test
    void contradictionsAreOneLineEachWithFileAndLineAndExit1() throws Exception {
        String page = Files.readString(Path.of(SEEDS, "000_11e867df7d3abda0.txt"))
                .replace("\"AssociateId\": 359", "\"AssociateId\": \"359\"")
                .replace("HTTP/1.1 200 OK", "HTTP/1.1 202 Accepted");
        Path file = docs.resolve("page.md");
        Files.writeString(file, page);
        CliRun run = CliRun.of("lint", docs.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        String[] lines = run.out().strip().split("\n");
        // pages are named from the folder given on, never by absolute path
        String name = docs.getFileName() + "/page.md";
        assertEquals(name + ":73: sample request body does not fit the docs: body.AssociateId: expected Integer,"
                + " got string \"359\"", lines[0]);
        assertEquals(name + ":87: sample response status 202 is not in the status table [200]", lines[1]);
        assertTrue(lines[lines.length - 1].startsWith("2 findings in 1 files"), run.out());
    }
}
