package org.satchel.node.vcapi;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.StatusListSource;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.node.issuance.IssuerKeys;

/**
 * The one verifier as the node's VC API runs it: it trusts every issuer it can resolve without
 * the network — did:key and did:jwk, whose keys are in the DID itself, and the school's own
 * did:web, whose document it builds from its issuer keys rather than fetching its own URL — and
 * takes status lists from the source it is given.
 */
final class SchoolVerifier {
    private final Verifier verifier;
    private final IssuerTrust trust;
    private final StatusListSource statusLists;
    private final Clock clock;

    SchoolVerifier(Optional<String> schoolDid, IssuerKeys keys, StatusListSource statusLists, Clock clock) {
        this.statusLists = Objects.requireNonNull(statusLists, "statusLists");
        this.clock = Objects.requireNonNull(clock, "clock");
        DidResolver resolver = schoolDid.map(did -> DidResolver.firstOf(DidKey.resolver(), DidJwk.resolver(), school(did, keys)))
                .orElseGet(() -> DidResolver.firstOf(DidKey.resolver(), DidJwk.resolver()));
        this.verifier = new Verifier(resolver);
        this.trust = (issuer, keyId) -> {
            boolean resolvable = issuer.startsWith("did:key:") || issuer.startsWith("did:jwk:") || schoolDid.equals(Optional.of(issuer));
            return resolvable ? DidTrust.of(Set.of(issuer), resolver).keysFor(issuer, keyId) : List.of();
        };
    }

    // The document the node serves at /.well-known/did.json, built here: every key, retired ones included.
    private static DidResolver school(String did, IssuerKeys keys) {
        URI documentUrl = DidWeb.documentUrl(did);
        String authority = documentUrl.getPort() == -1 ? documentUrl.getHost() : documentUrl.getHost() + ":" + documentUrl.getPort();
        return DidWeb.resolver(Set.of(authority), url -> url.equals(documentUrl)
                ? Optional.of(DidWeb.document(did, keys.all()).toJson()) : Optional.empty());
    }

    Verifier verifier() {
        return verifier;
    }

    /** The policy for a credential; a presentation's adds the verifier's challenge and domain. */
    VerificationPolicy policy(Optional<String> challenge, Optional<String> domain) {
        VerificationPolicy.Builder builder = VerificationPolicy.trusting(trust).clock(clock).statusLists(statusLists);
        challenge.ifPresent(builder::nonce);
        domain.ifPresent(builder::audience);
        return builder.build();
    }
}
