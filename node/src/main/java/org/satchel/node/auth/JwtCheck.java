package org.satchel.node.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one way a bearer JWT is checked here, whoever signed it: nimbus's {@link DefaultJWTProcessor}
 * with an allow-list of algorithms and {@code typ} values, the signer's published keys, and
 * {@link ClaimsCheck}. Every failure becomes a {@link Authentication.Rejected} in words that
 * repeat nothing from the token.
 */
final class JwtCheck {
    private final String signer;
    private final Set<JWSAlgorithm> algorithms;
    private final Set<JOSEObjectType> types;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /**
     * @param signer words naming who signs these tokens, for reasons ("this node")
     * @param types the accepted {@code typ} values; a {@code null} member accepts a token without one
     */
    JwtCheck(String signer, JWKSource<SecurityContext> keys, Set<JWSAlgorithm> algorithms, Set<JOSEObjectType> types,
            ClaimsCheck claims) {
        this.signer = signer;
        this.algorithms = Set.copyOf(algorithms);
        this.types = new HashSet<>(types);
        PublishedKeys published = new PublishedKeys(keys, algorithms);
        processor.setJWSKeySelector(published);
        processor.setJWSVerifierFactory(published);
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(this.types));
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** Checks a parsed token and, if it passes, lets {@code principal} read who it names. */
    Authentication check(JWT token, Function<JWTClaimsSet, Authentication> principal) {
        SignedJWT signed;
        switch (token) {
            // RFC 8725 §3.1: never accept an unsecured JWT, whatever its header says.
            case PlainJWT plain -> {
                return rejected("an unsigned token (alg none) is refused");
            }
            case EncryptedJWT encrypted -> {
                return rejected("an encrypted token is refused; send a signed one");
            }
            case SignedJWT s -> signed = s;
            default -> {
                return rejected("the token is neither signed nor encrypted");
            }
        }
        JWSHeader header = signed.getHeader();
        // RFC 8725 §3.1: the verifier, not the token, chooses the algorithm; a shared-secret
        // algorithm here would let anyone who knows a public key sign with it.
        if (!algorithms.contains(header.getAlgorithm())) {
            String kind = JWSAlgorithm.Family.HMAC_SHA.contains(header.getAlgorithm())
                    ? "a token signed with a shared secret (HMAC)" : "a token signed with this algorithm";
            return rejected(kind + " is refused; " + signer + " signs with " + names(algorithms));
        }
        // RFC 8725 §3.11: explicit typing keeps one kind of JWT from being replayed as another.
        if (!types.contains(header.getType())) {
            return rejected("a token of this type (typ) is refused; expected " + typeNames());
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(signed, null);
        } catch (ClaimRefusal e) {
            return rejected(e.getMessage());
        } catch (BadJWSException e) {
            return rejected("the token's signature does not verify");
        } catch (BadJWTException e) {
            return rejected("the token's claims cannot be read");
        } catch (BadJOSEException e) {
            return rejected("the token is signed by a key " + signer + " does not publish");
        } catch (RateLimitReachedException e) {
            return rejected("the token names a key " + signer + " does not publish (its keys were fetched moments ago)");
        } catch (KeySourceException e) {
            return rejected("the keys of " + signer + " could not be fetched, so the token cannot be checked");
        } catch (JOSEException e) {
            return rejected("the token's signature could not be checked");
        }
        return principal.apply(claims);
    }

    static Authentication.Rejected rejected(String reason) {
        return new Authentication.Rejected(reason);
    }

    private static String names(Set<JWSAlgorithm> algorithms) {
        return algorithms.stream().map(JWSAlgorithm::getName).sorted().collect(Collectors.joining(", "));
    }

    private String typeNames() {
        return types.stream().map(t -> t == null ? "none" : t.getType()).sorted().collect(Collectors.joining(", "));
    }
}
