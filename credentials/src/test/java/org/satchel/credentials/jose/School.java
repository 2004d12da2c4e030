package org.satchel.credentials.jose;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.satchel.credentials.did.DidDocumentSource;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.status.bitstring.BitstringStatusList;
import org.satchel.credentials.status.bitstring.StatusPurpose;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * A school node on loopback, in memory: a did:web issuer with real keys, its did.json, its two
 * status lists published as vc+jwt, and the policy of a verifier that trusts it. Nothing here
 * opens a connection: documents and lists are served from maps, as a node's injected sources would.
 */
final class School {
    static final String DID = "did:web:localhost%3A8443";
    static final String STRANGER_DID = "did:web:localhost%3A9443";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final URI REVOCATION_LIST = URI.create("https://localhost:8443/status/revocation/1");
    static final URI SUSPENSION_LIST = URI.create("https://localhost:8443/status/suspension/1");

    final JWK key;
    final SigningKey signingKey;
    final JWK strangerKey = Keys.generate(KeyType.ED25519);
    final BitstringStatusList revocations = BitstringStatusList.create(StatusPurpose.REVOCATION);
    final BitstringStatusList suspensions = BitstringStatusList.create(StatusPurpose.SUSPENSION);
    /** What the node serves at each status list URL; tests overwrite entries to play the attacker. */
    final Map<URI, String> served = new HashMap<>();
    final DidResolver resolver;

    School() {
        this(KeyType.ED25519);
    }

    School(KeyType type) {
        key = Keys.generate(type);
        signingKey = SigningKey.forDid(DID, key);
        resolver = DidResolver.firstOf(DidJwk.resolver(), DidWeb.resolver(Set.of("localhost:8443", "localhost:9443"),
                DidDocumentSource.of(Map.of(
                        URI.create("https://localhost:8443/.well-known/did.json"), DidWeb.document(DID, List.of(key)).toJson(),
                        URI.create("https://localhost:9443/.well-known/did.json"), DidWeb.document(STRANGER_DID, List.of(strangerKey)).toJson()))));
        publish();
    }

    /** Signs and serves both lists as they are now, as the node does after each change. */
    void publish() {
        served.put(REVOCATION_LIST, VcJwt.issue(revocations.credential(REVOCATION_LIST, NOW.minusSeconds(60), Optional.of(NOW.plusSeconds(3600)),
                Optional.empty()), DID, signingKey));
        served.put(SUSPENSION_LIST, VcJwt.issue(suspensions.credential(SUSPENSION_LIST, NOW.minusSeconds(60), Optional.of(NOW.plusSeconds(3600)),
                Optional.empty()), DID, signingKey));
    }

    /** A verifier that trusts this school (and only it), at {@link #NOW}, reading this school's lists. */
    VerificationPolicy.Builder policy() {
        return VerificationPolicy.trusting(DidTrust.of(Set.of(DID), resolver))
                .clock(CLOCK)
                .statusLists(uri -> Optional.ofNullable(served.get(uri)));
    }

    /** An achievement credential for {@code learner}, without issuer, as the lead's CLI reads from VC.json. */
    static Map<String, Object> achievement(String learner) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", learner);
        subject.put("achievement", Map.of("type", "ExampleAchievement", "name", "Grade 7 mathematics"));
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"));
        credential.put("id", "urn:uuid:2f1f6cf4-6a6e-4d8e-9a51-1b6f0f6f2c11");
        credential.put("type", List.of("VerifiableCredential", "ExampleAchievementCredential"));
        credential.put("validFrom", "2026-01-01T00:00:00Z");
        credential.put("validUntil", "2027-01-01T00:00:00Z");
        credential.put("credentialSubject", subject);
        return credential;
    }

    /** The achievement with a revocation and a suspension entry, freshly allocated in this school's lists. */
    Map<String, Object> revocableAchievement(String learner) {
        Map<String, Object> credential = achievement(learner);
        credential.put("credentialStatus", List.of(revocations.allocateEntry(REVOCATION_LIST).toJsonObject(),
                suspensions.allocateEntry(SUSPENSION_LIST).toJsonObject()));
        return credential;
    }

    static Map<String, Object> json(String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The payload of a compact JWS, decoded. */
    static Map<String, Object> payload(String jwt) {
        return json(new String(com.nimbusds.jose.util.Base64URL.from(jwt.split("\\.")[1]).decode(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The header of a compact JWS, decoded. */
    static Map<String, Object> header(String jwt) {
        return json(new String(com.nimbusds.jose.util.Base64URL.from(jwt.split("\\.")[0]).decode(), java.nio.charset.StandardCharsets.UTF_8));
    }
}
