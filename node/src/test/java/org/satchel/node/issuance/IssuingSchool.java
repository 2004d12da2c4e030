package org.satchel.node.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.node.issuance.status.CredentialRegister;
import org.satchel.node.issuance.types.Candidate;
import org.satchel.node.issuance.types.CredentialTypes;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.Json;
import org.satchel.node.web.RunningNode;

/**
 * A real school node on loopback standing in for https://oakfield.school.example, with what the
 * interop tests ask of it: a learner whose record gives each credential type, offers made as
 * their teacher, and Satchel's own verifier resolving the school's DID and status lists through it.
 */
final class IssuingSchool implements AutoCloseable {
    static final String DID = "did:web:oakfield.school.example";
    static final String ISSUER = "https://oakfield.school.example";

    final RunningNode node;

    IssuingSchool(int pupils) {
        node = RunningNode.start(StoreBackend.TDB2, pupils, Clock.systemUTC(), List.of());
    }

    @Override
    public void close() {
        node.close();
    }

    /** The minter, built as the node builds it, to ask what a learner's record could give. */
    CredentialIssuer issuer() {
        var parts = node.server().parts();
        return new CredentialIssuer(parts.store(), parts.records(), CredentialTypes.standard(),
                new CredentialRegister(parts.store(), parts.gate()), IssuerKeys.open(node.dir()), DID, parts.config().name());
    }

    /** A learner of the generated school whose record gives {@code type}, and the first thing it gives. */
    Offerable learnerWith(CredentialType type) {
        CredentialIssuer issuer = issuer();
        for (String learner : node.school().learners()) {
            List<Candidate> candidates = issuer.candidates(learner, type);
            if (!candidates.isEmpty()) {
                return new Offerable(learner, "teacher:" + node.school().teacherOf(learner), candidates.getFirst().subject());
            }
        }
        return fail("no learner of the generated school has a record that gives " + type.id());
    }

    /** A learner, the teacher who may offer them a credential, and what it is of. */
    record Offerable(String learner, String teacher, String subject) {}

    /** The node's answer to a teacher's {@code POST /learners/{id}/credential-offers}: offer URI, PIN, … */
    JsonNode offer(Offerable who, String configurationId) {
        return offer(who, List.of(configurationId));
    }

    JsonNode offer(Offerable who, List<String> configurationIds) {
        HttpResponse<String> made = node.send(node.request("/learners/" + who.learner() + "/credential-offers", who.teacher(), "teaching")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(Map.of("credential_configuration_ids", configurationIds,
                        "subject", who.subject())))).build());
        assertEquals(201, made.statusCode(), made.body());
        return Json.tree(made.body());
    }

    /** The loopback URL that answers for {@link #ISSUER}. */
    String loopback() {
        String url = node.server().url();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** https://oakfield.school.example/… is this node on loopback. */
    URI route(URI uri) {
        return URI.create(loopback() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** What the node serves at {@code path}, as a GET with no credentials. */
    String get(String path) {
        HttpResponse<String> response = node.get(path, null, null);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    Optional<String> fetch(URI uri) {
        HttpResponse<String> response = node.get(uri.getRawPath(), null, null);
        return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }

    /** The school's DID document, as the node serves it at /.well-known/did.json. */
    JsonNode didDocument() {
        return Json.tree(get("/.well-known/did.json"));
    }

    /** Satchel's one verifier, the school trusted, its DID and status lists resolved through the node. */
    Verification verify(String credential) {
        DidResolver resolver = DidWeb.resolver(Set.of("oakfield.school.example"), this::fetch);
        VerificationPolicy policy = VerificationPolicy.trusting(DidTrust.of(Set.of(DID), resolver)).statusLists(this::fetch).build();
        return new Verifier(resolver).verify(credential, policy);
    }
}
