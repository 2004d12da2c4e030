package org.satchel.credentials.sdjwt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.Base64URL;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Disclosures and their digests against RFC 9901's published examples, byte for byte. */
class DisclosureTest {

    @Test
    void familyNameDisclosureOfSection421HasTheDigestOfSection423() {
        Disclosure disclosure = Disclosure.parse("WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNw7ZiaXVzIl0");
        assertEquals("_26bc4LT-ac6q2KI6cBW5es", disclosure.salt());
        assertEquals(Optional.of("family_name"), disclosure.claimName());
        assertEquals("Möbius", disclosure.value());
        assertEquals("X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0", disclosure.digest(HashAlgorithm.SHA_256));
    }

    @Test
    void ourEncodingIsSection421sNoWhiteSpaceVariantByteForByte() {
        Disclosure ours = Disclosure.ofProperty("_26bc4LT-ac6q2KI6cBW5es", "family_name", "Möbius");
        assertEquals("WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsImZhbWlseV9uYW1lIiwiTcO2Yml1cyJd", ours.encoded());
    }

    @ParameterizedTest(name = "RFC 9901 §4.2.1 variant {0}")
    @CsvSource({
        "WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsICJmYW1pbHlfbmFtZSIsICJNXHUwMGY2Yml1cyJd",
        "WyJfMjZiYzRMVC1hYzZxMktJNmNCVzVlcyIsImZhbWlseV9uYW1lIiwiTcO2Yml1cyJd",
        "WwoiXzI2YmM0TFQtYWM2cTJLSTZjQlc1ZXMiLAoiZmFtaWx5X25hbWUiLAoiTcO2Yml1cyIKXQ"})
    void everyEncodingVariantOfSection421ReadsAsTheSameClaimWithItsOwnDigest(String encoded) {
        Disclosure disclosure = Disclosure.parse(encoded);
        assertEquals(Optional.of("family_name"), disclosure.claimName());
        assertEquals("Möbius", disclosure.value());
        // §4.2.3: the digest covers the encoding chosen, so each variant is a different digest.
        assertTrue(!disclosure.digest(HashAlgorithm.SHA_256).equals("X9yH0Ajrdm1Oij4tWso9UzzKJvPoDxwmuEcO3XAdRC0"));
    }

    @Test
    void arrayElementDisclosureOfSection422HasTheDigestOfSection4242() {
        Disclosure fr = Disclosure.parse("WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIkZSIl0");
        assertTrue(fr.isArrayElement());
        assertEquals("lklxF5jMYlGTPUovMNIvCA", fr.salt());
        assertEquals("FR", fr.value());
        assertEquals("w0I8EKcdCtUPkGCNUrfwVp2xEgNjtoIDlOxc9-PlOhs", fr.digest(HashAlgorithm.SHA_256));
    }

    @Test
    void arrayEntryOfTheSection51ExampleHasItsPublishedDigest() {
        Disclosure us = Disclosure.parse("WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIlVTIl0");
        assertEquals("US", us.value());
        assertEquals("pFndjkZ_VCzmyTa6UjlZo3dh-ko8aIKQc9DlGzhaVYo", us.digest(HashAlgorithm.SHA_256));
    }

    /** RFC 9901 Appendix A.3 (the SD-JWT VC example): disclosure, SHA-256 hash, as published. */
    @ParameterizedTest(name = "RFC 9901 A.3 {0}")
    @CsvSource({
        "given_name, WyIyR0xDNDJzS1F2ZUNmR2ZyeU5STjl3IiwgImdpdmVuX25hbWUiLCAiRXJpa2EiXQ, 0HZmnSIPz337kSWe7C34l--88gzJi-eBJ2Vz_HJwATg",
        "street_address, WyJlSThaV205UW5LUHBOUGVOZW5IZGhRIiwgInN0cmVldF9hZGRyZXNzIiwgIkhlaWRlc3RyYVx1MDBkZmUgMTciXQ, ALZERsSn5WNiEXdCksW8I5qQw3_NpAnRqpSAZDudgw8",
        "locality, WyJRZ19PNjR6cUF4ZTQxMmExMDhpcm9BIiwgImxvY2FsaXR5IiwgIktcdTAwZjZsbiJd, D__W_uYcvRz3tvUnIJvBDHiTc7C__qHd0xNKwIs_w9k",
        "nationalities, WyJsa2x4RjVqTVlsR1RQVW92TU5JdkNBIiwgIm5hdGlvbmFsaXRpZXMiLCBbIkRFIl1d, y50czc0ISChy_bsba1dMoUuAOQ5AMmOSfGoEe81v1FU",
        "sex, WyJuUHVvUW5rUkZxM0JJZUFtN0FuWEZBIiwgInNleCIsIDJd, 90CT8AaBPbn5X8nRXkesju1i0BqhWqZ3wqD4jF-qDGk",
        "18, WyJPQktsVFZsdkxnLUFkd3FZR2JQOFpBIiwgIjE4IiwgdHJ1ZV0, CVKnly5P90yJs3EwtxQiOtUczaXCYNA4IczRaohrMDg",
        "65, WyJEc210S05ncFY0ZEFIcGpyY2Fvc0F3IiwgIjY1IiwgZmFsc2Vd, a44-g2Gr8_3AmJw2XZ8kI1y0Qz_ze9iOcW2W3RLpXGg",
        "age_in_years, WyJqN0FEZGIwVVZiMExpMGNpUGNQMGV3IiwgImFnZV9pbl95ZWFycyIsIDYyXQ, WTpI7RcM3gxZruRpXzezSbkbOr93PVFvWx8woJ3j1cE",
        "address, WyJHMDJOU3JRZmpGWFE3SW8wOXN5YWpBIiwgImFkZHJlc3MiLCB7Il9zZCI6IFsiQUxaRVJzU241V05pRVhkQ2tzVzhJNXFRdzNfTnBBblJxcFNBWkR1ZGd3OCIsICJEX19XX3VZY3ZSejN0dlVuSUp2QkRIaVRjN0NfX3FIZDB4Tkt3SXNfdzlrIiwgImVCcENYVTFKNWRoSDJnNHQ4UVlOVzVFeFM5QXhVVmJsVW9kb0xZb1BobzAiLCAieE9QeTktZ0pBTEs2VWJXS0ZMUjg1Y09CeVVEM0FiTndGZzNJM1lmUUVfSSJdfV0, RTz3qTmFNHbpWrrOMZS41F474kFqRv3vIPqth6PUhlM"})
    void appendixA3DisclosuresHaveTheirPublishedDigests(String name, String encoded, String digest) {
        Disclosure disclosure = Disclosure.parse(encoded);
        assertEquals(Optional.of(name), disclosure.claimName());
        assertEquals(digest, disclosure.digest(HashAlgorithm.SHA_256));
    }

    @Test
    void appendixA3NestedAddressDisclosureCarriesItsMembersDigests() {
        Disclosure address = Disclosure.parse("WyJHMDJOU3JRZmpGWFE3SW8wOXN5YWpBIiwgImFkZHJlc3MiLCB7Il9zZCI6IFsiQUxaRVJzU241V05p"
                + "RVhkQ2tzVzhJNXFRdzNfTnBBblJxcFNBWkR1ZGd3OCIsICJEX19XX3VZY3ZSejN0dlVuSUp2QkRIaVRjN0NfX3FIZDB4Tkt3SXNfdzlrIiwgImVC"
                + "cENYVTFKNWRoSDJnNHQ4UVlOVzVFeFM5QXhVVmJsVW9kb0xZb1BobzAiLCAieE9QeTktZ0pBTEs2VWJXS0ZMUjg1Y09CeVVEM0FiTndGZzNJM1lm"
                + "UUVfSSJdfV0");
        assertEquals(Map.of("_sd", List.of("ALZERsSn5WNiEXdCksW8I5qQw3_NpAnRqpSAZDudgw8",
                "D__W_uYcvRz3tvUnIJvBDHiTc7C__qHd0xNKwIs_w9k", "eBpCXU1J5dhH2g4t8QYNW5ExS9AxUVblUodoLYoPho0",
                "xOPy9-gJALK6UbWKFLR85cOByUD3AbNwFg3I3YfQE_I")), address.value());
    }

    @Test
    void whatIsNotADisclosureIsRefusedInWords() {
        assertMessage("base64url", () -> Disclosure.parse("WyJh+IiwgImIiXQ"));
        assertMessage("JSON array", () -> Disclosure.parse(Base64URL.encode("{\"a\":1}").toString()));
        assertMessage("2 or 3 elements", () -> Disclosure.parse(Base64URL.encode("[\"salt\"]").toString()));
        assertMessage("salt must be a string", () -> Disclosure.parse(Base64URL.encode("[1, \"a\", 2]").toString()));
        assertMessage("claim name must be a string", () -> Disclosure.parse(Base64URL.encode("[\"s\", 1, 2]").toString()));
    }

    private static void assertMessage(String words, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(words), e.getMessage());
    }
}
