package org.satchel.node.issuance.oid4vci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.dataintegrity.DataIntegrity;
import org.satchel.credentials.did.DidDocumentSource;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.jose.JwtVcJson;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.sdjwt.IssuanceOptions;
import org.satchel.credentials.sdjwt.SdJwtVc;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.node.auth.MovableClock;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;
import org.satchel.node.issuance.IssuerKeys;
import org.satchel.node.issuance.types.Candidate;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.RunningNode;

/**
 * A school node on loopback with the OpenID4VCI service added, offering two real credential types,
 * minting with a minter that really signs with the school's issuer key (and counts its calls, so a
 * test can say nothing was issued), and the wallet's side of the wire spelt out for tests that
 * send what a good wallet would not.
 */
final class IssuingNode implements AutoCloseable {
    static final String ISSUER = "https://oakfield.school.example";
    static final String DID = "did:web:oakfield.school.example";
    static final String STAFF = "head:T0001";
    static final String SUBJECT = "https://oakfield.school.example/learners/L1/achievements/a1";

    /** Offered in every format; its claims use the Satchel credentials context, which is bundled. */
    static final CredentialType EXAM = new CredentialType("exam-certificate", "Examination certificate",
            "https://w3id.org/satchel/vct/exam-certificate", List.of("ExaminationCertificate"),
            List.of("https://w3id.org/satchel/credentials/v1"), Set.of(CredentialFormat.values()));
    /** Offered as SD-JWT VC only: its ldp_vc configuration does not exist. */
    static final CredentialType ATTENDANCE = new CredentialType("attendance-summary", "Attendance summary",
            "https://w3id.org/satchel/vct/attendance-summary", List.of(), List.of(), Set.of(CredentialFormat.DC_SD_JWT));

    final MovableClock clock = MovableClock.atNow();
    final List<OfferedCredential> minted = Collections.synchronizedList(new ArrayList<>());
    /** When set, the minter refuses with these words (and issues nothing). */
    volatile Optional<String> refuseWith = Optional.empty();
    final RunningNode node;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    IssuingNode(OfferCheck check) {
        OfferCheck listing = new OfferCheck() {
            @Override
            public Optional<String> refusal(String learner, CredentialType type, String subject) {
                return check.refusal(learner, type, subject);
            }

            /** Every type gives the one achievement, for the offer forms to list. */
            @Override
            public List<Candidate> candidates(String learner, CredentialType type) {
                return List.of(new Candidate(SUBJECT, "Achievement a1"));
            }
        };
        node = RunningNode.start(StoreBackend.TDB2, 2, clock, List.of(parts -> new Oid4vciService(parts, List.of(EXAM, ATTENDANCE), listing,
                minter(parts.config().data()))));
    }

    IssuingNode() {
        this((learner, type, subject) -> Optional.empty());
    }

    String learner() {
        return node.school().learners().get(0);
    }

    /** Really signs, as the school, bound to the wallet's key, in the offered format. */
    private CredentialMinter minter(Path data) {
        return (offered, holderKey) -> {
            if (refuseWith.isPresent()) {
                return new Minted.Refused(refuseWith.get());
            }
            minted.add(offered);
            JWK key = IssuerKeys.open(data).current();
            String credential = switch (offered.format()) {
                case DC_SD_JWT -> SdJwtVc.issue(Map.of("grade", "7", "achievement", offered.subject()), key,
                        IssuanceOptions.issuer(DID).vct(offered.type().vct()).holderKey(holderKey).build());
                case JWT_VC_JSON -> JwtVcJson.issue(vc11(holderKey), DID, SigningKey.forDid(DID, key));
                case LDP_VC -> DataIntegrity.issue(vc20(holderKey), key, DID);
            };
            return new Minted.Issued(credential, "urn:uuid:" + java.util.UUID.randomUUID());
        };
    }

    private static Map<String, Object> vc11(JWK holder) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(JwtVcJson.CREDENTIALS_V1));
        vc.put("type", List.of("VerifiableCredential", "ExaminationCertificate"));
        vc.put("issuanceDate", "2026-01-01T00:00:00Z");
        vc.put("credentialSubject", Map.of("id", DidJwk.of(holder), "result", List.of(Map.of("subject", "Mathematics", "grade", "7"))));
        return vc;
    }

    private static String vc20(JWK holder) {
        return """
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/satchel/credentials/v1"],
                 "type": ["VerifiableCredential", "ExaminationCertificate"],
                 "credentialSubject": {"id": "%s", "type": "Learner", "givenName": "Amira",
                   "examResult": [{"type": "GcseResult", "subject": "code:subject-mathematics", "grade": "7"}]}}"""
                .formatted(DidJwk.of(holder));
    }

    /** The one verifier, trusting the school and resolving its did:web through this node, as a verifier would over https. */
    Verification verify(String credential) {
        return verify(credential, VerificationPolicy.trusting(DidTrust.of(Set.of(DID), resolver())).build());
    }

    /** As {@link #verify(String)}, for a presentation with the holder's key binding to this nonce and audience. */
    Verification verify(String presentation, String nonce, String audience) {
        return verify(presentation, VerificationPolicy.trusting(DidTrust.of(Set.of(DID), resolver())).nonce(nonce).audience(audience).build());
    }

    private Verification verify(String credential, VerificationPolicy policy) {
        return new Verifier(resolver()).verify(credential, policy);
    }

    private DidResolver resolver() {
        DidDocumentSource throughTheNode = url -> {
            HttpResponse<String> response = node.get("/.well-known/did.json", null, null);
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        };
        return DidWeb.resolver(Set.of("oakfield.school.example"), throughTheNode);
    }

    // ---- the wire, as a wallet and as staff send it

    /** Staff make an offer through the API. */
    HttpResponse<String> offer(String principal, String learner, String body) {
        return offer(principal, learner, "teaching", body);
    }

    HttpResponse<String> offer(String principal, String learner, String purpose, String body) {
        return node.send(node.request("/learners/" + learner + "/credential-offers", principal, purpose)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A made offer: its parsed answer. */
    JsonNode offer(String... configurationIds) {
        HttpResponse<String> made = offer(STAFF, learner(), "{\"credential_configuration_ids\": " + json(List.of(configurationIds))
                + ", \"subject\": \"" + SUBJECT + "\"}");
        if (made.statusCode() != 201) {
            throw new AssertionError("no offer made: " + made.statusCode() + " " + made.body());
        }
        return tree(made.body());
    }

    static String code(JsonNode offer) {
        return offer.get("credential_offer").get("grants").get(IssuerMetadata.PRE_AUTHORIZED_GRANT).get("pre-authorized_code").asText();
    }

    HttpResponse<String> token(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return node.send(node.request("/token", null, null).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    HttpResponse<String> token(String code, String txCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", IssuerMetadata.PRE_AUTHORIZED_GRANT);
        form.put("pre-authorized_code", code);
        form.put("tx_code", txCode);
        return token(form);
    }

    /** An access token for a fresh offer of these configurations. */
    String accessToken(String... configurationIds) {
        JsonNode offer = offer(configurationIds);
        HttpResponse<String> token = token(code(offer), offer.get("tx_code").asText());
        if (token.statusCode() != 200) {
            throw new AssertionError("no token: " + token.body());
        }
        return tree(token.body()).get("access_token").asText();
    }

    String nonce() {
        HttpResponse<String> response = node.send(node.request("/nonce", null, null).POST(HttpRequest.BodyPublishers.noBody()).build());
        return tree(response.body()).get("c_nonce").asText();
    }

    HttpResponse<String> credential(String accessToken, String body) {
        HttpRequest.Builder b = node.request("/credential", null, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (accessToken != null) {
            b.header("Authorization", "Bearer " + accessToken);
        }
        return node.send(b.build());
    }

    HttpResponse<String> credential(String accessToken, String configurationId, String... proofs) {
        return credential(accessToken, "{\"credential_configuration_id\": \"" + configurationId + "\", \"proofs\": {\"jwt\": " + json(List.of(proofs)) + "}}");
    }

    /** A key proof as Appendix F.1 has it, with each part a test may spoil. */
    static String proof(JWK key, String typ, String audience, Optional<String> nonce, Instant iat) {
        JWSHeader header = new JWSHeader.Builder(Keys.type(key).algorithm()).type(new JOSEObjectType(typ)).jwk(key.toPublicJWK()).build();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().audience(audience).issueTime(Date.from(iat));
        nonce.ifPresent(n -> claims.claim("nonce", n));
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(Keys.signer(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    String proof(JWK key, String nonce) {
        return proof(key, KeyProofs.TYP, ISSUER, Optional.of(nonce), clock.instant());
    }

    /** Sends {@code path} to this node instead of the school's https host: what DNS would do for the real one. */
    URI route(URI uri) {
        if (!uri.getScheme().equals("https") || !uri.getHost().equals("oakfield.school.example")) {
            throw new AssertionError("the wallet was sent away from the school: " + uri);
        }
        return URI.create(node.server().url() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    HttpClient http() {
        return http;
    }

    JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        node.close();
    }
}
