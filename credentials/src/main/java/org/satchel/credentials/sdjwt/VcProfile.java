package org.satchel.credentials.sdjwt;

import java.util.Set;

/**
 * What the SD-JWT VC profile (draft-ietf-oauth-sd-jwt-vc-18) adds to RFC 9901: the {@code typ}
 * values and which registered claims stay in the clear.
 */
final class VcProfile {
    /** SD-JWT VC §2.2.1: the Issuer-signed JWT's {@code typ}. */
    static final String TYP = "dc+sd-jwt";
    /** RFC 9901 §4.3: the KB-JWT's {@code typ}. */
    static final String KB_TYP = "kb+jwt";

    /**
     * SD-JWT VC §2.2.2.3: these claims, "including any of their sub-claims", MUST NOT be included in
     * Disclosures.
     */
    static final Set<String> NEVER_DISCLOSED =
            Set.of("iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "aka_vcts", "status");

    /**
     * What Satchel's issuer keeps in the clear at the top level: the above, and {@code iat}, which the
     * profile allows to be disclosed (§2.2.2.3) but a verifier needs to judge freshness.
     */
    static final Set<String> ALWAYS_VISIBLE =
            Set.of("iss", "nbf", "exp", "cnf", "vct", "vct#integrity", "aka_vcts", "status", "iat");

    /** RFC 9901 §4.1 rule 7 and §4.2.1: names that only ever carry digests. */
    static final String SD = "_sd";
    static final String ELLIPSIS = "...";
    static final String SD_ALG = "_sd_alg";

    private VcProfile() {}
}
