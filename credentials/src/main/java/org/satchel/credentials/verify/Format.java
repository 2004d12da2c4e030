package org.satchel.credentials.verify;

/** The securing formats Satchel issues and verifies. */
public enum Format {
    /** SD-JWT VC ({@code typ} {@code dc+sd-jwt}), RFC 9901 with the IETF SD-JWT VC profile. */
    SD_JWT_VC("dc+sd-jwt"),
    /** VC-JOSE: a VC Data Model 2.0 credential as a JWS ({@code typ} {@code vc+jwt}). */
    VC_JWT("vc+jwt"),
    /** A VC Data Model 1.1 credential as a JWT with a {@code vc} claim (VC DM 1.1 §6.3.1): OpenID4VCI's {@code jwt_vc_json}. */
    JWT_VC_JSON("jwt_vc_json"),
    /** VC Data Model 2.0 with a Data Integrity proof, cryptosuite {@code eddsa-rdfc-2022}. */
    DI_EDDSA_RDFC_2022("eddsa-rdfc-2022");

    private final String mediaName;

    Format(String mediaName) {
        this.mediaName = mediaName;
    }

    /** The name the standards give the format ({@code typ} value or cryptosuite). */
    public String mediaName() {
        return mediaName;
    }
}
