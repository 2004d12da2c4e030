package org.satchel.credentials.did;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link DidResolver} for method {@code web}: maps the DID to its HTTPS URL (did:web §2.5.2),
 * refuses any host not on its allow-list before anything is asked for, and takes the document
 * from an injected {@link DidDocumentSource}. It never opens a connection itself.
 */
public final class DidWebResolver implements DidResolver {
    private final Set<String> allowedHosts;
    private final DidDocumentSource source;

    DidWebResolver(Set<String> allowedHosts, DidDocumentSource source) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The hosts ({@code host} or {@code host:port}) this resolver asks its source about. */
    public Set<String> allowedHosts() {
        return allowedHosts;
    }

    /** The document of {@code didOrUrl}'s DID (a fragment is ignored), or why there is none. */
    public DidDocumentResolution resolve(String didOrUrl) {
        Objects.requireNonNull(didOrUrl, "didOrUrl");
        int hash = didOrUrl.indexOf('#');
        String did = hash < 0 ? didOrUrl : didOrUrl.substring(0, hash);
        URI url;
        String authority;
        try {
            url = DidWeb.documentUrl(did);
            authority = DidWeb.authority(did);
        } catch (IllegalArgumentException e) {
            return new DidDocumentResolution.Refused(did, e.getMessage());
        }
        if (!allowedHosts.contains(authority)) {
            return new DidDocumentResolution.Refused(did, "the host " + authority
                    + " is not a federation member this resolver may ask (allowed: " + String.join(", ", allowedHosts.stream().sorted().toList()) + ")");
        }
        Optional<String> served = source.fetch(url);
        if (served.isEmpty()) {
            return new DidDocumentResolution.Refused(did, "no DID document is served at " + url);
        }
        return DidDocument.parse(served.get(), did);
    }

    /**
     * The key a DID URL names, if that method is listed for issuing ({@code assertionMethod}) or
     * proving control ({@code authentication}); for a bare DID, its one such key if it has exactly one.
     */
    @Override
    public Optional<JWK> resolveKey(String didUrl) {
        if (!didUrl.startsWith(DidWeb.PREFIX)) {
            return Optional.empty();
        }
        Optional<DidDocument> document = resolve(didUrl).found();
        if (document.isEmpty()) {
            return Optional.empty();
        }
        DidDocument doc = document.get();
        if (didUrl.indexOf('#') >= 0) {
            return doc.key(didUrl, DidDocument.Relationship.ASSERTION_METHOD)
                    .or(() -> doc.key(didUrl, DidDocument.Relationship.AUTHENTICATION))
                    .filter(DidJwk::signsForSatchel);
        }
        List<JWK> keys = Stream.concat(doc.keys(DidDocument.Relationship.ASSERTION_METHOD).stream(),
                        doc.keys(DidDocument.Relationship.AUTHENTICATION).stream())
                .distinct().filter(DidJwk::signsForSatchel).toList();
        return keys.size() == 1 ? Optional.of(keys.getFirst()) : Optional.empty();
    }
}
