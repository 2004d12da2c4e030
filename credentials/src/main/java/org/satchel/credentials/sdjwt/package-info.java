/**
 * SD-JWT VC: Selective Disclosure for JSON Web Tokens (RFC 9901) as profiled by SD-JWT-based
 * Verifiable Digital Credentials (draft-ietf-oauth-sd-jwt-vc-18, the version cited by section number
 * here). {@link org.satchel.credentials.sdjwt.SdJwtVc} issues and presents,
 * {@link org.satchel.credentials.sdjwt.SdJwtVerifier} verifies, with
 * {@link org.satchel.credentials.sdjwt.IssuanceOptions} for issuing. The rest, one idea per file, is
 * package-private: {@code Disclosure}, {@code Decoys}, {@code SdJwt} (the compact form),
 * {@code Issuer}, {@code Presenter}, {@code KeyBindingJwt}, {@code DisclosureProcessor} (RFC 9901
 * §7.1 step 3), {@code StatusCheck} (Token Status List), {@code Jws}, {@code HashAlgorithm},
 * {@code ClaimPath} and {@code VcProfile} (what the SD-JWT VC profile fixes).
 *
 * <p>Claims are named by dotted paths: {@code achievement.grade} is the {@code grade} member of the
 * {@code achievement} object; a numeric segment indexes an array from 0 as issued, so
 * {@code examResult.0.grade} is the grade of the first exam result. Naming a claim presents it with
 * everything inside it; the objects and arrays that enclose it are presented only as far as needed
 * to reach it (their other members stay hidden).
 */
package org.satchel.credentials.sdjwt;
