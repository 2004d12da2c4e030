package org.satchel.node.issuance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.Verification;
import org.satchel.node.issuance.types.CredentialTypes;

/**
 * The node's OpenID4VCI 1.0 pre-authorised code flow driven end to end by a wallet that is not
 * Satchel's: Animo's oid4vc-ts ({@code @openid4vc/openid4vci}, pinned in {@code interop/oid4vci}),
 * which resolves the offer by reference, reads the issuer's and authorisation server's metadata,
 * exchanges the code and PIN at the token endpoint, takes a {@code c_nonce} from the nonce
 * endpoint and sends {@code proofs} signed with its own key (jose). Its fetch reaches the node on
 * loopback in place of https://oakfield.school.example; what it receives is then checked by
 * Satchel's one verifier, bound to that wallet's key.
 */
class Oid4vciIndependentWalletTest {
    static IssuingSchool school;

    @BeforeAll
    static void start() {
        school = new IssuingSchool(40);
    }

    @AfterAll
    static void stop() {
        school.close();
    }

    static JsInterop.Run receive(JsonNode offer, String txCode, JWK holder) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("offerUri", offer.get("offer_by_reference").asText());
        input.put("txCode", txCode);
        input.put("issuer", IssuingSchool.ISSUER);
        input.put("route", school.loopback());
        input.put("holderJwk", holder.toJSONObject());
        return JsInterop.run("oid4vci", "@openid4vc/openid4vci", "receive.mjs", input, List.of(), Map.of());
    }

    @Test
    void theirWalletTakesUpAnOfferOfAnAchievementInEveryFormatBoundToItsP256Key() {
        CredentialType achievement = CredentialTypes.standard().find("achievement").orElseThrow();
        IssuingSchool.Offerable who = school.learnerWith(achievement);
        List<String> configurations = new ArrayList<>();
        for (CredentialFormat format : CredentialFormat.values()) {
            configurations.add(achievement.configurationId(format));
        }
        JsonNode offer = school.offer(who, configurations);
        JWK holder = Keys.generate(KeyType.P256);

        JsInterop.Run run = receive(offer, offer.get("tx_code").asText(), holder);

        assertEquals(0, run.exitCode(), run.output().toString());
        JsonNode received = run.output().get("credentials");
        assertEquals(configurations.size(), received.size(), run.output().toString());
        for (JsonNode one : received) {
            assertEquals(1, one.get("credentials").size(), one.toString());
            JsonNode credential = one.get("credentials").get(0);
            String format = one.get("format").asText();
            Verification.Valid valid = assertInstanceOf(Verification.Valid.class,
                    school.verify(credential.isTextual() ? credential.asText() : credential.toString()), format);
            switch (format) {
                case "dc+sd-jwt" -> {
                    assertEquals(Format.SD_JWT_VC, valid.format());
                    assertEquals(Map.of("jwk", holder.toPublicJWK().toJSONObject()), valid.claims().get("cnf"), "bound to their wallet's key");
                }
                case "ldp_vc", "jwt_vc_json" -> {
                    assertTrue(credential.isObject() == format.equals("ldp_vc"), format + ": an object for ldp_vc, a string for jwt_vc_json");
                    assertEquals(DidJwk.of(holder.toPublicJWK()), ((Map<?, ?>) valid.claims().get("credentialSubject")).get("id"),
                            format + ": the subject is their wallet's key");
                }
                default -> throw new AssertionError("a format nobody offered: " + format);
            }
            assertEquals(IssuingSchool.DID, valid.issuer());
        }
        // The whole flow went through the node's own endpoints, the nonce endpoint once per proof.
        List<String> requests = new ArrayList<>();
        run.output().get("requests").forEach(r -> requests.add(r.asText()));
        assertTrue(requests.contains("POST /token"), requests.toString());
        assertEquals(configurations.size(), requests.stream().filter("POST /nonce"::equals).count(), requests.toString());
        assertEquals(configurations.size(), requests.stream().filter("POST /credential"::equals).count(), requests.toString());
    }

    @Test
    void theirWalletTakesUpAnExamCertificateBoundToItsEd25519Key() {
        CredentialType certificate = CredentialTypes.standard().find("exam-certificate").orElseThrow();
        JsonNode offer = school.offer(school.learnerWith(certificate), certificate.configurationId(CredentialFormat.DC_SD_JWT));
        JWK holder = Keys.generate(KeyType.ED25519);

        JsInterop.Run run = receive(offer, offer.get("tx_code").asText(), holder);

        assertEquals(0, run.exitCode(), run.output().toString());
        String credential = run.output().get("credentials").get(0).get("credentials").get(0).asText();
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, school.verify(credential));
        assertEquals(certificate.vct(), valid.claims().get("vct"));
        assertEquals(Map.of("jwk", holder.toPublicJWK().toJSONObject()), valid.claims().get("cnf"));
    }

    @Test
    void theirWalletIsRefusedWithInvalidGrantForAWrongPin() {
        CredentialType certificate = CredentialTypes.standard().find("exam-certificate").orElseThrow();
        JsonNode offer = school.offer(school.learnerWith(certificate), certificate.configurationId(CredentialFormat.DC_SD_JWT));
        String pin = offer.get("tx_code").asText();
        String wrong = pin.equals("0".repeat(pin.length())) ? "1".repeat(pin.length()) : "0".repeat(pin.length());

        JsInterop.Run run = receive(offer, wrong, Keys.generate(KeyType.ED25519));

        assertEquals(1, run.exitCode(), run.output().toString());
        assertFalse(run.output().get("received").asBoolean());
        assertTrue(run.output().get("error").asText().contains("invalid_grant"), run.output().toString());
        assertFalse(run.output().get("requests").toString().contains("/credential\""), "no credential was asked for");
    }
}
