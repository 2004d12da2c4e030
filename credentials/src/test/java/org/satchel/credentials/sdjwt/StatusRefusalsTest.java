package org.satchel.credentials.sdjwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.satchel.credentials.sdjwt.Attacks.assertRefused;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.status.token.StatusIndexAllocator;
import org.satchel.credentials.status.token.StatusList;
import org.satchel.credentials.status.token.StatusListToken;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.StatusListSource;
import org.satchel.credentials.verify.Verification;

/**
 * Revocation and suspension through a Token Status List, served by an in-memory
 * {@link StatusListSource} standing in for the school's status endpoint.
 */
class StatusRefusalsTest {
    private static final URI LIST = URI.create("https://northfield.school.example/status/7");

    private final Fixtures f = new Fixtures();
    private final Map<URI, String> served = new HashMap<>();
    private final StatusListSource source = uri -> Optional.ofNullable(served.get(uri));
    private final int index = new StatusIndexAllocator(StatusList.DEFAULT_SIZE).allocate();

    private String presentation() {
        String issued = SdJwtVc.issue(Fixtures.claims(), f.schoolKey, f.options().statusList(LIST, index).build());
        return f.present(issued, "achievement.grade");
    }

    private void publish(int status) {
        StatusListToken token = new StatusListToken(LIST, StatusList.create(2).withStatus(index, status),
                Fixtures.NOW.minusSeconds(60), Optional.of(Fixtures.NOW.plus(Duration.ofDays(1))),
                Optional.of(Duration.ofHours(1)));
        served.put(LIST, token.sign(f.schoolKey, Fixtures.SCHOOL));
    }

    private Verification verify(String presentation) {
        return SdJwtVerifier.verify(presentation, f.policy().statusLists(source).build());
    }

    @Test
    void credentialWhoseEntryIsValidIsActive() {
        publish(0);
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, verify(presentation()));
        assertEquals(CredentialStatus.ACTIVE, valid.status());
    }

    @Test
    void revokedCredentialIsRefusedWithRevokedCode() {
        publish(1);
        assertRefused(verify(presentation()), ProblemCode.REVOKED, "INVALID", "index " + index);
    }

    @Test
    void suspendedCredentialIsRefusedWithSuspendedCode() {
        publish(2);
        assertRefused(verify(presentation()), ProblemCode.SUSPENDED, "SUSPENDED");
    }

    @Test
    void statusListThatCannotBeFetchedIsRefusedAsStatusUnavailable() {
        assertRefused(verify(presentation()), ProblemCode.STATUS_UNAVAILABLE, "no status list could be fetched",
                LIST.toString());
    }

    @Test
    void statusListSignedByAnotherKeyIsRefusedAsStatusUnavailable() {
        // Someone serves a list saying "all valid" for a revoked credential, but cannot sign as the school.
        StatusListToken allValid = new StatusListToken(LIST, StatusList.create(2), Fixtures.NOW.minusSeconds(60),
                Optional.empty(), Optional.empty());
        served.put(LIST, allValid.sign(Keys.generate(KeyType.ED25519), Fixtures.SCHOOL));
        assertRefused(verify(presentation()), ProblemCode.STATUS_UNAVAILABLE, "signature does not verify");
    }

    @Test
    void unparseableStatusListIsRefusedAsStatusUnavailable() {
        served.put(LIST, "<html>503 Service Unavailable</html>");
        assertRefused(verify(presentation()), ProblemCode.STATUS_UNAVAILABLE, "not a JWS");
    }

    @Test
    void statusIsNotFetchedWhenThePolicySaysNotTo() {
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, SdJwtVerifier.verify(presentation(),
                f.policy().checkStatus(false).statusLists(uri -> {
                    throw new AssertionError("fetched " + uri);
                }).build()));
        assertEquals(CredentialStatus.NOT_CHECKED, valid.status());
    }

    @Test
    void statusIsNotFetchedForACredentialThatFailedAnotherCheck() {
        publish(1);
        String presentation = presentation();
        Verification result = SdJwtVerifier.verify(presentation, f.policy().nonce("another").statusLists(uri -> {
            throw new AssertionError("draft-ietf-oauth-status-list §8.3: status comes after every other check");
        }).build());
        assertRefused(result, ProblemCode.NONCE_MISMATCH);
    }
}
