package org.satchel.node.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.node.issuance.types.CredentialTypes;
import org.satchel.node.web.Json;
import org.satchel.wallet.receive.Issuance;
import org.satchel.wallet.receive.IssuanceClient;

/**
 * What the school node issues, checked by implementations that are not Satchel's. Every credential
 * type the generated school's records give is offered by a teacher and taken up over OpenID4VCI by
 * the wallet, in each of the three formats, from one real node; then each credential goes to the
 * independent verifier for its format, offline, with the school's DID document as the node serves
 * it: OpenWallet Foundation's sd-jwt-js for {@code dc+sd-jwt}, Digital Bazaar's {@code @digitalbazaar/vc}
 * for {@code ldp_vc} (eddsa-rdfc-2022), decentralized-identity's did-jwt-vc for {@code jwt_vc_json}.
 * Each also refuses the same credentials tampered with. One Node.js process per format.
 */
class IssuedCredentialsInteropTest {
    static IssuingSchool school;
    static final JWK HOLDER = Keys.generate(KeyType.ED25519);
    /** Type id → format → the credential as the wallet received it. */
    static final Map<String, Map<CredentialFormat, String>> ISSUED = new LinkedHashMap<>();

    @BeforeAll
    static void issueEveryTypeInEveryFormat() {
        school = new IssuingSchool(40);
        IssuanceClient wallet = new IssuanceClient(HttpClient.newHttpClient(), school::route, Clock.systemUTC());
        for (CredentialType type : CredentialTypes.standard().all()) {
            IssuingSchool.Offerable who = school.learnerWith(type);
            Map<CredentialFormat, String> formats = new LinkedHashMap<>();
            for (CredentialFormat format : CredentialFormat.values()) {
                if (!type.formats().contains(format)) {
                    continue;
                }
                JsonNode offer = school.offer(who, type.configurationId(format));
                Issuance received = wallet.receive(offer.get("offer_by_reference").asText(), Optional.of(offer.get("tx_code").asText()),
                        HOLDER, Optional.empty());
                formats.put(format, assertInstanceOf(Issuance.Received.class, received, received.toString()).credentials().getFirst());
            }
            ISSUED.put(type.id(), formats);
        }
    }

    @AfterAll
    static void stop() {
        school.close();
    }

    @Test
    void everyTypeIsIssuedInEveryFormat() {
        assertEquals(List.of("learner-id", "achievement", "exam-certificate", "attendance-summary", "transcript").stream().sorted().toList(),
                ISSUED.keySet().stream().sorted().toList());
        ISSUED.forEach((type, formats) -> assertEquals(3, formats.size(), type + ": " + formats.keySet()));
    }

    @Test
    void sdJwtVcsVerifyInSdJwtJsWithTheSchoolsKeyFromItsDidDocumentAndTamperedOnesDoNot() {
        List<String> types = new ArrayList<>(ISSUED.keySet());
        List<String> credentials = types.stream().map(t -> ISSUED.get(t).get(CredentialFormat.DC_SD_JWT)).toList();
        Map<String, String> statusLists = new LinkedHashMap<>();
        List<Verification.Valid> ours = new ArrayList<>();
        for (String credential : credentials) {
            Verification.Valid valid = assertInstanceOf(Verification.Valid.class, school.verify(credential));
            ours.add(valid);
            if (valid.claims().get("status") instanceof Map<?, ?> status && status.get("status_list") instanceof Map<?, ?> list) {
                String uri = (String) list.get("uri");
                statusLists.put(uri, school.get(URI.create(uri).getRawPath()));
            }
        }
        assertFalse(statusLists.isEmpty(), "the credentials point to a token status list");
        List<String> tampered = new ArrayList<>();
        for (String credential : credentials) {
            tampered.add(alteredIssuerSignedPayload(credential));
            tampered.add(alteredDisclosure(credential));
        }
        List<String> all = new ArrayList<>(credentials);
        all.addAll(tampered);

        JsonNode results = JsInterop.run("sd-jwt", "@sd-jwt/sd-jwt-vc", "verify-issued.mjs", Map.of("credentials", all,
                "didDocument", school.didDocument(), "statusLists", statusLists, "now", Instant.now().getEpochSecond()),
                List.of(), Map.of()).output();

        for (int i = 0; i < credentials.size(); i++) {
            JsonNode theirs = results.get(i);
            String type = types.get(i);
            assertTrue(theirs.get("verified").asBoolean(), type + ": " + theirs);
            CredentialType declared = CredentialTypes.standard().find(type).orElseThrow();
            assertEquals(declared.vct(), theirs.get("claims").get("vct").asText(), type);
            assertEquals(Json.tree(Json.write(Map.of("jwk", HOLDER.toPublicJWK().toJSONObject()))), theirs.get("claims").get("cnf"),
                    type + ": bound to the wallet's key");
            assertEquals(Json.tree(Json.write(ours.get(i).claims())), theirs.get("claims"),
                    type + ": sd-jwt-js's disclosures decode to the claims Satchel's verifier reports");
            assertFalse(theirs.get("disclosures").isEmpty(), type + ": something is selectively disclosable");
        }
        for (int i = 0; i < tampered.size(); i += 2) {
            String type = types.get(i / 2);
            JsonNode signedAltered = results.get(credentials.size() + i);
            assertFalse(signedAltered.get("verified").asBoolean(), "sd-jwt-js accepted " + type + " with its signed payload altered: "
                    + signedAltered);
            assertInstanceOf(Verification.Invalid.class, school.verify(tampered.get(i)), type);

            // RFC 9901 §7.1 step 5: a Disclosure referenced by no digest makes the SD-JWT invalid. Satchel
            // refuses it; sd-jwt-js 0.19.0 deviates, dropping the Disclosure and verifying the rest, so all
            // that holds there is that the altered value never reaches what it reports.
            Verification.Invalid refused = assertInstanceOf(Verification.Invalid.class, school.verify(tampered.get(i + 1)), type);
            assertTrue(refused.has(ProblemCode.DISCLOSURE_UNREFERENCED), refused.toString());
            JsonNode disclosureAltered = results.get(credentials.size() + i + 1);
            assertFalse(disclosureAltered.path("claims").toString().contains("\"altered\""),
                    "sd-jwt-js reported the altered disclosure's value for " + type + ": " + disclosureAltered);
        }
    }

    @Test
    void dataIntegrityCredentialsVerifyInDigitalBazaarsVcWithTheDidDocumentPinnedAndTamperedOnesDoNot(@TempDir Path dir) throws Exception {
        List<String> types = new ArrayList<>(ISSUED.keySet());
        List<JsonNode> credentials = new ArrayList<>();
        for (String type : types) {
            String credential = ISSUED.get(type).get(CredentialFormat.LDP_VC);
            assertInstanceOf(Verification.Valid.class, school.verify(credential), type);
            credentials.add(Json.tree(credential));
        }
        List<JsonNode> all = new ArrayList<>(credentials);
        credentials.forEach(c -> all.add(alteredSubject(c.deepCopy())));
        // Their loader reads the school's DID document as the node serves it, pinned: no network.
        Path documents = dir.resolve("did-documents.json");
        Files.writeString(documents, Json.write(Map.of(IssuingSchool.DID, school.didDocument())));

        JsonNode results = JsInterop.run("vc-di", "@digitalbazaar/vc", "verify-many.mjs", all, List.of(),
                Map.of("SATCHEL_DID_DOCUMENTS", documents.toString())).output();

        for (int i = 0; i < credentials.size(); i++) {
            JsonNode theirs = results.get(i);
            assertTrue(theirs.get("verified").asBoolean(), types.get(i) + ": " + theirs);
            JsonNode tampered = results.get(credentials.size() + i);
            assertFalse(tampered.get("verified").asBoolean(), types.get(i) + " with a subject claim altered: " + tampered);
            assertFalse(school.verify(all.get(credentials.size() + i).toString()).isValid(), "Satchel accepted a tampered " + types.get(i));
        }
    }

    @Test
    void vcJwtsVerifyInDidJwtVcAndTamperedOnesDoNot() {
        List<String> types = new ArrayList<>(ISSUED.keySet());
        List<String> credentials = new ArrayList<>();
        for (String type : types) {
            String credential = ISSUED.get(type).get(CredentialFormat.JWT_VC_JSON);
            assertInstanceOf(Verification.Valid.class, school.verify(credential), type);
            credentials.add(credential);
        }
        List<String> all = new ArrayList<>(credentials);
        credentials.forEach(c -> all.add(alteredJwtSubject(c)));

        JsonNode results = JsInterop.run("jwt-vc", "did-jwt-vc", "verify-many.mjs", Map.of("jwts", all,
                "didDocument", school.didDocument(), "now", Instant.now().getEpochSecond()), List.of(), Map.of()).output();

        for (int i = 0; i < credentials.size(); i++) {
            JsonNode theirs = results.get(i);
            assertTrue(theirs.get("verified").asBoolean(), types.get(i) + ": " + theirs);
            assertEquals(IssuingSchool.DID, theirs.get("issuer").asText(), types.get(i));
            assertEquals(DidJwk.of(HOLDER.toPublicJWK()), theirs.get("credential").get("credentialSubject").get("id").asText(),
                    types.get(i) + ": the subject is the wallet's key");
            JsonNode tampered = results.get(credentials.size() + i);
            assertFalse(tampered.get("verified").asBoolean(), types.get(i) + " with a subject claim altered: " + tampered);
            assertFalse(school.verify(all.get(credentials.size() + i)).isValid(), "Satchel accepted a tampered " + types.get(i));
        }
    }

    // --- tampering: each keeps the school's signature and changes what it signed ---

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    /** The first plain-text claim of the credential subject (not its id, type or an IRI) changed; the proof kept. */
    static JsonNode alteredSubject(JsonNode credential) {
        if (!alterFirstText((ObjectNode) credential.get("credentialSubject"))) {
            throw new AssertionError("nothing to alter in " + credential.get("credentialSubject"));
        }
        return credential;
    }

    private static boolean alterFirstText(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (List.of("id", "type", "@context").contains(field.getKey())) {
                    continue;
                }
                // Plain text only: an IRI made ill-formed would be refused as JSON-LD, not for its signature.
                if (field.getValue().isTextual() && !field.getValue().asText().matches("^[a-z][a-z0-9+.-]*:.*")) {
                    object.set(field.getKey(), TextNode.valueOf(field.getValue().asText() + " (altered)"));
                    return true;
                }
                if (alterFirstText(field.getValue())) {
                    return true;
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                if (alterFirstText(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A VC-JWT whose vc.credentialSubject has a claim changed, with the original header and signature. */
    static String alteredJwtSubject(String jwt) {
        String[] parts = jwt.split("\\.");
        JsonNode payload = Json.tree(new String(UNB64.decode(parts[1]), StandardCharsets.UTF_8));
        alteredSubject(payload.get("vc"));
        return parts[0] + "." + B64.encodeToString(Json.write(payload).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** An SD-JWT whose issuer-signed JWT has its vct changed, with the original signature and disclosures. */
    static String alteredIssuerSignedPayload(String sdJwt) {
        int tilde = sdJwt.indexOf('~');
        String[] parts = sdJwt.substring(0, tilde).split("\\.");
        ObjectNode payload = (ObjectNode) Json.tree(new String(UNB64.decode(parts[1]), StandardCharsets.UTF_8));
        payload.put("vct", payload.get("vct").asText() + "-altered");
        return parts[0] + "." + B64.encodeToString(Json.write(payload).getBytes(StandardCharsets.UTF_8)) + "." + parts[2]
                + sdJwt.substring(tilde);
    }

    /**
     * An SD-JWT whose first disclosure is replaced by a well-formed one with the same salt and name
     * and another value: its digest is in no {@code _sd}, so RFC 9901 §7.1 (step 3.5) refuses it.
     */
    static String alteredDisclosure(String sdJwt) {
        String[] parts = sdJwt.split("~", -1);
        JsonNode disclosure = Json.tree(new String(UNB64.decode(parts[1]), StandardCharsets.UTF_8));
        List<Object> altered = new ArrayList<>();
        disclosure.forEach(d -> altered.add(d));
        altered.set(altered.size() - 1, "altered");
        parts[1] = B64.encodeToString(Json.write(altered).getBytes(StandardCharsets.UTF_8));
        return String.join("~", parts);
    }
}
