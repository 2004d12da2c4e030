package org.satchel.node.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.satchel.node.records.TickingClock;
import org.satchel.node.store.StoreBackend;
import org.satchel.vocab.jsonld.JsonLdOffline;

/** The node over HTTP as clients see it: problems, content negotiation, the access log; once per store back end. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NodeHttpContract {
    RunningNode node;

    abstract StoreBackend backend();

    @BeforeAll
    void start() {
        node = RunningNode.start(backend(), 12, new TickingClock(Instant.parse("2026-07-20T10:00:00Z")), List.of());
    }

    @AfterAll
    void stop() {
        node.close();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return new ObjectMapper().readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode body = json(response);
        assertEquals("https://w3id.org/satchel/problems/" + slug, body.get("type").asText(), response.body());
        assertEquals(status, body.get("status").asInt());
        assertFalse(body.get("detail").asText().isBlank());
    }

    String learner(int i) {
        return node.school().learners().get(i);
    }

    @Test
    void readWithoutAPurposeIsA400Problem() {
        String learner = learner(0);
        String before = node.school().snapshot(learner);
        assertProblem(node.get("/learners/" + learner + "/record", "learner:" + learner, null), 400, "missing-purpose");
        assertProblem(node.get("/learners/" + learner + "/record", "learner:" + learner, "curiosity"), 400, "unknown-purpose");
        assertEquals(before, node.school().snapshot(learner));
    }

    @Test
    void noTokenIs401AndABadTokenToo() {
        HttpResponse<String> none = node.get("/learners/" + learner(0) + "/record", null, "teaching");
        assertProblem(none, 401, "unauthenticated");
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        HttpResponse<String> bad = node.send(node.request("/learners/" + learner(0) + "/record", null, "teaching")
                .header("Authorization", "Bearer not.a.token").build());
        assertProblem(bad, 401, "invalid-token");
    }

    @Test
    void guardianAskingForSafeguardingIsRefusedAndSeesTheRefusalInTheLog() {
        String learner = learner(1);
        String guardian = "guardian:" + node.school().guardianOf(learner);
        HttpResponse<String> refused = node.get("/learners/" + learner + "/record?kind=SafeguardingConcern", guardian, "learner-request");
        assertProblem(refused, 403, "access-refused");
        String event = json(refused).get("event").asText();
        JsonNode log = json(node.get("/learners/" + learner + "/access-log", guardian, null));
        JsonNode newest = log.get("events").get(0);
        assertEquals(event, newest.get("id").asText());
        assertEquals("refused", newest.get("outcome").asText());
        assertEquals("guardian", newest.get("role").asText());
        assertEquals("SafeguardingConcern", newest.get("dataKinds").get(0).asText());
    }

    @Test
    void prohibitedPurposeIsRefusedAndLogged() {
        String learner = learner(2);
        HttpResponse<String> refused = node.get("/learners/" + learner + "/record", "head:T0001", "marketing");
        assertProblem(refused, 403, "prohibited-purpose");
        JsonNode newest = json(node.get("/learners/" + learner + "/access-log", "databody:audit", null)).get("events").get(0);
        assertEquals("marketing", newest.get("purpose").asText());
        assertEquals("none", newest.get("legalBasis").asText());
    }

    @Test
    void jsonLdRecordExpandsToExactlyTheTriplesOfTheTurtle() {
        String learner = learner(3);
        HttpResponse<String> jsonld = node.send(node.request("/learners/" + learner + "/record", "learner:" + learner, "learner-request")
                .header("Accept", "application/ld+json").GET().build());
        assertEquals(200, jsonld.statusCode(), jsonld.body());
        HttpResponse<String> turtle = node.send(node.request("/learners/" + learner + "/record", "learner:" + learner, "learner-request")
                .header("Accept", "text/turtle").GET().build());
        assertEquals("text/turtle", turtle.headers().firstValue("Content-Type").orElse(""));
        Graph fromTurtle = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle.body()).lang(Lang.TURTLE).parse(fromTurtle);
        Graph fromJsonLd = JsonLdOffline.toDataset(jsonld.body()).asDatasetGraph().getDefaultGraph();
        assertTrue(fromTurtle.size() > 1000, "a year of records");
        assertTrue(fromTurtle.isIsomorphicWith(fromJsonLd), "JSON-LD and Turtle carry the same triples");
        assertTrue(jsonld.headers().firstValue("Satchel-Access-Event").isPresent());
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSameRecordGzippedAndOneThatRefusesItDoesNot() throws Exception {
        String learner = learner(5);
        HttpResponse<String> plain = node.send(node.request("/learners/" + learner + "/record", "learner:" + learner, "learner-request")
                .header("Accept", "application/ld+json").GET().build());
        HttpResponse<byte[]> gzipped = node.http().send(node.request("/learners/" + learner + "/record", "learner:" + learner, "learner-request")
                .header("Accept", "application/ld+json").header("Accept-Encoding", "br;q=1.0, gzip;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<String> refused = node.send(node.request("/learners/" + learner + "/record", "learner:" + learner, "learner-request")
                .header("Accept", "application/ld+json").header("Accept-Encoding", "gzip;q=0, identity").GET().build());

        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzipped.headers().allValues("Vary").contains("Accept-Encoding"));
        assertTrue(gzipped.headers().firstValue("Satchel-Access-Event").isPresent(), "a gzipped read is logged like any other");
        String inflated;
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            inflated = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertEquals(plain.body(), inflated);
        assertTrue(gzipped.body().length * 4 < plain.body().length(), "a record compresses well");
        assertFalse(plain.headers().firstValue("Content-Encoding").isPresent());
        assertFalse(refused.headers().firstValue("Content-Encoding").isPresent());
        assertEquals(plain.body(), refused.body());
    }

    @Test
    void nQuadsNameTheLearnersGraph() {
        String learner = learner(4);
        HttpResponse<String> nq = node.send(node.request("/learners/" + learner + "/record?kind=AttendanceMark", "learner:" + learner,
                "learner-request").header("Accept", "application/n-quads").GET().build());
        assertEquals(200, nq.statusCode());
        DatasetGraph ds = DatasetGraphFactory.create();
        RDFParser.fromString(nq.body()).lang(Lang.NQUADS).parse(ds);
        List<String> graphs = new ArrayList<>();
        ds.listGraphNodes().forEachRemaining(n -> graphs.add(n.getURI()));
        assertEquals(List.of("https://oakfield.school.example/learners/" + learner + "/record"), graphs);
    }

    @Test
    void unacceptableMediaTypeIs406() {
        String learner = learner(4);
        assertProblem(node.send(node.request("/learners/" + learner + "/record", "learner:" + learner, "learner-request")
                .header("Accept", "image/png").GET().build()), 406, "not-acceptable");
    }

    @Test
    void invalidRecordIs422WithEveryViolationAndNothingStored() {
        String learner = learner(5);
        String teacher = "teacher:" + node.school().teacherOf(learner);
        String before = node.school().snapshot(learner);
        HttpResponse<String> response = node.send(node.request("/learners/" + learner + "/records", teacher, "teaching")
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("@prefix sat: <https://w3id.org/satchel/ns#> . [] a sat:Achievement ; sat:achievedOn \"soon\" .")).build());
        assertProblem(response, 422, "invalid-record");
        assertTrue(json(response).get("violations").size() >= 2, response.body());
        assertEquals(before, node.school().snapshot(learner));
    }

    @Test
    void teacherAddsARecordOverHttp() {
        String learner = learner(6);
        String teacher = "teacher:" + node.school().teacherOf(learner);
        HttpResponse<String> response = node.send(node.request("/learners/" + learner + "/records", teacher, "teaching")
                .header("Content-Type", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"@context": {"@vocab": "https://w3id.org/satchel/ns#", "code": "https://w3id.org/satchel/code#",
                                      "xsd": "http://www.w3.org/2001/XMLSchema#"},
                         "@type": "Achievement", "title": "Science fair, first prize",
                         "achievementCategory": {"@id": "code:achievement-award"},
                         "achievedOn": {"@value": "2026-07-10", "@type": "xsd:date"}}
                        """)).build());
        assertEquals(201, response.statusCode(), response.body());
        String record = json(response).get("records").get(0).asText();
        assertEquals(record, response.headers().firstValue("Location").orElseThrow());
        assertTrue(node.school().snapshot(learner).contains("<" + record + ">"));
    }

    @Test
    void oversizedBodyIs413Problem() {
        String learner = learner(7);
        HttpResponse<String> response = node.send(node.request("/learners/" + learner + "/records", "head:T0001", "teaching")
                .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString("#".repeat(2 << 20))).build());
        assertEquals(413, response.statusCode());
        assertEquals("https://w3id.org/satchel/problems/payload-too-large", json(response).get("type").asText());
    }

    @Test
    void unknownRouteAndUnknownLearnerAreProblems() {
        assertProblem(node.get("/nowhere", null, null), 404, "not-found");
        assertProblem(node.get("/learners/nobody/record", "head:T0001", "teaching"), 404, "unknown-learner");
        assertProblem(node.get("/learners/bad%20id/record", "head:T0001", "teaching"), 400, "malformed-request");
    }

    @Test
    void healthMetricsAndOpenApiAnswer() throws Exception {
        HttpResponse<String> health = node.get("/health", null, null);
        assertEquals(200, health.statusCode());
        assertEquals("UP", json(health).get("status").asText());
        node.get("/learners/" + learner(8) + "/record", "learner:" + learner(8), "learner-request");
        String metrics = node.get("/metrics", null, null).body();
        assertTrue(metrics.contains("# TYPE satchel_record_accesses_total counter"), metrics);
        assertTrue(metrics.matches("(?s).*satchel_record_accesses_total\\{outcome=\"allowed\"} [1-9].*"), metrics);
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(node.get("/openapi.yaml", null, null).body());
        assertEquals("3.1.0", api.get("openapi").asText());
        for (String path : List.of("/learners", "/learners/{id}/record", "/learners/{id}/records", "/learners/{id}/access-log",
                "/learners/{id}/access-log/deferrals", "/health", "/metrics", "/imports", "/learners/{id}/consent",
                "/learners/{id}/corrections", "/learners/{id}/corrections/{cid}/decision", "/learners/{id}/export",
                "/learners/{id}/erasure", "/learners/{id}/advocates", "/learners/{id}/advocates/{delegationId}",
                "/learners/{id}/pairwise/{relyingParty}", "/sign-in", "/sign-out", "/me", "/staff", "/staff/learners/{id}")) {
            assertTrue(api.get("paths").has(path), path);
        }
    }

    @Test
    void staffListOnlyLearnersTheyMaySee() {
        String learner = learner(9);
        String teacher = node.school().teacherOf(learner);
        JsonNode teachers = json(node.get("/learners", "teacher:" + teacher, "teaching")).get("learners");
        JsonNode heads = json(node.get("/learners", "head:T0001", "teaching")).get("learners");
        assertEquals(node.school().learners().size(), heads.size());
        assertTrue(teachers.size() >= 1 && teachers.size() <= heads.size());
        assertProblem(node.get("/learners", "learner:" + learner, "learner-request"), 403, "access-refused");
        assertProblem(node.get("/learners", "head:T0001", "marketing"), 403, "prohibited-purpose");
    }

    @Test
    void dslDefersAnEventFromGuardiansButTheDataBodyStillSeesIt() {
        String learner = learner(10);
        String guardian = "guardian:" + node.school().guardianOf(learner);
        node.get("/learners/" + learner + "/record?kind=SafeguardingConcern", "dsl:T0002", "safeguarding");
        JsonNode audit = json(node.get("/learners/" + learner + "/access-log", "databody:audit", null)).get("events");
        String event = audit.get(0).get("id").asText();
        int guardianSaw = json(node.get("/learners/" + learner + "/access-log", guardian, null)).get("events").size();
        HttpResponse<String> deferred = node.send(node.request("/learners/" + learner + "/access-log/deferrals", "dsl:T0002", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\": \"" + event + "\", \"until\": \"2026-09-01\", \"reason\": \"a section 47 enquiry is open\"}")).build());
        assertEquals(204, deferred.statusCode(), deferred.body());
        JsonNode guardianLog = json(node.get("/learners/" + learner + "/access-log", guardian, null)).get("events");
        assertEquals(guardianSaw - 1, guardianLog.size());
        guardianLog.forEach(e -> assertFalse(e.get("id").asText().equals(event)));
        JsonNode auditAfter = json(node.get("/learners/" + learner + "/access-log", "databody:audit", null)).get("events");
        assertTrue(auditAfter.size() >= audit.size() + 1);
        assertTrue(auditAfter.findValues("deferral").size() >= 2, "the event and the deferral itself are both deferred");
        assertProblem(node.send(node.request("/learners/" + learner + "/access-log/deferrals", "head:T0001", null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"event\": \"" + event + "\", \"until\": \"2026-09-01\", \"reason\": \"x\"}")).build()),
                403, "access-refused");
    }

    @Test
    void accessLogFiltersByKindAndDate() {
        String learner = learner(11);
        node.get("/learners/" + learner + "/record?kind=AttendanceMark", "learner:" + learner, "learner-request");
        JsonNode byKind = json(node.get("/learners/" + learner + "/access-log?kind=AttendanceMark", "learner:" + learner, null)).get("events");
        assertTrue(byKind.size() >= 1);
        byKind.forEach(e -> assertTrue(e.get("dataKinds").toString().contains("AttendanceMark")));
        JsonNode future = json(node.get("/learners/" + learner + "/access-log?from=2030-01-01", "learner:" + learner, null)).get("events");
        assertEquals(0, future.size());
        assertProblem(node.get("/learners/" + learner + "/access-log", "teacher:T0004", null), 403, "access-refused");
    }

    static byte[] zip(java.nio.file.Path dir, java.util.function.UnaryOperator<String> rename) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes);
                var files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(rename.apply(f.getFileName().toString())));
                zip.write(java.nio.file.Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    HttpResponse<String> postZip(byte[] zip, String principal) {
        return node.send(node.request("/imports", principal, "teaching").header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build());
    }

    @Test
    void headImportsAnExportOverHttpAndBadRowsAreReportedWithTheirLines() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempDirectory("satchel-http-import");
        try {
            new org.satchel.vocab.generator.SchoolGenerator(org.satchel.vocab.generator.GeneratorOptions.of(3, 1, 99))
                    .writeCsv(csv, (d, t) -> { });
            assertProblem(postZip(zip(csv, n -> n), "teacher:T0004"), 403, "access-refused");
            assertProblem(postZip(zip(csv, n -> n.equals("pupils.csv") ? "../pupils.csv" : n), "head:T0001"), 400, "malformed-request");
            assertProblem(postZip("not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8), "head:T0001"), 400, "malformed-request");
            HttpResponse<String> ok = postZip(zip(csv, n -> "export/" + n), "head:T0001");
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals(3, json(ok).get("learners").asInt());
            java.nio.file.Path homework = csv.resolve("homework.csv");
            List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(homework));
            lines.set(2, lines.get(2).replaceFirst(",\\d{4}-\\d{2}-\\d{2},", ",someday,"));
            java.nio.file.Files.write(homework, lines);
            HttpResponse<String> refused = postZip(zip(csv, n -> n), "head:T0001");
            assertProblem(refused, 422, "invalid-import");
            JsonNode rows = json(refused).get("rejected").get("homework.csv");
            assertEquals(3, rows.get(0).get("line").asInt(), refused.body());
            assertFalse(json(refused).get("imported").toString().contains("homework.csv"));
        } finally {
            org.apache.commons.io.FileUtils.deleteQuietly(csv.toFile());
        }
    }
}
