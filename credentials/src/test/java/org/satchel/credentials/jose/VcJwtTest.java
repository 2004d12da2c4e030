package org.satchel.credentials.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.Verification;

class VcJwtTest {
    static final String LEARNER = DidJwk.of(Keys.generate(KeyType.ED25519));

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void issuedCredentialIsTheVc20PayloadUnderAVcJwtHeaderAndVerifies(KeyType type) {
        School school = new School(type);
        Map<String, Object> credential = School.achievement(LEARNER);
        String jwt = VcJwt.issue(credential, School.DID, school.signingKey);

        // vc-jose-cose §3.1.1: typ vc+jwt, cty vc; §4.1.1: kid is the DID URL of the key.
        assertEquals(Map.of("alg", type.algorithm().getName(), "typ", "vc+jwt", "cty", "vc",
                "kid", School.DID + "#" + Keys.thumbprint(school.key)), School.header(jwt));
        // The payload is the credential itself with the issuer filled in, never a VC 1.1 "vc" claim.
        Map<String, Object> expected = new LinkedHashMap<>();
        credential.forEach((name, value) -> {
            expected.put(name, value);
            if (name.equals("type")) {
                expected.put("issuer", School.DID);
            }
        });
        Map<String, Object> payload = School.payload(jwt);
        assertEquals(School.json(JSONObjectUtils.toJSONString(expected)), payload);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(payload.keySet()), "issuer goes after type, order kept");

        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, VcJwt.verify(jwt, school.policy().build()));
        assertEquals(Format.VC_JWT, valid.format());
        assertEquals(School.DID, valid.issuer());
        assertEquals(CredentialStatus.NONE, valid.status());
        assertEquals(Optional.empty(), valid.holder());
        assertEquals(payload, valid.claims());
    }

    @Test
    void issuingFromTheClisJsonFileGivesTheSameCredential() {
        School school = new School();
        String json = JSONObjectUtils.toJSONString(School.achievement(LEARNER));
        String jwt = VcJwt.issue(json, School.DID, SigningKey.forDid(School.DID, school.key));
        assertTrue(VcJwt.verify(jwt, school.policy().build()).isValid());
        assertThrows(IllegalArgumentException.class, () -> VcJwt.issue("[1, 2]", School.DID, school.signingKey));
    }

    @Test
    void issuerObjectWithTheSameIdIsKept() {
        School school = new School();
        Map<String, Object> credential = School.achievement(LEARNER);
        credential.put("issuer", Map.of("id", School.DID, "name", "North School"));
        String jwt = VcJwt.issue(credential, School.DID, school.signingKey);
        assertEquals(Map.of("id", School.DID, "name", "North School"), School.payload(jwt).get("issuer"));
        assertEquals(School.DID, assertInstanceOf(Verification.Valid.class, VcJwt.verify(jwt, school.policy().build())).issuer());
    }

    @Test
    void credentialsSatchelsVerifierWouldRefuseAreNotIssued() {
        School school = new School();
        Map<String, Object> unknownContext = School.achievement(LEARNER);
        unknownContext.put("@context", List.of("https://www.w3.org/ns/credentials/v2", "https://evil.example/context"));
        Map<String, Object> noType = School.achievement(LEARNER);
        noType.put("type", List.of("ExampleAchievementCredential"));
        Map<String, Object> otherIssuer = School.achievement(LEARNER);
        otherIssuer.put("issuer", School.STRANGER_DID);
        Map<String, Object> badDate = School.achievement(LEARNER);
        badDate.put("validFrom", "2026-01-01");
        Map<String, Object> oldShape = School.achievement(LEARNER);
        oldShape.put("vc", Map.of());
        for (Map<String, Object> credential : List.of(unknownContext, noType, otherIssuer, badDate, oldShape)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VcJwt.issue(credential, School.DID, school.signingKey));
            assertTrue(e.getMessage().startsWith("cannot issue this credential"), e.getMessage());
        }
        IllegalArgumentException notTheKeysDid = assertThrows(IllegalArgumentException.class,
                () -> VcJwt.issue(School.achievement(LEARNER), School.STRANGER_DID, school.signingKey));
        assertTrue(notTheKeysDid.getMessage().contains("is not a key of the issuer"), notTheKeysDid.getMessage());
    }

    @Test
    void signingKeyNeverPrintsItsPrivatePart() {
        School school = new School();
        String printed = school.signingKey.toString();
        assertFalse(printed.contains(school.key.toOctetKeyPair().getD().toString()), printed);
        assertTrue(printed.contains(School.DID));
        assertThrows(IllegalArgumentException.class, () -> new SigningKey(school.key.toPublicJWK(), School.DID + "#k"));
        assertThrows(IllegalArgumentException.class, () -> new SigningKey(school.key, School.DID));
        assertThrows(IllegalArgumentException.class, () -> SigningKey.forDid(DidJwk.of(Keys.generate(KeyType.ED25519)), school.key));
        assertEquals(DidJwk.of(school.key) + "#0", SigningKey.didJwk(school.key).verificationMethod());
    }
}
