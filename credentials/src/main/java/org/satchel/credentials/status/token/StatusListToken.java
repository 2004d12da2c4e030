package org.satchel.credentials.status.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.satchel.credentials.CredentialsException;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * A Status List Token in JWT format (draft-ietf-oauth-status-list §5.1): a signed {@link StatusList}
 * published at {@code uri}, the JWT's {@code sub}. Signed and verified through nimbus.
 *
 * @param timeToLive how long a verifier may cache it ({@code ttl}, §13.7)
 */
public record StatusListToken(URI uri, StatusList list, Instant issuedAt, Optional<Instant> expiresAt,
                              Optional<Duration> timeToLive) {
    /** §5.1: the JWT's {@code typ}. */
    public static final String TYP = "statuslist+jwt";

    public StatusListToken {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(timeToLive, "timeToLive");
        if (timeToLive.isPresent() && (timeToLive.get().isNegative() || timeToLive.get().isZero())) {
            throw new IllegalArgumentException("ttl must be positive (§5.1)");
        }
    }

    /** What verifying a served token found: the token, or why no statement about status can be made. */
    public sealed interface Result permits Verified, Refused {}

    /** A token signed by a trusted key, for the expected URI, unexpired, whose list decodes. */
    public record Verified(StatusListToken token) implements Result {}

    /** A token that must not be relied on, and why, in words. */
    public record Refused(String reason) implements Result {}

    /** The compact {@code statuslist+jwt}, signed by {@code key} as {@code issuer} (its {@code iss}). */
    public String sign(JWK key, String issuer) {
        JWSHeader.Builder header = new JWSHeader.Builder(Keys.type(key).algorithm()).type(new JOSEObjectType(TYP));
        if (key.getKeyID() != null) {
            header.keyID(key.getKeyID());
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer); // §5.1 "MAY contain other claims": says whose list this is
        claims.put("sub", uri.toString());
        claims.put("iat", issuedAt.getEpochSecond());
        expiresAt.ifPresent(exp -> claims.put("exp", exp.getEpochSecond()));
        timeToLive.ifPresent(ttl -> claims.put("ttl", ttl.toSeconds()));
        claims.put("status_list", list.toJson());
        JWSObject jws = new JWSObject(header.build(), new Payload(claims));
        try {
            jws.sign(Keys.signer(key));
        } catch (JOSEException e) {
            throw new CredentialsException("could not sign the status list token: " + e.getMessage(), e);
        }
        return jws.serialize();
    }

    /**
     * Verifies a served token, draft §8.3 step 3 and 4: {@code typ}, an allowed algorithm, a signature
     * by a key {@code policy} trusts for {@code issuer} (the credential's issuer is the Status Issuer,
     * §11.3), {@code sub} equal to {@code expectedUri}, {@code iat} present, {@code exp} not passed,
     * and a {@code status_list} that decodes.
     */
    public static Result verify(String compact, URI expectedUri, String issuer, VerificationPolicy policy) {
        Objects.requireNonNull(compact, "compact");
        JWSObject jws;
        Map<String, Object> claims;
        try {
            String alg = algorithm(compact.strip());
            // RFC 8725 §3.1 / draft §11.2: never none, only what the policy allows.
            if (alg.equals("none") || !policy.allowedAlgorithms().contains(alg)) {
                return new Refused("the status list token's algorithm '" + alg + "' is not allowed");
            }
            jws = JWSObject.parse(compact.strip());
            claims = jws.getPayload().toJSONObject();
        } catch (ParseException | IllegalArgumentException e) {
            return new Refused("the status list token is not a JWS: " + e.getMessage());
        }
        if (claims == null) {
            return new Refused("the status list token's payload is not a JSON object");
        }
        if (jws.getHeader().getType() == null || !TYP.equals(jws.getHeader().getType().getType())) {
            return new Refused("the status list token's typ is not " + TYP);
        }
        if (claims.containsKey("iss") && !issuer.equals(claims.get("iss"))) {
            return new Refused("the status list token was issued by '" + claims.get("iss") + "', not by " + issuer);
        }
        List<JWK> keys = policy.trust().keysFor(issuer, Optional.ofNullable(jws.getHeader().getKeyID()));
        if (keys.isEmpty()) {
            return new Refused("no key is trusted for " + issuer + ", so its status list token cannot be checked");
        }
        if (keys.stream().noneMatch(key -> verifies(jws, key))) {
            return new Refused("the status list token's signature does not verify with any key trusted for " + issuer);
        }
        return readClaims(claims, expectedUri, policy);
    }

    private static Result readClaims(Map<String, Object> claims, URI expectedUri, VerificationPolicy policy) {
        // §8.3 step 4.1: sub MUST equal the uri the credential referenced.
        if (!expectedUri.toString().equals(claims.get("sub"))) {
            return new Refused("the status list token is for '" + claims.get("sub") + "', not " + expectedUri);
        }
        if (!(claims.get("iat") instanceof Number iat)) {
            return new Refused("the status list token has no iat (§5.1: REQUIRED)");
        }
        Optional<Instant> exp = Optional.empty();
        if (claims.containsKey("exp")) {
            if (!(claims.get("exp") instanceof Number seconds)) {
                return new Refused("the status list token's exp is not a number");
            }
            exp = Optional.of(Instant.ofEpochSecond(seconds.longValue()));
            // §8.3 step 4.3: an expired token says nothing about the status now.
            if (!policy.clock().instant().isBefore(exp.get().plus(policy.clockSkew()))) {
                return new Refused("the status list token expired at " + exp.get());
            }
        }
        Optional<Duration> ttl = Optional.empty();
        if (claims.containsKey("ttl")) {
            if (!(claims.get("ttl") instanceof Number seconds) || seconds.doubleValue() <= 0) {
                return new Refused("the status list token's ttl is not a positive number (§5.1)");
            }
            ttl = Optional.of(Duration.ofSeconds(seconds.longValue()));
        }
        if (!(claims.get("status_list") instanceof Map<?, ?> json)
                || !(json.get("bits") instanceof Number bits) || !(json.get("lst") instanceof String lst)) {
            return new Refused("the status list token has no status_list with bits and lst (§4.2)");
        }
        try {
            StatusList list = StatusList.decode(bits.intValue(), lst);
            return new Verified(new StatusListToken(expectedUri, list, Instant.ofEpochSecond(iat.longValue()), exp, ttl));
        } catch (IllegalArgumentException e) {
            return new Refused("the status list does not decode: " + e.getMessage());
        }
    }

    private static String algorithm(String compact) throws ParseException {
        int dot = compact.indexOf('.');
        if (dot <= 0) {
            throw new ParseException("no header", 0);
        }
        Object alg = JSONObjectUtils.parse(new Base64URL(compact.substring(0, dot)).decodeToString()).get("alg");
        if (!(alg instanceof String name)) {
            throw new ParseException("the header names no algorithm", 0);
        }
        return name;
    }

    private static boolean verifies(JWSObject jws, JWK key) {
        try {
            return jws.verify(Keys.verifier(key));
        } catch (JOSEException | IllegalArgumentException | CredentialsException e) {
            return false; // a key that cannot check this algorithm does not verify it
        }
    }
}
