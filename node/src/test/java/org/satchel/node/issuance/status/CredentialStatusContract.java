package org.satchel.node.issuance.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.records.TickingClock;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.Json;
import org.satchel.node.web.RunningNode;

/**
 * The register, the published lists and the staff's changes of state, on a running node over one
 * store back end (the subclasses pick TDB2 or a SPARQL server): what the node issues verifies with
 * the one verifier, and fails with the revoked or suspended code as soon as staff say so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CredentialStatusContract {
    static final Instant NOW = Instant.parse("2026-07-20T10:00:00Z");

    TickingClock clock;
    RunningNode node;
    SchoolIssuer school;

    abstract StoreBackend backend();

    @BeforeAll
    void start() {
        clock = new TickingClock(NOW);
        node = RunningNode.start(backend(), 8, clock, List.of());
        school = new SchoolIssuer(node, clock);
    }

    @AfterAll
    void stop() {
        node.close();
    }

    String learner(int i) {
        return node.school().learners().get(i);
    }

    String teacher(String learner) {
        return "teacher:" + node.school().teacherOf(learner);
    }

    HttpResponse<String> send(String method, String path, String principal, String purpose, Optional<String> body) {
        HttpRequest.Builder b = node.request(path, principal, purpose).header("Content-Type", "application/json");
        return node.send(b.method(method, body.map(HttpRequest.BodyPublishers::ofString).orElse(HttpRequest.BodyPublishers.noBody())).build());
    }

    HttpResponse<String> change(String method, String learner, String credentialId, String what, String principal, String reason) {
        return send(method, "/learners/" + learner + "/credentials/" + credentialId + "/" + what, principal, "teaching",
                Optional.of(Json.write(Map.of("reason", reason))));
    }

    static JsonNode json(HttpResponse<String> response) {
        return Json.tree(response.body());
    }

    static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("https://w3id.org/satchel/problems/" + slug, json(response).get("type").asText(), response.body());
    }

    static void assertRefusedAs(Verification verification, ProblemCode code) {
        Verification.Invalid invalid = assertInstanceOf(Verification.Invalid.class, verification);
        assertTrue(invalid.has(code), invalid.toString());
    }

    @Test
    void eachCredentialGetsItsOwnRandomIndexTheSameInItsThreeLists() {
        String learner = learner(0);
        CredentialRegister.Registration first = school.registered(learner, CredentialFormat.JWT_VC_JSON);
        CredentialRegister.Registration second = school.registered(learner, CredentialFormat.DC_SD_JWT);
        assertTrue(first.credentialId().matches("urn:uuid:[0-9a-f-]{36}"), first.credentialId());
        assertNotEquals(first.statusIndex(), second.statusIndex());
        assertTrue(first.statusIndex() >= 0 && first.statusIndex() < CredentialRegister.LIST_SIZE);
        assertEquals(SchoolIssuer.HOST + "status/revocation/0", first.revocationList().toString());
        assertEquals(SchoolIssuer.HOST + "status/suspension/0", first.suspensionList().toString());
        assertEquals(SchoolIssuer.HOST + "status/token/0", first.tokenStatusList().toString());

        List<Map<String, Object>> status = first.credentialStatus();
        assertEquals(List.of("revocation", "suspension"), status.stream().map(s -> s.get("statusPurpose")).toList());
        assertEquals(List.of("BitstringStatusListEntry", "BitstringStatusListEntry"), status.stream().map(s -> s.get("type")).toList());
        assertEquals(List.of(Integer.toString(first.statusIndex()), Integer.toString(first.statusIndex())),
                status.stream().map(s -> s.get("statusListIndex")).toList());

        CredentialRegister.Issued kept = school.register.find(first.credentialId()).orElseThrow();
        assertEquals(learner, kept.learnerId());
        assertEquals("attendance-summary", kept.typeId());
        assertEquals(CredentialFormat.JWT_VC_JSON, kept.format());
        assertEquals(SchoolIssuer.subject(learner), kept.subject());
        assertEquals(List.of(SchoolIssuer.source(learner)), kept.sources());
        assertEquals(CredentialRegister.State.ACTIVE, kept.state());
        assertEquals(List.of(second.credentialId(), first.credentialId()),
                school.register.forLearner(learner).stream().map(CredentialRegister.Issued::credentialId).limit(2).toList(), "newest first");
        assertTrue(school.register.issuedFrom(SchoolIssuer.source(learner)).stream()
                .anyMatch(i -> i.credentialId().equals(second.credentialId())));
        assertEquals(Optional.empty(), school.register.find("urn:uuid:00000000-0000-4000-8000-000000000000"));
    }

    @Test
    void aVcJwtVerifiesUntilStaffRevokeItThenFailsAsRevoked() {
        String learner = learner(1);
        CredentialRegister.Registration r = school.registered(learner, CredentialFormat.JWT_VC_JSON);
        String vc = school.vcJwt(r, learner);
        assertInstanceOf(Verification.Valid.class, school.verify(vc));

        HttpResponse<String> revoked = change("POST", learner, r.credentialId(), "revocation", teacher(learner), "issued in error");
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("revoked", json(revoked).get("state").asText());
        assertRefusedAs(school.verify(vc), ProblemCode.REVOKED);
    }

    @Test
    void anSdJwtVcVerifiesUntilStaffRevokeItThenFailsAsRevoked() {
        String learner = learner(1);
        CredentialRegister.Registration r = school.registered(learner, CredentialFormat.DC_SD_JWT);
        String sdJwt = school.sdJwt(r, learner);
        assertInstanceOf(Verification.Valid.class, school.verify(sdJwt));

        assertEquals(200, change("POST", learner, r.credentialId(), "revocation", teacher(learner), "grades were wrong").statusCode());
        assertRefusedAs(school.verify(sdJwt), ProblemCode.REVOKED);
    }

    @Test
    void aSuspendedCredentialFailsAsSuspendedAndVerifiesAgainOnceTheSuspensionIsLifted() {
        String learner = learner(2);
        CredentialRegister.Registration vcReg = school.registered(learner, CredentialFormat.JWT_VC_JSON);
        CredentialRegister.Registration sdReg = school.registered(learner, CredentialFormat.DC_SD_JWT);
        String vc = school.vcJwt(vcReg, learner);
        String sdJwt = school.sdJwt(sdReg, learner);
        String teacher = teacher(learner);

        assertEquals(200, change("POST", learner, vcReg.credentialId(), "suspension", teacher, "under review").statusCode());
        assertEquals(200, change("POST", learner, sdReg.credentialId(), "suspension", teacher, "under review").statusCode());
        assertRefusedAs(school.verify(vc), ProblemCode.SUSPENDED);
        assertRefusedAs(school.verify(sdJwt), ProblemCode.SUSPENDED);

        HttpResponse<String> lifted = change("DELETE", learner, vcReg.credentialId(), "suspension", teacher, "review found nothing wrong");
        assertEquals(200, lifted.statusCode(), lifted.body());
        assertEquals("active", json(lifted).get("state").asText());
        assertEquals(200, change("DELETE", learner, sdReg.credentialId(), "suspension", teacher, "review found nothing wrong").statusCode());
        assertInstanceOf(Verification.Valid.class, school.verify(vc));
        assertInstanceOf(Verification.Valid.class, school.verify(sdJwt));
        assertEquals(List.of(CredentialRegister.State.SUSPENDED, CredentialRegister.State.ACTIVE),
                school.register.find(vcReg.credentialId()).orElseThrow().history().stream().map(CredentialRegister.StateChange::state).toList());
    }

    @Test
    void aChangeWithoutAReasonIsRefusedAndChangesNothing() {
        String learner = learner(3);
        CredentialRegister.Registration r = school.registered(learner, CredentialFormat.JWT_VC_JSON);
        String path = "/learners/" + learner + "/credentials/" + r.credentialId() + "/revocation";
        assertProblem(send("POST", path, teacher(learner), "teaching", Optional.empty()), 400, "reason-required");
        assertProblem(send("POST", path, teacher(learner), "teaching", Optional.of("{\"reason\": \"  \"}")), 400, "reason-required");
        assertProblem(send("POST", path, teacher(learner), "teaching", Optional.of("{\"reason\": 7}")), 400, "reason-required");
        assertProblem(send("POST", path, teacher(learner), "teaching", Optional.of("{\"reason\": ")), 400, "malformed-request");
        assertProblem(send("POST", path, teacher(learner), null, Optional.of("{\"reason\": \"x\"}")), 400, "missing-purpose");
        assertEquals(List.of(), school.register.find(r.credentialId()).orElseThrow().history());
        assertInstanceOf(Verification.Valid.class, school.verify(school.vcJwt(r, learner)));
    }

    @Test
    void aLearnerAGuardianOrStaffTheRulesDoNotLetWriteCannotChangeAStateAndTheAttemptIsLogged() {
        String learner = learner(4);
        CredentialRegister.Registration r = school.registered(learner, CredentialFormat.JWT_VC_JSON);
        for (String principal : List.of("learner:" + learner, "guardian:" + node.school().guardianOf(learner), "head:head-1")) {
            HttpResponse<String> refused = send("POST", "/learners/" + learner + "/credentials/" + r.credentialId() + "/revocation",
                    principal, principal.startsWith("head") ? "teaching" : "learner-request", Optional.of("{\"reason\": \"I lost it\"}"));
            assertProblem(refused, 403, "access-refused");
            String event = json(refused).get("event").asText();
            assertTrue(accessLog(learner).stream().anyMatch(e -> e.get("id").asText().equals(event)
                    && e.get("outcome").asText().equals("refused")), principal + "'s attempt is in the learner's access log");
        }
        assertEquals(List.of(), school.register.find(r.credentialId()).orElseThrow().history());
        assertInstanceOf(Verification.Valid.class, school.verify(school.vcJwt(r, learner)));
    }

    @Test
    void anUnknownCredentialOrLearnerIsNotFoundAndAMalformedIdIsRefused() {
        String learner = learner(3);
        String teacher = teacher(learner);
        assertProblem(change("POST", learner, "urn:uuid:00000000-0000-4000-8000-000000000000", "revocation", teacher, "x"), 404, "not-found");
        // A credential of another learner is not found through this learner's path.
        CredentialRegister.Registration other = school.registered(learner(5), CredentialFormat.JWT_VC_JSON);
        assertProblem(change("POST", learner, other.credentialId(), "suspension", teacher, "x"), 404, "not-found");
        assertProblem(change("POST", learner, "not-a-uuid", "revocation", teacher, "x"), 400, "malformed-request");
        assertProblem(change("POST", "nobody-here", other.credentialId(), "revocation", teacher, "x"), 404, "unknown-learner");
        assertEquals(List.of(), school.register.find(other.credentialId()).orElseThrow().history());
    }

    @Test
    void revokingTwiceSuspendingARevokedOneOrLiftingWhatIsNotSuspendedConflicts() {
        String learner = learner(3);
        String teacher = teacher(learner);
        CredentialRegister.Registration r = school.registered(learner, CredentialFormat.JWT_VC_JSON);
        assertProblem(change("DELETE", learner, r.credentialId(), "suspension", teacher, "nothing to lift"), 409, "conflict");
        assertEquals(200, change("POST", learner, r.credentialId(), "revocation", teacher, "issued in error").statusCode());
        assertProblem(change("POST", learner, r.credentialId(), "revocation", teacher, "again"), 409, "conflict");
        assertProblem(change("POST", learner, r.credentialId(), "suspension", teacher, "too late"), 409, "conflict");
        assertProblem(change("DELETE", learner, r.credentialId(), "suspension", teacher, "undo"), 409, "conflict");
        CredentialRegister.Issued kept = school.register.find(r.credentialId()).orElseThrow();
        assertEquals(1, kept.history().size());
        assertEquals("issued in error", kept.lastChange().orElseThrow().reason());
        assertRefusedAs(school.verify(school.vcJwt(r, learner)), ProblemCode.REVOKED);
    }

    List<JsonNode> accessLog(String learner) {
        HttpResponse<String> log = node.get("/learners/" + learner + "/access-log", "learner:" + learner, "learner-request");
        assertEquals(200, log.statusCode(), log.body());
        JsonNode body = json(log);
        JsonNode events = body.isArray() ? body : body.get("events");
        List<JsonNode> all = new java.util.ArrayList<>();
        events.forEach(all::add);
        return all;
    }

    @Test
    void aChangeOfStateIsInTheLearnersAccessLogWithWhoAndWhy() {
        String learner = learner(6);
        CredentialRegister.Registration r = school.registered(learner, CredentialFormat.JWT_VC_JSON);
        HttpResponse<String> suspended = change("POST", learner, r.credentialId(), "suspension", teacher(learner), "exam board query");
        String event = suspended.headers().firstValue("Satchel-Access-Event").orElseThrow();
        JsonNode logged = accessLog(learner).stream().filter(e -> e.get("id").asText().equals(event)).findFirst().orElseThrow();
        assertEquals("write", logged.get("action").asText());
        assertEquals("allowed", logged.get("outcome").asText());
        assertEquals("teaching", logged.get("purpose").asText());
        assertEquals(SchoolIssuer.HOST + "staff/" + node.school().teacherOf(learner), logged.get("who").asText());
        assertEquals("IssuedCredential", logged.get("dataKinds").get(0).asText());
        assertEquals(SchoolIssuer.HOST + "staff/" + node.school().teacherOf(learner),
                school.register.find(r.credentialId()).orElseThrow().lastChange().orElseThrow().by());
    }

    @Test
    void theLearnerAndTheirGuardianSeeEachCredentialNewestFirstWithItsStateAndReason() {
        String learner = learner(7);
        CredentialRegister.Registration older = school.registered(learner, CredentialFormat.JWT_VC_JSON);
        CredentialRegister.Registration newer = school.registered(learner, CredentialFormat.DC_SD_JWT);
        change("POST", learner, older.credentialId(), "revocation", teacher(learner), "replaced by a corrected certificate");
        for (String reader : List.of("learner:" + learner, "guardian:" + node.school().guardianOf(learner))) {
            HttpResponse<String> listed = node.get("/learners/" + learner + "/credentials", reader, "learner-request");
            assertEquals(200, listed.statusCode(), listed.body());
            JsonNode credentials = json(listed).get("credentials");
            assertEquals(newer.credentialId(), credentials.get(0).get("id").asText());
            assertEquals("active", credentials.get(0).get("state").asText());
            assertEquals("dc+sd-jwt", credentials.get(0).get("format").asText());
            assertEquals(older.credentialId(), credentials.get(1).get("id").asText());
            assertEquals("revoked", credentials.get(1).get("state").asText());
            assertEquals("replaced by a corrected certificate", credentials.get(1).get("reason").asText());
        }
        assertProblem(node.get("/learners/" + learner + "/credentials", "learner:" + learner(0), "learner-request"), 403, "access-refused");

        HttpResponse<String> page = node.get("/me", "learner:" + learner, null);
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("<h2 id=\"credentials\">Credentials</h2>"), html);
        String revokedRow = html.substring(html.indexOf("data-credential=\"" + older.credentialId() + "\""));
        revokedRow = revokedRow.substring(0, revokedRow.indexOf("</tr>"));
        assertTrue(revokedRow.contains("<strong>Revoked</strong>"), revokedRow);
        assertTrue(revokedRow.contains("replaced by a corrected certificate"), revokedRow);
        assertTrue(html.contains("data-credential=\"" + newer.credentialId() + "\""), "the active one is listed too");
    }

    @Test
    void theListsAreServedSignedWithTheirMediaTypesAndShortCaching() throws Exception {
        HttpResponse<String> revocation = node.get("/status/revocation/0", null, null);
        assertEquals(200, revocation.statusCode(), revocation.body());
        assertEquals("application/vc+jwt", revocation.headers().firstValue("Content-Type").orElse(""));
        assertEquals("public, max-age=300", revocation.headers().firstValue("Cache-Control").orElse(""));
        Verification list = school.verify(revocation.body());
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, list);
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) valid.claims().get("credentialSubject");
        assertEquals("revocation", subject.get("statusPurpose"));
        assertEquals(300_000L, ((Number) subject.get("ttl")).longValue());
        assertEquals(CredentialRegister.LIST_SIZE, gunzippedBits((String) subject.get("encodedList")));

        HttpResponse<String> token = node.get("/status/token/0", null, null);
        assertEquals(200, token.statusCode(), token.body());
        assertEquals("application/statuslist+jwt", token.headers().firstValue("Content-Type").orElse(""));
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.body().split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        JsonNode claims = Json.tree(payload);
        assertEquals(SchoolIssuer.HOST + "status/token/0", claims.get("sub").asText());
        assertEquals(2, claims.get("status_list").get("bits").asInt());
        assertEquals(300, claims.get("ttl").asInt());

        assertProblem(node.get("/status/token/7", null, null), 404, "not-found");
        assertProblem(node.get("/status/suspension/x", null, null), 404, "not-found");
    }

    @Test
    void everyRouteIsDescribedInTheOpenApiDocument() throws Exception {
        JsonNode paths = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(node.get("/openapi.yaml", null, null).body()).get("paths");
        Map<String, List<String>> routes = Map.of("/status/revocation/{n}", List.of("get"), "/status/suspension/{n}", List.of("get"),
                "/status/token/{n}", List.of("get"), "/learners/{id}/credentials", List.of("get"),
                "/learners/{id}/credentials/{credentialId}/revocation", List.of("post"),
                "/learners/{id}/credentials/{credentialId}/suspension", List.of("post", "delete"));
        routes.forEach((path, methods) -> methods.forEach(m -> assertTrue(paths.has(path) && paths.get(path).has(m), m + " " + path)));
    }

    // Bitstring Status List §2.2: encodedList is multibase base64url ("u") of the GZIP-compressed bits.
    private static int gunzippedBits(String encoded) throws Exception {
        assertTrue(encoded.startsWith("u"));
        byte[] gz = java.util.Base64.getUrlDecoder().decode(encoded.substring(1));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes().length * 8;
        }
    }
}
