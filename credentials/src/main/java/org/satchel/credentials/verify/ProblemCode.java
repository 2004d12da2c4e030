package org.satchel.credentials.verify;

import java.util.Locale;

/**
 * Why a credential or presentation was refused. Clients and tests match on these codes, so a
 * member is never removed or renamed; new ones are added at the end.
 */
public enum ProblemCode {
    /** Not parseable as the format it claims to be, or missing a required part. */
    MALFORMED("malformed"),
    /** The input is none of the formats Satchel verifies. */
    UNSUPPORTED_FORMAT("unsupported format"),
    /** A signature (issuer, proof or key binding) does not verify. */
    SIGNATURE_INVALID("signature invalid"),
    /** The signing algorithm is not on the allow-list (never {@code none}). */
    ALGORITHM_NOT_ALLOWED("algorithm not allowed"),
    /** The issuer is not one the policy trusts, or its key cannot be found. */
    UNTRUSTED_ISSUER("untrusted issuer"),
    /** Past its expiry ({@code exp} or {@code validUntil}). */
    EXPIRED("expired"),
    /** Before its start ({@code nbf}, {@code iat} in the future, or {@code validFrom}). */
    NOT_YET_VALID("not yet valid"),
    /** The status list says revoked. */
    REVOKED("revoked"),
    /** The status list says suspended. */
    SUSPENDED("suspended"),
    /** The status could not be checked although the policy requires it. */
    STATUS_UNAVAILABLE("status unavailable"),
    /** The presentation's nonce is not the one the verifier issued. */
    NONCE_MISMATCH("nonce mismatch"),
    /** The presentation is addressed to someone else. */
    AUDIENCE_MISMATCH("audience mismatch"),
    /** The credential is bound to a holder key but no key binding was presented. */
    KEY_BINDING_MISSING("key binding missing"),
    /** The key binding JWT is older than the freshness window, or from the future. */
    KEY_BINDING_STALE("key binding stale"),
    /** The key binding JWT's sd_hash does not match the presentation. */
    SD_HASH_MISMATCH("sd_hash mismatch"),
    /** A disclosure that no digest in the credential references (RFC 9901 §7.1). */
    DISCLOSURE_UNREFERENCED("disclosure unreferenced"),
    /** A digest that appears more than once (RFC 9901 §7.1). */
    DUPLICATE_DIGEST("duplicate digest"),
    /** A disclosure names a claim that may not be selectively disclosed ({@code _sd}, {@code ...}) or already present. */
    FORBIDDEN_CLAIM_NAME("forbidden claim name"),
    /** A JSON-LD context that is not bundled with Satchel. */
    UNKNOWN_CONTEXT("unknown context");

    private final String words;

    ProblemCode(String words) {
        this.words = words;
    }

    /** The code as clients see it, e.g. {@code signature-invalid}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The check that failed, in words, e.g. "nonce mismatch". */
    public String words() {
        return words;
    }
}
