package org.w3id.unrights.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.w3id.unrights.query.QueryRunner;
import org.w3id.unrights.vocab.Prefixes;

/** /sparql answers with RDFS entailment, the same answers as the offline query command. */
class EntailmentOverHttpTest extends ServingShippedGraph {
    @Test
    void selectOverMechanismReturnsTheInstancesOfAllItsSubclasses() {
        Set<String> mechanisms = overHttp("SELECT DISTINCT ?x WHERE { ?x a unr:Mechanism }");
        for (String kind : new String[] {"SpecialProcedure", "CommissionOfInquiry", "PeriodicReview", "CouncilDebate",
                "ResolutionSeries", "BilateralDialogue", "TechnicalCooperation", "FieldOffice"}) {
            Set<String> ofKind = overHttp("SELECT DISTINCT ?x WHERE { ?x a unr:" + kind + " }");
            assertTrue(!ofKind.isEmpty(), "the shipped data has a " + kind);
            assertTrue(mechanisms.containsAll(ofKind), kind + " instances are mechanisms");
        }
        assertEquals(offline("SELECT DISTINCT ?x WHERE { ?x a unr:Mechanism }"), mechanisms);
    }

    @Test
    void selectOverProvAgentReturnsStatesBodiesAndPersons() {
        Set<String> agents = overHttp("SELECT DISTINCT ?x WHERE { ?x a prov:Agent }");
        assertEquals(overHttp("SELECT DISTINCT ?x WHERE { { ?x a unr:State } UNION { ?x a unr:Body } UNION { ?x a unr:Person } }"), agents);
        assertTrue(agents.contains("https://w3id.org/un-rights/id/state/prk"));
        assertEquals(offline("SELECT DISTINCT ?x WHERE { ?x a prov:Agent }"), agents);
    }

    private static Set<String> overHttp(String query) {
        HttpResponse<String> response = http.post(RightsServer.SPARQL, "application/sparql-query", Prefixes.sparqlPrologue() + query,
                "Accept", "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response::body);
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        Set<String> found = new HashSet<>();
        rows.forEachRemaining(r -> found.add(r.getResource("x").getURI()));
        return found;
    }

    private static Set<String> offline(String query) {
        Set<String> found = new HashSet<>();
        new QueryRunner(graph).select(Prefixes.sparqlPrologue() + query, rows -> rows.forEachRemaining(r -> found.add(r.getResource("x").getURI())));
        return found;
    }
}
