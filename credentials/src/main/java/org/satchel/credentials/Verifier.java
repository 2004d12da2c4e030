package org.satchel.credentials;

import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.satchel.credentials.dataintegrity.DataIntegrity;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.did.DidKey;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.jose.JwtVcJson;
import org.satchel.credentials.jose.PresentationVerification;
import org.satchel.credentials.jose.VcJwt;
import org.satchel.credentials.jose.VpJwt;
import org.satchel.credentials.sdjwt.SdJwtVerifier;
import org.satchel.credentials.status.bitstring.BitstringStatusCheck;
import org.satchel.credentials.status.bitstring.StatusListCredentialVerifier;
import org.satchel.credentials.status.bitstring.StatusReport;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * The one place that decides whether a credential is good, whatever its securing format: the
 * command line, the node and the wallet all call this. It detects the format, runs that
 * format's checks under the policy, and adds what the format leaves to it (Bitstring status
 * for Data Integrity credentials).
 */
public final class Verifier {
    private final DidResolver resolver;
    private final StatusListCredentialVerifier statusListCredentials;

    /**
     * A verifier that resolves verification methods through {@code resolver} and accepts status
     * list credentials secured with VC-JOSE.
     */
    public Verifier(DidResolver resolver) {
        this(resolver, VcJwt.statusListVerifier());
    }

    public Verifier(DidResolver resolver, StatusListCredentialVerifier statusListCredentials) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.statusListCredentials = Objects.requireNonNull(statusListCredentials, "statusListCredentials");
    }

    /** A verifier that resolves only the DID methods that need no network: did:key and did:jwk. */
    public static Verifier offline() {
        return new Verifier(DidResolver.firstOf(DidKey.resolver(), DidJwk.resolver()));
    }

    /**
     * The format of {@code input}, judged by its shape: JSON with a proof is Data Integrity; a
     * compact serialisation with {@code ~} separators is SD-JWT VC; a JWS typed {@code vc+jwt} is VC-JOSE; a JWS typed {@code JWT} (or untyped) with a {@code vc} claim is a VC 1.1 JWT.
     */
    public static Optional<Format> detect(String input) {
        String text = input.strip();
        if (text.startsWith("{")) {
            return Optional.of(Format.DI_EDDSA_RDFC_2022);
        }
        if (text.contains("~")) {
            return Optional.of(Format.SD_JWT_VC);
        }
        try {
            JWSObject jws = JWSObject.parse(text);
            var type = jws.getHeader().getType();
            String typ = type == null ? "" : type.getType();
            if (typ.equalsIgnoreCase(VcJwt.TYP) || typ.equalsIgnoreCase("application/" + VcJwt.TYP)) {
                return Optional.of(Format.VC_JWT);
            }
            if ((typ.isEmpty() || typ.equalsIgnoreCase(JwtVcJson.TYP)) && JwtVcJson.looksLikeOne(jws)) {
                return Optional.of(Format.JWT_VC_JSON);
            }
        } catch (ParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Verifies a credential, or an SD-JWT VC presentation. An SD-JWT VC without a key binding JWT
     * is checked as issued (RFC 9901 §7.2) only when the policy expects no nonce and no audience;
     * a verifier that sets either requires the holder's key binding.
     */
    public Verification verify(String input, VerificationPolicy policy) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(policy, "policy");
        String text = input.strip();
        Optional<Format> format = detect(text);
        if (format.isEmpty()) {
            return new Verification.Invalid(List.of(Problem.of(ProblemCode.UNSUPPORTED_FORMAT,
                    "unsupported format: not an SD-JWT VC, a VC-JOSE credential (vc+jwt), a VC 1.1 JWT (jwt_vc_json) or a Data Integrity credential")));
        }
        return switch (format.get()) {
            case SD_JWT_VC -> verifySdJwt(text, policy);
            case VC_JWT -> VcJwt.verify(text, policy, statusListCredentials);
            case JWT_VC_JSON -> JwtVcJson.verify(text, policy, statusListCredentials);
            case DI_EDDSA_RDFC_2022 -> withBitstringStatus(DataIntegrity.verify(text, policy, resolver), policy);
        };
    }

    /**
     * Verifies a presentation: a Data Integrity presentation (JSON, proof purpose
     * {@code authentication}, the policy's nonce as its {@code challenge} and audience as its
     * {@code domain}) or a VC-JOSE {@code vp+jwt}. The credentials inside are verified as
     * {@link #verify} does, under the same policy but without the presentation's nonce and audience.
     */
    public PresentationVerification verifyPresentation(String input, VerificationPolicy policy) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(policy, "policy");
        String text = input.strip();
        if (text.startsWith("{")) {
            VerificationPolicy forCredentials = new VerificationPolicy(policy.trust(), Optional.empty(), Optional.empty(),
                    policy.clockSkew(), policy.keyBindingMaxAge(), policy.checkStatus(), policy.allowedAlgorithms(),
                    policy.clock(), policy.statusLists());
            return DataIntegrity.verifyPresentation(text, policy, resolver, credential -> verify(credential, forCredentials));
        }
        return VpJwt.verify(text, policy, resolver, statusListCredentials);
    }

    private static Verification verifySdJwt(String text, VerificationPolicy policy) {
        boolean withoutKeyBinding = text.endsWith("~");
        if (withoutKeyBinding && policy.nonce().isEmpty() && policy.audience().isEmpty()) {
            return SdJwtVerifier.verifyIssued(text, policy);
        }
        return SdJwtVerifier.verify(text, policy);
    }

    /** Data Integrity leaves status to the caller; Bitstring Status List §3.2 is the same for every format. */
    private Verification withBitstringStatus(Verification result, VerificationPolicy policy) {
        if (!(result instanceof Verification.Valid valid) || valid.status() != CredentialStatus.NOT_CHECKED
                || !policy.checkStatus()) {
            return result;
        }
        StatusReport report = BitstringStatusCheck.report(valid.claims(), policy, statusListCredentials);
        if (!report.problems().isEmpty()) {
            return new Verification.Invalid(report.problems());
        }
        return new Verification.Valid(valid.format(), valid.issuer(), valid.holder(), report.status(), valid.claims());
    }
}
