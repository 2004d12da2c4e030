package org.satchel.node.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.node.issuance.CredentialType;
import org.satchel.node.issuance.types.Candidate;
import org.satchel.node.issuance.types.CredentialTypes;
import org.satchel.node.web.Json;
import org.satchel.wallet.receive.Issuance;
import org.satchel.wallet.receive.IssuanceClient;

/**
 * The demo's issuing part: a teacher offers a pupil their GCSE certificate, a wallet (the wallet
 * module's OpenID4VCI client, holding its own key) takes it up as an SD-JWT VC, and the one verifier
 * accepts it through the school's DID and status list; then a grade is corrected, the certificate
 * is revoked and offered again, and the reissued one carries the corrected grade.
 */
final class IssuanceDemo {
    private final NodeDemo demo;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JWK walletKey = Keys.generate(KeyType.ED25519);
    private String learner;
    private String teacher;
    private String certificate;
    private List<?> issuedResults;

    IssuanceDemo(NodeDemo demo) {
        this.demo = demo;
    }

    List<DemoStep> steps() {
        return List.of(
                new DemoStep("a teacher offers a pupil their GCSE certificate; a wallet takes it up over OpenID4VCI as an SD-JWT VC", this::issue),
                new DemoStep("a GCSE grade is corrected: the certificate is revoked, and offered again with the right grade", this::reissue));
    }

    private String issue() {
        DemoSchoolFacts facts = new DemoSchoolFacts(demo.node().parts().store(), demo.node().parts().config().base());
        learner = facts.learnerWithGcse();
        teacher = facts.teacherOf(learner);
        CredentialType type = CredentialTypes.standard().find("exam-certificate").orElseThrow();
        Candidate series = candidates(type).getFirst();
        JsonNode offer = offer("exam-certificate.dc+sd-jwt", series.subject());
        certificate = receive(offer);
        Verification.Valid valid = valid(verify(certificate));
        List<?> results = (List<?>) valid.claims().get("exam_results");
        issuedResults = results;
        return "offer " + shorten(offer.get("offer_by_reference").asText()) + ", PIN " + offer.get("tx_code").asText()
                + " handed to learner " + learner + "\n"
                + "the wallet holds an SD-JWT VC of " + results.size() + " results (" + series.label() + "), bound to its own key\n"
                + "the one verifier: valid, issued by " + valid.issuer() + " (resolved through the node), status " + valid.status()
                        .name().toLowerCase(Locale.ROOT);
    }

    private String reissue() {
        DemoSchoolFacts facts = new DemoSchoolFacts(demo.node().parts().store(), demo.node().parts().config().base());
        String[] result = facts.gcseResult(learner);
        String corrected = result[1].equals("9") ? "8" : "9";
        JsonNode asked = ok(demo.send("POST", "/learners/" + learner + "/corrections", "learner:" + learner, "learner-request",
                Json.write(Map.of("record", result[0], "property", "grade", "proposedValue", corrected,
                        "reason", "My results letter says " + corrected + "."))), 201);
        JsonNode decided = ok(demo.send("POST", "/learners/" + learner + "/corrections/" + asked.get("id").asText() + "/decision",
                "teacher:" + teacher, "teaching", "{\"accept\": true, \"reason\": \"The exam board confirmed a remark.\"}"), 200);
        JsonNode followed = decided.path("credentials").path(0);
        if (!followed.path("revoked").asBoolean() || !followed.has("reissueOffer")) {
            throw new IllegalStateException("accepting the correction did not revoke and reissue the certificate: " + decided);
        }
        Verification old = verify(certificate);
        if (!(old instanceof Verification.Invalid invalid) || !invalid.has(ProblemCode.REVOKED)) {
            throw new IllegalStateException("the corrected certificate still verifies: " + old);
        }
        String reissued = receive(followed.get("reissueOffer"));
        Verification.Valid fresh = valid(verify(reissued));
        if (graded(fresh.claims().get("exam_results"), corrected) != graded(issuedResults, corrected) + 1) {
            throw new IllegalStateException("the reissued certificate does not carry the corrected grade: " + fresh.claims());
        }
        JsonNode mine = ok(demo.get("/learners/" + learner + "/credentials", "learner:" + learner, "learner-request"), 200);
        List<String> states = new java.util.ArrayList<>();
        mine.get("credentials").forEach(c -> states.add(c.get("state").asText()));
        if (!states.equals(List.of("active", "revoked"))) {
            throw new IllegalStateException("the learner's list of credentials is not the reissued and the revoked one: " + mine);
        }
        return "grade " + result[1] + " → " + corrected + " accepted by teacher " + teacher + "\n"
                + "the old certificate: " + ((Verification.Invalid) old).problems().getFirst().message() + "\n"
                + "the reissued certificate: valid, with grade " + corrected + "; the learner's list shows both, the old one revoked";
    }

    private static long graded(Object results, String grade) {
        return ((List<?>) results).stream().filter(r -> grade.equals(((Map<?, ?>) r).get("grade"))).count();
    }

    private List<Candidate> candidates(CredentialType type) {
        var parts = demo.node().parts();
        Model record = parts.store().read(c -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(c.fetch(parts.gate().graphIri(learner)));
            return copy;
        });
        return CredentialTypes.standard().candidates(type, record, parts.gate().learnerIri(learner));
    }

    private JsonNode offer(String configuration, String subject) {
        return ok(demo.send("POST", "/learners/" + learner + "/credential-offers", "teacher:" + teacher, "teaching",
                Json.write(Map.of("credential_configuration_ids", List.of(configuration), "subject", subject))), 201);
    }

    private String receive(JsonNode offer) {
        IssuanceClient wallet = new IssuanceClient(http, this::route, Clock.systemUTC());
        Issuance received = wallet.receive(offer.get("offer_by_reference").asText(), Optional.of(offer.get("tx_code").asText()), walletKey,
                Optional.empty());
        if (!(received instanceof Issuance.Received got)) {
            throw new IllegalStateException("the wallet received nothing: " + received);
        }
        return got.credentials().getFirst();
    }

    /** The school's public https address is this node on loopback. */
    private URI route(URI uri) {
        return URI.create(demo.node().url() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    private Verification verify(String credential) {
        String did = DidWeb.fromUrl(URI.create(demo.node().parts().config().base()));
        DidResolver resolver = DidWeb.resolver(Set.of(URI.create(demo.node().parts().config().base()).getHost()), this::fetch);
        return new Verifier(resolver).verify(credential, VerificationPolicy.trusting(DidTrust.of(Set.of(did), resolver))
                .statusLists(this::fetch).build());
    }

    private Optional<String> fetch(URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(route(uri)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Verification.Valid valid(Verification verification) {
        if (!(verification instanceof Verification.Valid valid)) {
            throw new IllegalStateException("the credential does not verify: " + verification);
        }
        return valid;
    }

    private static JsonNode ok(HttpResponse<String> response, int expected) {
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Json.tree(response.body());
    }

    private static String shorten(String uri) {
        return uri.length() > 72 ? uri.substring(0, 72) + "…" : uri;
    }
}
