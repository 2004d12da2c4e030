package org.satchel.node.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;
import org.satchel.node.issuance.CredentialIssuer;
import org.satchel.node.issuance.CredentialType;
import org.satchel.node.issuance.IssuerKeys;
import org.satchel.node.issuance.status.CredentialRegister;
import org.satchel.node.issuance.types.Candidate;
import org.satchel.node.issuance.types.CredentialTypes;
import org.satchel.node.web.Json;
import org.satchel.wallet.receive.Issuance;
import org.satchel.wallet.receive.IssuanceClient;

/**
 * The offer forms over HTTP, on a node that issues from its record: the staff form lists exactly
 * what the learner's record gives, a member of staff the rules refuse sees a refusal and nothing
 * of the record, and the learner's own form on the my-record page makes an offer a wallet takes up,
 * for a credential the one verifier accepts; a correction's revoked credential is collected again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesOfferingCredentialsTest {
    static final String DID = "did:web:oakfield.school.example";
    static final Pattern CHOICE = Pattern.compile("name=\"credential\" value=\"([^\"]*)\"");
    final HttpClient http = HttpClient.newHttpClient();
    SchoolNode node;
    String learner;
    String teacherSession;
    String learnerSession;

    @BeforeAll
    void start() {
        node = SchoolNode.start(30);
        learner = node.school.learnersWith("GcseResult").stream()
                .filter(l -> node.school.learnersWith("Achievement").contains(l)).findFirst().orElseThrow();
        node.account("teacher", new Principal(Role.TEACHER, node.school.teacherOf(learner)));
        node.account("learner", new Principal(Role.LEARNER, learner));
        teacherSession = node.session("teacher");
        learnerSession = node.session("learner");
    }

    @AfterAll
    void stop() {
        http.close();
        if (node != null) {
            node.close();
        }
    }

    CredentialIssuer issuer() {
        var parts = node.server.parts();
        return new CredentialIssuer(parts.store(), parts.records(), CredentialTypes.standard(),
                new CredentialRegister(parts.store(), parts.gate()), IssuerKeys.open(node.dir), DID, parts.config().name());
    }

    /** Each choice the record gives, as the forms' values: the type's id, a space, the subject. */
    Set<String> candidates() {
        Set<String> all = new HashSet<>();
        for (CredentialType type : CredentialTypes.standard().all()) {
            issuer().candidates(learner, type).forEach(c -> all.add(type.id() + " " + c.subject()));
        }
        return all;
    }

    static Set<String> choices(String html) {
        Set<String> found = new HashSet<>();
        Matcher m = CHOICE.matcher(html);
        while (m.find()) {
            found.add(unescape(m.group(1)));
        }
        return found;
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    HttpResponse<String> get(String path, String session) {
        return node.get(path, Map.of("Cookie", session));
    }

    HttpResponse<String> post(String path, String session, String form) {
        return node.send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    static String form(String credential, String format) {
        return "credential=" + URLEncoder.encode(credential, StandardCharsets.UTF_8) + "&format=" + URLEncoder.encode(format, StandardCharsets.UTF_8);
    }

    int events() {
        return node.server.parts().accessLog().events(new Principal(Role.LEARNER, learner), learner,
                org.satchel.node.accesslog.AccessLogFilter.all()).size();
    }

    @Test
    void theStaffFormListsWhatTheRecordGivesByTypeAndTheFormatApart() {
        int before = events();
        HttpResponse<String> page = get("/staff/learners/" + learner + "/credential-offers?purpose=teaching", teacherSession);
        assertEquals(200, page.statusCode(), page.body());
        Set<String> expected = candidates();
        assertFalse(expected.isEmpty());
        assertEquals(expected, choices(page.body()));
        for (CredentialType type : CredentialTypes.standard().all()) {
            boolean gives = !issuer().candidates(learner, type).isEmpty();
            assertEquals(gives, page.body().contains("id=\"offer-kind-" + type.id() + "\""), type.id() + ": a fieldset only for a type the record gives");
        }
        for (String format : List.of("dc+sd-jwt", "jwt_vc_json", "ldp_vc")) {
            assertTrue(page.body().contains("name=\"format\" value=\"" + format + "\""), format);
        }
        assertTrue(page.body().contains("EU Digital Identity Wallets"), "says which wallets take SD-JWT VC");
        assertTrue(events() > before, "the form is a read of the record, in the learner's access log");
    }

    @Test
    void aRefusedMemberOfStaffSeesARefusalPageAndNothingOfTheRecord() {
        HttpResponse<String> page = get("/staff/learners/" + learner + "/credential-offers?purpose=safeguarding", teacherSession);
        assertEquals(403, page.statusCode(), page.body());
        assertTrue(page.body().contains("<h1>The access rules do not allow this</h1>"), page.body());
        assertFalse(page.body().contains("name=\"credential\""), page.body());
        for (CredentialType type : CredentialTypes.standard().all()) {
            for (Candidate c : issuer().candidates(learner, type)) {
                assertFalse(page.body().contains(c.label()), "shows nothing of the record: " + c.label());
                assertFalse(page.body().contains(c.subject()), "shows nothing of the record: " + c.subject());
            }
        }
    }

    @Test
    void aMistakeComesBackAsTheFormAsChosenAndOffersNothing() {
        String credential = candidates().iterator().next();
        HttpResponse<String> page = post("/staff/learners/" + learner + "/credential-offers", teacherSession,
                "purpose=teaching&credential=" + URLEncoder.encode(credential, StandardCharsets.UTF_8));
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("role=\"alert\"") && page.body().contains("Choose a format"), page.body());
        assertTrue(Pattern.compile("value=\"" + Pattern.quote(Html.text(credential).toString()) + "\"[^>]*checked").matcher(page.body()).find(),
                "the choice is kept");
        assertFalse(page.body().contains("id=\"tx-code\""), "no offer was made");
    }

    @Test
    void aFormatTheTypeDoesNotComeInIsAMistakeInWords() {
        CredentialType sdJwtOnly = new CredentialType("attendance-summary", "Attendance summary", "https://w3id.org/satchel/vct/attendance-summary",
                List.of(), List.of(), Set.of(org.satchel.node.issuance.CredentialFormat.DC_SD_JWT));
        OfferPages.Picked picked = OfferPages.read(new OfferPages.Chosen(Optional.of("attendance-summary 2024"), Optional.of("ldp_vc")), List.of(sdJwtOnly));
        assertEquals("Attendance summary does not come as Data Integrity. Comes as SD-JWT VC only. Choose that format, or another credential.",
                assertInstanceOf(OfferPages.Mistake.class, picked).words());
        assertInstanceOf(OfferPages.Mistake.class, OfferPages.read(new OfferPages.Chosen(Optional.of("no-such-type x"), Optional.of("dc+sd-jwt")),
                List.of(sdJwtOnly)));
        assertInstanceOf(OfferPages.Pick.class, OfferPages.read(new OfferPages.Chosen(Optional.of("attendance-summary 2024 spring"),
                Optional.of("dc+sd-jwt")), List.of(sdJwtOnly)));
    }

    @Test
    void theLearnersOwnFormMakesAnOfferTheWalletTakesUpAndTheVerifierAccepts() {
        HttpResponse<String> me = get("/me", learnerSession);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("id=\"collect-form\""), me.body());
        assertEquals(candidates(), choices(me.body()), "the learner chooses from what their record gives");

        Candidate series = issuer().candidates(learner, CredentialTypes.standard().find("exam-certificate").orElseThrow()).getFirst();
        HttpResponse<String> made = post("/me/credential-offers", learnerSession, form("exam-certificate " + series.subject(), "dc+sd-jwt"));
        assertEquals(201, made.statusCode(), made.body());
        assertTrue(made.body().contains("<svg"), "the QR code");
        JWK holder = Keys.generate(KeyType.ED25519);
        String credential = receive(made.body(), holder);
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, verify(credential));
        assertEquals(Format.SD_JWT_VC, valid.format());
        assertEquals(DID, valid.issuer());
        assertEquals(Map.of("jwk", holder.toPublicJWK().toJSONObject()), valid.claims().get("cnf"), "bound to the wallet's key");
    }

    @Test
    void onlyTheLearnerCollectsFromTheirOwnPage() {
        HttpResponse<String> staff = post("/me/credential-offers", teacherSession, form("learner-id x", "dc+sd-jwt"));
        assertEquals(403, staff.statusCode(), staff.body());
        assertFalse(staff.body().contains("id=\"tx-code\""));
        HttpResponse<String> none = node.send(HttpRequest.newBuilder(URI.create(node.url("/me/credential-offers")))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form("learner-id x", "dc+sd-jwt"))).build());
        assertEquals(303, none.statusCode(), "no session: sign in first");
    }

    @Test
    void aCredentialRevokedByACorrectionIsCollectedAgainCorrected() {
        var examCertificate = CredentialTypes.standard().find("exam-certificate").orElseThrow();
        Candidate series = issuer().candidates(learner, examCertificate).getFirst();
        String value = "exam-certificate " + series.subject();
        JWK holder = Keys.generate(KeyType.P256);
        receive(post("/me/credential-offers", learnerSession, form(value, "jwt_vc_json")).body(), holder);

        CredentialRegister register = new CredentialRegister(node.server.parts().store(), node.server.parts().gate());
        CredentialRegister.Issued issued = register.forLearner(learner).stream().filter(i -> i.format().identifier().equals("jwt_vc_json"))
                .findFirst().orElseThrow();
        String challenged = issued.sources().stream().filter(s -> grade(s).map(g -> !g.contains("-")).orElse(false)).findFirst().orElseThrow();
        String corrected = grade(challenged).orElseThrow().equals("9") ? "8" : "9";
        String asked = api("POST", "/learners/" + learner + "/corrections", new Principal(Role.LEARNER, learner), "learner-request",
                Json.write(Map.of("record", challenged, "property", "grade", "proposedValue", corrected, "reason", "The board's letter says so.")), 201);
        api("POST", "/learners/" + learner + "/corrections/" + Json.tree(asked).get("id").asText() + "/decision",
                new Principal(Role.TEACHER, node.school.teacherOf(learner)), "teaching", "{\"accept\": true, \"reason\": \"A remark.\"}", 200);

        String me = get("/me", learnerSession).body();
        assertTrue(me.contains("Collect the corrected one"), me);
        Matcher again = Pattern.compile("<li data-credential=\"" + Pattern.quote(issued.credentialId())
                + "\">.*?name=\"credential\" value=\"([^\"]*)\"><input type=\"hidden\" name=\"format\" value=\"([^\"]*)\"", Pattern.DOTALL).matcher(me);
        assertTrue(again.find(), me);
        assertEquals("jwt_vc_json", again.group(2));
        String reissued = receive(post("/me/credential-offers", learnerSession, form(unescape(again.group(1)), again.group(2))).body(), holder);
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, verify(reissued));
        assertTrue(valid.claims().toString().contains("grade=" + corrected), "the collected credential is the corrected one: " + valid.claims());
        String after = get("/me", learnerSession).body();
        assertFalse(after.contains("<li data-credential=\"" + issued.credentialId() + "\">"), "collected: no longer offered again");
    }

    // ---- the wallet and the verifier

    /** Takes up the offer the page shows, with the PIN it shows, as a wallet does. */
    String receive(String page, JWK holder) {
        Matcher uri = Pattern.compile("<code id=\"offer-uri\">([^<]*)</code>").matcher(page);
        Matcher pin = Pattern.compile("<strong id=\"tx-code\">(\\d{6})</strong>").matcher(page);
        assertTrue(uri.find() && pin.find(), page);
        IssuanceClient wallet = new IssuanceClient(http, this::route, Clock.systemUTC());
        Issuance received = wallet.receive(unescape(uri.group(1)), Optional.of(pin.group(1)), holder, Optional.empty());
        return assertInstanceOf(Issuance.Received.class, received, received.toString()).credentials().getFirst();
    }

    /** https://oakfield.school.example/… is this node on loopback. */
    URI route(URI uri) {
        return URI.create(node.server.url() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    Optional<String> fetch(URI uri) {
        HttpResponse<String> response = node.get(uri.getRawPath(), Map.of());
        return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }

    Verification verify(String credential) {
        DidResolver resolver = DidWeb.resolver(Set.of("oakfield.school.example"), this::fetch);
        VerificationPolicy policy = VerificationPolicy.trusting(DidTrust.of(Set.of(DID), resolver)).statusLists(this::fetch).build();
        return new Verifier(resolver).verify(credential, policy);
    }

    Optional<String> grade(String record) {
        return node.server.parts().store().read(c -> {
            var q = new org.apache.jena.query.ParameterizedSparqlString(
                    "SELECT ?g WHERE { GRAPH ?graph { ?r <https://w3id.org/satchel/ns#grade> ?g } }");
            q.setIri("r", record);
            List<String> found = new ArrayList<>();
            c.querySelect(q.asQuery(), row -> found.add(row.getLiteral("g").getLexicalForm()));
            return found.stream().findFirst();
        });
    }

    String api(String method, String path, Principal principal, String purpose, String json, int expected) {
        HttpResponse<String> response = node.send(HttpRequest.newBuilder(URI.create(node.url(path))).header("Authorization", node.bearer(principal))
                .header("Satchel-Purpose", purpose).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(expected, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
