package org.satchel.node.issuance.oid4vci;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The credential offers staff made and their pre-authorised codes, in memory (see {@link Expiring}):
 * each offer lives {@link #LIFETIME}, its code is taken up at most once, and the transaction code
 * (a PIN) is kept only as a salted hash; after {@link #MAX_WRONG_TX_CODES} wrong PINs the code is
 * withdrawn, because a short PIN must not be open to guessing (OpenID4VCI 1.0 §13.6.1 leaves the
 * limit to the issuer).
 */
final class Offers {
    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int TX_CODE_LENGTH = 6;
    static final int MAX_WRONG_TX_CODES = 5;
    static final int BOUND = 10_000;

    /** One offer: what it offers whom, its code, the PIN's hash, when it lapses and how many wrong PINs it has had. */
    record Offer(String id, String learnerId, List<OfferedCredential> credentials, String preAuthorizedCode, byte[] txSalt,
            byte[] txHash, Instant expires, int wrongTxCodes) {
        Offer {
            Objects.requireNonNull(id, "id");
            credentials = List.copyOf(credentials);
            if (credentials.isEmpty()) {
                throw new IllegalArgumentException("an offer offers at least one credential");
            }
        }

        List<String> configurationIds() {
            return credentials.stream().map(OfferedCredential::configurationId).toList();
        }

        Offer wrongTry() {
            return new Offer(id, learnerId, credentials, preAuthorizedCode, txSalt, txHash, expires, wrongTxCodes + 1);
        }
    }

    /** A new offer and its PIN, which exists nowhere else: it is shown once to the member of staff. */
    record Created(Offer offer, String txCode) {}

    /** What a token request made of a code: the offer it was for, or the OAuth error (RFC 6749 §5.2, OpenID4VCI §6.3). */
    sealed interface Redemption permits Redeemed, Refused {}

    record Redeemed(Offer offer) implements Redemption {}

    record Refused(String error, String description) implements Redemption {}

    private final Clock clock;
    private final Expiring<Offer> byCode;
    private final Expiring<String> codeById;

    Offers(Clock clock) {
        this.clock = clock;
        this.byCode = new Expiring<>(clock, BOUND);
        this.codeById = new Expiring<>(clock, BOUND);
    }

    /** Makes an offer of {@code credentials} to the learner; empty when too many offers are open. */
    synchronized Optional<Created> create(String learnerId, List<OfferedCredential> credentials) {
        String pin = Secrets.digits(TX_CODE_LENGTH);
        byte[] salt = Secrets.salt();
        Instant expires = clock.instant().plus(LIFETIME);
        Offer offer = new Offer(Secrets.token(), learnerId, credentials, Secrets.token(), salt, Secrets.hash(salt, pin), expires, 0);
        if (!byCode.put(offer.preAuthorizedCode(), offer, expires)) {
            return Optional.empty();
        }
        if (!codeById.put(offer.id(), offer.preAuthorizedCode(), expires)) {
            byCode.remove(offer.preAuthorizedCode());
            return Optional.empty();
        }
        return Optional.of(new Created(offer, pin));
    }

    /** The open offer with this id (for {@code credential_offer_uri}, §4.1.3); gone once taken up, withdrawn or lapsed. */
    synchronized Optional<Offer> byId(String id) {
        return codeById.get(id).flatMap(byCode::get);
    }

    /**
     * Takes up the offer whose code this is, if the PIN is right (§6.1, §6.3): the code is spent
     * by a success and by the last allowed wrong PIN, and by nothing else.
     */
    synchronized Redemption redeem(String code, Optional<String> txCode) {
        Optional<Offer> found = byCode.get(code);
        if (found.isEmpty()) {
            return new Refused("invalid_grant", "the pre-authorized code is unknown, expired, already used, or withdrawn after too many wrong transaction codes");
        }
        Offer offer = found.get();
        if (txCode.isEmpty()) {
            // §6.3: a missing transaction code is invalid_request, and costs no try.
            return new Refused("invalid_request", "this offer needs the tx_code the school gave the learner with it");
        }
        if (!Secrets.same(offer.txHash(), Secrets.hash(offer.txSalt(), txCode.get()))) {
            Offer tried = offer.wrongTry();
            if (tried.wrongTxCodes() >= MAX_WRONG_TX_CODES) {
                withdraw(offer);
                return new Refused("invalid_grant", "wrong tx_code; that was the last try, so the offer is withdrawn: ask the school for a new one");
            }
            byCode.update(code, o -> tried);
            return new Refused("invalid_grant", "wrong tx_code; " + (MAX_WRONG_TX_CODES - tried.wrongTxCodes()) + " tries left");
        }
        withdraw(offer);
        return new Redeemed(offer);
    }

    /** Withdraws an open offer, as if it had never been made. */
    synchronized void withdraw(String id) {
        codeById.get(id).ifPresent(byCode::remove);
        codeById.remove(id);
    }

    private void withdraw(Offer offer) {
        byCode.remove(offer.preAuthorizedCode());
        codeById.remove(offer.id());
    }
}
