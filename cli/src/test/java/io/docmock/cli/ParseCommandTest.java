package io.docmock.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ParseCommandTest {
    private static final String SEEDS = System.getProperty("docmock.seeds", "../seeds");

    @Test
    void summaryOfTheSeeds() {
        CliRun run = CliRun.of("parse", SEEDS);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("pages read: 5"), run.out());
        assertTrue(run.out().contains("operations: 5 (REST 3, SOAP 2)"), run.out());
        assertTrue(run.out().contains("warnings: 0"), run.out());
    }

    @Test
    void packagedSeedsWhenNoDocsAreGiven() {
        CliRun run = CliRun.of("parse");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("operations: 5 (REST 3, SOAP 2)"), run.out());
    }

    @Test
    void jsonIsOnlyTheModel() throws Exception {
        CliRun run = CliRun.of("parse", "--json", SEEDS);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode operations = new ObjectMapper().readTree(run.out());
        assertTrue(operations.isArray());
        assertEquals(5, operations.size());
        assertEquals("REST", operations.get(0).get("protocol").asText());
        assertEquals("v1UserAgent_SendChangePasswordEMail", operations.get(0).get("id").asText());
        assertEquals("SOAP", operations.get(3).get("protocol").asText());
        assertEquals("ChangePassword", operations.get(3).get("soap").get("operationElement").asText());
    }

    @Test
    void missingPathIsAUsageErrorInOneLine() {
        CliRun run = CliRun.of("parse", "no/such/folder");
        assertEquals(2, run.exitCode());
        assertEquals("docmock: no such file or folder: no/such/folder", run.err().strip());
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("parse", "--bogus");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("docmock: Unknown option: '--bogus'"), run.err());
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("parse"), run.out());
    }
}
