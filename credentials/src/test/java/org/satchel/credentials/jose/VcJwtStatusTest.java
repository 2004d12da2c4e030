package org.satchel.credentials.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.credentials.jose.Refusals.assertRefused;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.status.bitstring.BitstringStatusCheck;
import org.satchel.credentials.status.bitstring.BitstringStatusList;
import org.satchel.credentials.status.bitstring.BitstringStatusListEntry;
import org.satchel.credentials.status.bitstring.EntryStatus;
import org.satchel.credentials.status.bitstring.StatusListCredentialVerifier;
import org.satchel.credentials.status.bitstring.StatusListError;
import org.satchel.credentials.status.bitstring.StatusPurpose;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;

/** Revocation and suspension through status lists the school serves (as vc+jwt), and every way a list can be unusable. */
class VcJwtStatusTest {
    static final String LEARNER = DidJwk.of(Keys.generate(KeyType.ED25519));

    final School school = new School();
    final Map<String, Object> credential = school.revocableAchievement(LEARNER);
    final String jwt = VcJwt.issue(credential, School.DID, school.signingKey);
    final int revocationIndex = index(0);
    final int suspensionIndex = index(1);

    @Test
    void credentialWhoseBitsAreUnsetIsActive() {
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, VcJwt.verify(jwt, school.policy().build()));
        assertEquals(CredentialStatus.ACTIVE, valid.status());
    }

    @Test
    void revokedCredentialIsRefusedWithRevokedCode() {
        school.revocations.set(revocationIndex);
        school.publish();
        var problem = assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.REVOKED, "marks index " + revocationIndex + " as revoked");
        assertEquals("credentialStatus[0]", problem.path());
    }

    @Test
    void suspendedCredentialIsRefusedWithSuspendedCodeUntilTheSuspensionIsLifted() {
        school.suspensions.set(suspensionIndex);
        school.publish();
        assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.SUSPENDED, "as suspended");
        school.suspensions.clear(suspensionIndex);
        school.publish();
        assertTrue(VcJwt.verify(jwt, school.policy().build()).isValid());
    }

    @Test
    void otherCredentialsBitsDoNotTouchThisOne() {
        school.revocations.set(school.revocations.allocate());
        school.publish();
        assertTrue(VcJwt.verify(jwt, school.policy().build()).isValid());
    }

    @Test
    void statusIsNotCheckedWhenThePolicySaysSo() {
        school.revocations.set(revocationIndex);
        school.publish();
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, VcJwt.verify(jwt, school.policy().checkStatus(false).build()));
        assertEquals(CredentialStatus.NOT_CHECKED, valid.status());
    }

    @Test
    void listThatCannotBeRetrievedLeavesTheStatusUnavailable() {
        school.served.remove(School.REVOCATION_LIST);
        assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "STATUS_RETRIEVAL_ERROR");
    }

    @Test
    void listForAnotherPurposeIsRefusedAsAPurposeMismatch() {
        // The attacker answers the revocation URL with a (genuine, signed) suspension list claiming that URL.
        BitstringStatusList suspension = BitstringStatusList.create(StatusPurpose.SUSPENSION);
        serve(School.REVOCATION_LIST, suspension.credential(School.REVOCATION_LIST, School.NOW, Optional.empty(), Optional.empty()));
        var problem = assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "purpose mismatch");
        assertTrue(problem.message().contains("STATUS_VERIFICATION_ERROR"), problem.message());
    }

    @Test
    void listShorterThanTheSpecMinimumIsRefusedAsTooShort() throws Exception {
        Map<String, Object> list = school.revocations.credential(School.REVOCATION_LIST, School.NOW, Optional.empty(), Optional.empty());
        subject(list).put("encodedList", encoded(new byte[8_192])); // 65,536 entries: half the minimum
        serve(School.REVOCATION_LIST, list);
        assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "STATUS_LIST_LENGTH_ERROR");
        assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "65536 entries, fewer than the 131072");
    }

    @Test
    void listSignedByAnyoneButATrustedIssuerIsRefused() {
        Map<String, Object> list = BitstringStatusList.create(StatusPurpose.REVOCATION)
                .credential(School.REVOCATION_LIST, School.NOW, Optional.empty(), Optional.empty());
        school.served.put(School.REVOCATION_LIST, VcJwt.issue(list, School.STRANGER_DID, SigningKey.forDid(School.STRANGER_DID, school.strangerKey)));
        var problem = assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "does not verify");
        assertTrue(problem.message().contains("untrusted issuer"), problem.message());
    }

    @Test
    void listPublishedForAnotherUrlIsRefused() {
        URI elsewhere = URI.create("https://localhost:8443/status/revocation/2");
        serve(School.REVOCATION_LIST, BitstringStatusList.create(StatusPurpose.REVOCATION).credential(elsewhere, School.NOW, Optional.empty(), Optional.empty()));
        assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "says it is " + elsewhere);
    }

    @Test
    void credentialThatIsNotAStatusListIsRefused() {
        Map<String, Object> notAList = new LinkedHashMap<>(school.revocations.credential(School.REVOCATION_LIST, School.NOW, Optional.empty(), Optional.empty()));
        notAList.put("type", List.of("VerifiableCredential"));
        serve(School.REVOCATION_LIST, notAList);
        assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "is not a BitstringStatusListCredential");
    }

    @Test
    void expiredListIsRefusedSoAStaleSnapshotCannotHideARevocation() {
        Clock later = Clock.offset(School.CLOCK, Duration.ofHours(2)); // the published lists are valid for one hour
        assertRefused(VcJwt.verify(jwt, school.policy().clock(later).build()), ProblemCode.STATUS_UNAVAILABLE, "expired");
    }

    @Test
    void indexBeyondTheListIsARangeError() {
        Map<String, Object> outside = school.revocableAchievement(LEARNER);
        outside.put("credentialStatus", BitstringStatusListEntry.of(StatusPurpose.REVOCATION, 200_000, School.REVOCATION_LIST).toJsonObject());
        String far = VcJwt.issue(outside, School.DID, school.signingKey);
        assertRefused(VcJwt.verify(far, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "RANGE_ERROR");
    }

    @Test
    void malformedEntryIsAMalformedValueError() {
        Map<String, Object> bad = School.achievement(LEARNER);
        Map<String, Object> entry = new LinkedHashMap<>(BitstringStatusListEntry.of(StatusPurpose.REVOCATION, 5, School.REVOCATION_LIST).toJsonObject());
        entry.put("statusListIndex", 5);
        bad.put("credentialStatus", entry);
        String jwtWithBadEntry = VcJwt.issue(bad, School.DID, school.signingKey);
        assertRefused(VcJwt.verify(jwtWithBadEntry, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "MALFORMED_VALUE_ERROR");
    }

    @Test
    void statusMechanismsNotUnderstoodAreIgnored() {
        // vc-jose-cose §5.4: a credentialStatus type that is not understood MUST be ignored.
        Map<String, Object> other = School.achievement(LEARNER);
        other.put("credentialStatus", Map.of("id", "https://example.com/status/1#3", "type", "TokenStatusListEntry"));
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class,
                VcJwt.verify(VcJwt.issue(other, School.DID, school.signingKey), school.policy().build()));
        assertEquals(CredentialStatus.NONE, valid.status());
    }

    @Test
    void oneEntryCheckedDirectlyAnswersWithTheSpecsOutcome() {
        BitstringStatusListEntry entry = BitstringStatusListEntry.fromJsonObject(entries().get(0));
        assertInstanceOf(EntryStatus.Unset.class, BitstringStatusCheck.check(entry, school.policy().build(), VcJwt.statusListVerifier()));
        school.revocations.set(revocationIndex);
        school.publish();
        EntryStatus.Flagged flagged = assertInstanceOf(EntryStatus.Flagged.class,
                BitstringStatusCheck.check(entry, school.policy().build(), VcJwt.statusListVerifier()));
        assertEquals(1, flagged.status());
        school.served.clear();
        EntryStatus.Unavailable unavailable = assertInstanceOf(EntryStatus.Unavailable.class,
                BitstringStatusCheck.check(entry, school.policy().build(), VcJwt.statusListVerifier()));
        assertEquals(StatusListError.STATUS_RETRIEVAL_ERROR, unavailable.error());
        assertEquals(URI.create("https://www.w3.org/ns/credentials/status-list#STATUS_RETRIEVAL_ERROR"), unavailable.error().type());
    }

    @Test
    void statusListVerifierIsChosenByFormatHereWithAStandInForDataIntegrity() {
        // The list served as a JSON document, as a Data Integrity list would be; the stand-in only
        // parses it (Data Integrity verification is another package's), so this tests the plugging.
        Map<String, Object> list = new LinkedHashMap<>(school.revocations.credential(School.REVOCATION_LIST, School.NOW, Optional.empty(), Optional.empty()));
        list.put("issuer", School.DID);
        school.served.put(School.REVOCATION_LIST, com.nimbusds.jose.util.JSONObjectUtils.toJSONString(list));
        StatusListCredentialVerifier dataIntegrityStandIn = (served, policy) -> new Verification.Valid(Format.DI_EDDSA_RDFC_2022,
                School.DID, Optional.empty(), CredentialStatus.NOT_CHECKED, School.json(served));
        assertRefused(VcJwt.verify(jwt, school.policy().build()), ProblemCode.STATUS_UNAVAILABLE, "JSON document, not a compact JWS");
        assertTrue(VcJwt.verify(jwt, school.policy().build(), VcJwt.statusListVerifier().orElse(dataIntegrityStandIn)).isValid());
        school.publish(); // back to vc+jwt lists: the second verifier is never asked
        assertTrue(VcJwt.verify(jwt, school.policy().build(), VcJwt.statusListVerifier().orElse((served, policy) -> {
            throw new AssertionError("a vc+jwt list reached the second verifier");
        })).isValid());
    }

    private void serve(URI url, Map<String, Object> list) {
        school.served.put(url, VcJwt.issue(list, School.DID, school.signingKey));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> subject(Map<String, Object> list) {
        Map<String, Object> subject = new LinkedHashMap<>((Map<String, Object>) list.get("credentialSubject"));
        list.put("credentialSubject", subject);
        return subject;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> entries() {
        return (List<Map<String, Object>>) credential.get("credentialStatus");
    }

    private int index(int entry) {
        return Integer.parseInt((String) entries().get(entry).get("statusListIndex"));
    }

    private static String encoded(byte[] bitstring) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bitstring);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }
}
