package org.satchel.node.issuance.status;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.jose.VcJwt;
import org.satchel.credentials.status.bitstring.BitstringStatusList;
import org.satchel.credentials.status.bitstring.StatusPurpose;
import org.satchel.credentials.status.token.StatusList;
import org.satchel.credentials.status.token.StatusListToken;
import org.satchel.node.issuance.IssuerKeys;
import org.satchel.node.issuance.status.CredentialRegister.State;

/**
 * The school's published status lists, made from the register at each request (so that a change
 * of state shows at once) and signed by its current issuer key as its did:web: the Bitstring
 * Status List credentials as {@code vc+jwt} (§3.6: secured like the credentials that point at
 * them), the Token Status List as a {@code statuslist+jwt} (draft-ietf-oauth-status-list §5.1).
 */
final class StatusLists {
    /**
     * How long a verifier may keep a list before fetching it again. Bitstring Status List §2.2
     * {@code ttl} (milliseconds; 5 minutes is what it assumes when absent) and the draft's §5.1
     * {@code ttl} (seconds): short, so that a revocation reaches verifiers within minutes.
     */
    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    /**
     * How long one signed snapshot stays usable at all ({@code validUntil}, {@code exp}): a day, so
     * that a verifier offline for a while can still check, and a stale copy cannot be replayed for long.
     */
    static final Duration VALIDITY = Duration.ofDays(1);
    /** Token Status List draft §7.1: 0x00 VALID, 0x01 INVALID, 0x02 SUSPENDED; two bits hold them. */
    private static final int BITS = 2;
    private static final int INVALID = 1;
    private static final int SUSPENDED = 2;

    private final CredentialRegister register;
    private final String did;
    private final IssuerKeys keys;
    private final Clock clock;

    StatusLists(CredentialRegister register, String did, IssuerKeys keys, Clock clock) {
        this.register = register;
        this.did = did;
        this.keys = keys;
        this.clock = clock;
    }

    /** The signed {@code BitstringStatusListCredential} for list {@code number} of {@code purpose}, if that list exists. */
    Optional<String> bitstring(StatusPurpose purpose, int number) {
        if (!register.listExists(number)) {
            return Optional.empty();
        }
        URI url = register.listUri(purpose.value(), number);
        BitstringStatusList list = BitstringStatusList.create(purpose, CredentialRegister.LIST_SIZE);
        // A revoked credential's suspension bit stays clear: revocation is final and says all.
        State flags = purpose == StatusPurpose.REVOCATION ? State.REVOKED : State.SUSPENDED;
        for (Map.Entry<Integer, State> e : register.flagged(url).entrySet()) {
            if (e.getValue() == flags) {
                list.set(e.getKey());
            }
        }
        Instant now = clock.instant();
        Map<String, Object> credential = list.credential(url, now, Optional.of(now.plus(VALIDITY)), Optional.of(TIME_TO_LIVE));
        return Optional.of(VcJwt.issue(credential, did, SigningKey.forDid(did, keys.current())));
    }

    /** The signed Token Status List token for list {@code number}, if that list exists. */
    Optional<String> token(int number) {
        if (!register.listExists(number)) {
            return Optional.empty();
        }
        URI uri = register.listUri("token", number);
        StatusList list = StatusList.create(CredentialRegister.LIST_SIZE, BITS);
        for (Map.Entry<Integer, State> e : register.flagged(uri).entrySet()) {
            list = list.withStatus(e.getKey(), e.getValue() == State.REVOKED ? INVALID : SUSPENDED);
        }
        Instant now = clock.instant();
        return Optional.of(new StatusListToken(uri, list, now, Optional.of(now.plus(VALIDITY)), Optional.of(TIME_TO_LIVE))
                .sign(keys.current(), did));
    }
}
