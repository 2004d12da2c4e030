package org.satchel.node.issuance.oid4vci;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The access tokens the token endpoint hands out, in memory (see {@link Expiring}): opaque random
 * strings, each good for {@link #LIFETIME} and only for the credentials of the offer it came from
 * (OpenID4VCI 1.0 §6.1 recommends exactly that), each of them issued once.
 */
final class AccessTokens {
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int BOUND = 10_000;

    /** What a token allows: the offer's credentials, less those already issued with it. */
    record Grant(String learnerId, List<OfferedCredential> credentials, Set<String> issued) {
        Grant {
            credentials = List.copyOf(credentials);
            issued = Set.copyOf(issued);
        }

        Optional<OfferedCredential> credential(String configurationId) {
            return credentials.stream().filter(c -> c.configurationId().equals(configurationId)).findFirst();
        }
    }

    private final Clock clock;
    private final Expiring<Grant> grants;

    AccessTokens(Clock clock) {
        this.clock = clock;
        this.grants = new Expiring<>(clock, BOUND);
    }

    /** A new token for the offer's credentials; empty when too many are live. */
    Optional<String> issue(Offers.Offer offer) {
        String token = Secrets.token();
        Instant expires = clock.instant().plus(LIFETIME);
        return grants.put(token, new Grant(offer.learnerId(), offer.credentials(), Set.of()), expires) ? Optional.of(token) : Optional.empty();
    }

    Optional<Grant> grant(String token) {
        return grants.get(token);
    }

    /**
     * Marks {@code configurationId} issued under {@code token}; false if it already was (or the
     * token lapsed), so that two requests at once cannot both issue it.
     */
    synchronized boolean claim(String token, String configurationId) {
        Optional<Grant> grant = grants.get(token);
        if (grant.isEmpty() || grant.get().issued().contains(configurationId)) {
            return false;
        }
        grants.update(token, g -> {
            Set<String> issued = new HashSet<>(g.issued());
            issued.add(configurationId);
            return new Grant(g.learnerId(), g.credentials(), issued);
        });
        return true;
    }

    /** Gives a claim back when nothing was issued after all. */
    synchronized void release(String token, String configurationId) {
        grants.update(token, g -> {
            Set<String> issued = new HashSet<>(g.issued());
            issued.remove(configurationId);
            return new Grant(g.learnerId(), g.credentials(), issued);
        });
    }
}
