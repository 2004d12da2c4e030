package org.satchel.credentials.sdjwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.Base64URL;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

class SdJwtIssueAndPresentTest {
    private final Fixtures f = new Fixtures();

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void issuedCredentialPresentedWithOneGradeVerifiesWithOnlyThatGrade(KeyType type) {
        Fixtures fixtures = new Fixtures(type);
        String presentation = fixtures.present(fixtures.issue(), "achievement.grade");

        Verification.Valid valid = assertInstanceOf(Verification.Valid.class,
                SdJwtVerifier.verify(presentation, fixtures.policy().build()));
        assertEquals(Format.SD_JWT_VC, valid.format());
        assertEquals(Fixtures.SCHOOL, valid.issuer());
        assertEquals(Optional.of("urn:ietf:params:oauth:jwk-thumbprint:sha-256:" + Keys.thumbprint(fixtures.holderKey)),
                valid.holder());
        assertEquals(CredentialStatus.NONE, valid.status());
        assertEquals(Map.of("grade", "9"), valid.claims().get("achievement"), "only the grade of the achievement");
        assertFalse(valid.claims().containsKey("name"));
        assertFalse(valid.claims().containsKey("examResult"));
        assertEquals(Set.of("iss", "vct", "iat", "exp", "cnf", "achievement"), valid.claims().keySet());
    }

    @Test
    void issuerSignedJwtIsTypedSignedWithTheKeysAlgorithmAndNamesItsKid() {
        String jwt = f.issue().split("~")[0];
        Map<String, Object> header = Fixtures.headerOf(jwt);
        assertEquals("dc+sd-jwt", header.get("typ"));
        assertEquals("EdDSA", header.get("alg"));
        assertEquals(f.schoolKey.getKeyID(), header.get("kid"));
    }

    @Test
    void onlyTheRegisteredClaimsAreInTheClearAndEveryOtherClaimIsDisclosable() {
        Map<String, Object> payload = Fixtures.payloadOf(f.issue().split("~")[0]);
        assertEquals(Set.of("iss", "vct", "iat", "exp", "cnf", "_sd", "_sd_alg"), payload.keySet());
        assertEquals("sha-256", payload.get("_sd_alg"));
        assertEquals(Map.of("jwk", f.holderKey.toPublicJWK().toJSONObject()), payload.get("cnf"));
        assertFalse(payload.get("cnf").toString().contains("\"d\""), "no private key material in cnf");
        assertEquals(List.of("achievement", "achievement.awardedOn", "achievement.grade", "achievement.name",
                        "examResult", "examResult.0", "examResult.0.grade", "examResult.0.paper", "examResult.1",
                        "examResult.1.grade", "examResult.1.paper", "name", "subjects", "subjects.0", "subjects.1"),
                SdJwtVc.disclosablePaths(f.issue()).stream().sorted().toList());
    }

    @Test
    void everyDigestListIsSortedAndPaddedWithDecoys() {
        String issued = f.issue();
        Map<String, Object> payload = Fixtures.payloadOf(issued.split("~")[0]);
        @SuppressWarnings("unchecked")
        List<String> top = (List<String>) payload.get("_sd");
        assertEquals(top.stream().sorted().toList(), top, "RFC 9901 §4.2.4.1: order reveals nothing");
        // Four top-level claims are disclosable (name, achievement, examResult, subjects); the rest are decoys.
        assertTrue(top.size() >= 4 + Decoys.MIN && top.size() <= 4 + Decoys.MAX, "top-level _sd " + top.size());
        List<String> disclosures = List.of(issued.split("~")).subList(1, issued.split("~").length);
        Set<String> real = disclosures.stream().map(HashAlgorithm.SHA_256::digest).collect(Collectors.toSet());
        assertTrue(top.stream().anyMatch(d -> !real.contains(d)), "at least one decoy");
    }

    @Test
    void saltsAre128BitsAndNeverRepeat() {
        List<String> salts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String issued = f.issue();
            for (String encoded : List.of(issued.split("~")).subList(1, issued.split("~").length)) {
                Disclosure disclosure = Disclosure.parse(encoded);
                assertEquals(16, new Base64URL(disclosure.salt()).decode().length);
                salts.add(disclosure.salt());
            }
        }
        assertEquals(salts.size(), Set.copyOf(salts).size());
    }

    @Test
    void nestedObjectsAndArrayElementsAreDisclosableLevelByLevel() {
        String presentation = f.present(f.issue(), "examResult.1.grade", "subjects.0");
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class,
                SdJwtVerifier.verify(presentation, f.policy().build()));
        assertEquals(List.of(Map.of("grade", "B")), valid.claims().get("examResult"));
        assertEquals(List.of("maths"), valid.claims().get("subjects"));
        assertFalse(valid.claims().containsKey("achievement"));
    }

    @Test
    void namingAnObjectDisclosesEverythingInsideIt() {
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class,
                SdJwtVerifier.verify(f.present(f.issue(), "achievement"), f.policy().build()));
        assertEquals(Map.of("name", "GCSE Mathematics", "grade", "9", "awardedOn", "2026-08-20"),
                valid.claims().get("achievement"));
    }

    @Test
    void presentationCarriesOnlyTheChosenDisclosuresAndTheirEnclosingOnes() {
        String presentation = f.present(f.issue(), "achievement.grade");
        String[] parts = presentation.split("~");
        assertEquals(4, parts.length, "issuer JWT, achievement, grade, KB-JWT");
        Set<String> names = Set.of(parts[1], parts[2]).stream()
                .map(d -> Disclosure.parse(d).claimName().orElseThrow()).collect(Collectors.toSet());
        assertEquals(Set.of("achievement", "grade"), names);
        Map<String, Object> kbHeader = Fixtures.headerOf(parts[3]);
        assertEquals("kb+jwt", kbHeader.get("typ"));
        Map<String, Object> kb = Fixtures.payloadOf(parts[3]);
        assertEquals(Set.of("iat", "aud", "nonce", "sd_hash"), kb.keySet());
        assertEquals(Fixtures.VERIFIER, kb.get("aud"));
        assertEquals(Fixtures.NONCE, kb.get("nonce"));
        assertEquals(HashAlgorithm.SHA_256.digest(presentation.substring(0, presentation.lastIndexOf('~') + 1)),
                kb.get("sd_hash"));
    }

    @Test
    void aPathThatNamesNothingIsAnErrorInWords() {
        String issued = f.issue();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> f.present(issued, "achievement.score"));
        assertTrue(missing.getMessage().contains("'achievement.score' names nothing"), missing.getMessage());
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> f.present(issued, "examResult.2.grade"));
        assertTrue(outOfRange.getMessage().contains("names nothing"), outOfRange.getMessage());
    }

    @Test
    void presentingWithAnotherKeyThanTheBoundOneIsRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SdJwtVc.present(f.issue(),
                Keys.generate(KeyType.ED25519), List.of("name"), Fixtures.NONCE, Fixtures.VERIFIER));
        assertTrue(e.getMessage().contains("not the key this credential is bound to"), e.getMessage());
    }

    @Test
    void aPresentationCannotBePresentedAgain() {
        String presentation = f.present(f.issue(), "name");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.present(presentation, "name"));
        assertTrue(e.getMessage().contains("already a presentation"), e.getMessage());
    }

    @Test
    void claimsJsonIssuanceForTheCommandLineTakesVctFromTheClaims() {
        String issued = SdJwtVc.issue(Fixtures.CLAIMS, f.schoolKey, Fixtures.SCHOOL, Optional.of(f.holderKey));
        Map<String, Object> payload = Fixtures.payloadOf(issued.split("~")[0]);
        assertEquals(Fixtures.VCT, payload.get("vct"));
        assertEquals(Fixtures.SCHOOL, payload.get("iss"));
        String presentation = SdJwtVc.present(issued, f.holderKey, List.of("name"), "nonce-1", "https://v.example");
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, SdJwtVerifier.verify(presentation,
                f.policy().clock(Clock.systemUTC()).nonce("nonce-1").audience("https://v.example").build()));
        assertEquals("Ada Lovelace", valid.claims().get("name"));
    }

    @Test
    void alwaysVisibleClaimsStayInTheClearWhileTheirMembersStayDisclosable() {
        String issued = SdJwtVc.issue(Fixtures.claims(), f.schoolKey, f.options().alwaysVisible("achievement",
                "achievement.name").build());
        Map<String, Object> payload = Fixtures.payloadOf(issued.split("~")[0]);
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) payload.get("achievement");
        assertEquals("GCSE Mathematics", achievement.get("name"));
        assertFalse(achievement.containsKey("grade"));
        assertTrue(achievement.containsKey("_sd"));
        assertThrows(IllegalArgumentException.class, () -> SdJwtVc.issue(Fixtures.claims(), f.schoolKey,
                f.options().alwaysVisible("achievement.score").build()));
    }

    @Test
    void claimsThatOnlyTheOptionsMaySetOrThatRfc9901ReservesAreRefused() {
        IllegalArgumentException exp = assertThrows(IllegalArgumentException.class, () -> SdJwtVc.issue(
                Fixtures.json("{\"vct\":\"x\",\"exp\":1}"), f.schoolKey, f.options().build()));
        assertTrue(exp.getMessage().contains("'exp'"), exp.getMessage());
        IllegalArgumentException sd = assertThrows(IllegalArgumentException.class, () -> SdJwtVc.issue(
                Fixtures.json("{\"vct\":\"x\",\"a\":{\"_sd\":[]}}"), f.schoolKey, f.options().build()));
        assertTrue(sd.getMessage().contains("'_sd'"), sd.getMessage());
        IllegalArgumentException noVct = assertThrows(IllegalArgumentException.class, () -> SdJwtVc.issue(
                Fixtures.json("{\"a\":1}"), f.schoolKey, f.options().build()));
        assertTrue(noVct.getMessage().contains("vct"), noVct.getMessage());
    }

    @Test
    void credentialWithoutHolderKeyIsPresentedWithoutKeyBinding() {
        String issued = SdJwtVc.issue(Fixtures.claims(), f.schoolKey, IssuanceOptions.issuer(Fixtures.SCHOOL).build());
        String presentation = SdJwtVc.presentWithoutKeyBinding(issued, List.of("name"));
        assertTrue(presentation.endsWith("~"));
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, SdJwtVerifier.verify(presentation,
                VerificationPolicy.trusting(IssuerTrust.keys(List.of(f.schoolKey))).build()));
        assertEquals(Optional.empty(), valid.holder());
        assertEquals("Ada Lovelace", valid.claims().get("name"));
    }
}
