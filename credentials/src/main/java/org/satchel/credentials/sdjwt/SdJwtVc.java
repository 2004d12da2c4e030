package org.satchel.credentials.sdjwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Issuing and presenting SD-JWT VCs (RFC 9901 with draft-ietf-oauth-sd-jwt-vc); {@link SdJwtVerifier}
 * verifies them. Claims are named by dotted paths: {@code achievement.grade}, and
 * {@code examResult.0.grade} for a member of the first element of an array (see {@link #present}).
 */
public final class SdJwtVc {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SdJwtVc() {}

    /**
     * Issues an SD-JWT VC from a claims JSON object (which must carry {@code vct}), signed by
     * {@code issuerKey} as {@code issuer}, bound to {@code holderPublicKey} when given.
     *
     * @throws IllegalArgumentException in words, if the claims are not a JSON object or cannot be issued
     */
    public static String issue(String claimsJson, JWK issuerKey, String issuer, Optional<JWK> holderPublicKey) {
        Objects.requireNonNull(claimsJson, "claimsJson");
        IssuanceOptions.Builder options = IssuanceOptions.issuer(issuer);
        holderPublicKey.ifPresent(options::holderKey);
        return issue(parseClaims(claimsJson), issuerKey, options.build());
    }

    /**
     * Issues an SD-JWT VC from a claims JSON object with the given options (validity, status entry,
     * claims kept visible).
     *
     * @throws IllegalArgumentException in words, if the claims are not a JSON object or cannot be issued
     */
    public static String issue(String claimsJson, JWK issuerKey, IssuanceOptions options) {
        return issue(parseClaims(Objects.requireNonNull(claimsJson, "claimsJson")), issuerKey, options);
    }

    /**
     * Issues an SD-JWT VC: {@code <issuer-signed JWT>~<Disclosure>~…~}. Every claim not kept visible
     * by the profile ({@code iss}, {@code vct}, {@code iat}, {@code nbf}, {@code exp}, {@code cnf},
     * {@code status}) or by {@code options} is selectively disclosable, recursively.
     */
    public static String issue(Map<String, Object> claims, JWK issuerKey, IssuanceOptions options) {
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(issuerKey, "issuerKey");
        Objects.requireNonNull(options, "options");
        if (!issuerKey.isPrivate()) {
            throw new IllegalArgumentException("issuing needs the issuer's private key");
        }
        return Issuer.issue(claims, issuerKey, options, RANDOM);
    }

    /**
     * The holder's presentation of an issued SD-JWT VC to one verifier: the issuer-signed JWT, the
     * Disclosures of exactly the claims named by {@code paths} (with everything inside each, and the
     * Disclosures of the objects and arrays that enclose them), and a KB-JWT signed by
     * {@code holderKey} over {@code nonce}, {@code audience}, the current time and the {@code sd_hash}.
     * A path's numeric segment indexes an array as issued, from 0.
     *
     * @throws IllegalArgumentException in words, if a path names nothing in the credential, the key is
     *     not the one the credential is bound to, or the input is not an SD-JWT as issued
     */
    public static String present(String issued, JWK holderKey, Collection<String> paths, String nonce, String audience) {
        return present(issued, holderKey, paths, nonce, audience, Clock.systemUTC());
    }

    /** As {@link #present(String, JWK, Collection, String, String)}, the KB-JWT's {@code iat} from {@code clock}. */
    public static String present(String issued, JWK holderKey, Collection<String> paths, String nonce, String audience,
                                 Clock clock) {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(paths, "paths");
        return Presenter.present(issued, paths, Optional.of(new Presenter.Binding(holderKey, nonce, audience, clock.instant())));
    }

    /**
     * A presentation without key binding, for a credential bound to no holder key: the issuer-signed
     * JWT and the chosen Disclosures, ending in {@code ~} (RFC 9901 §4).
     */
    public static String presentWithoutKeyBinding(String issued, Collection<String> paths) {
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(paths, "paths");
        return Presenter.present(issued, paths, Optional.empty());
    }

    /** The dotted paths a holder may name in {@link #present}: every selectively disclosable claim. */
    public static List<String> disclosablePaths(String issued) {
        return Presenter.disclosablePaths(Objects.requireNonNull(issued, "issued"));
    }

    private static Map<String, Object> parseClaims(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the claims are not a JSON object: " + e.getMessage(), e);
        }
    }
}
