package org.satchel.wallet.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading offers as OpenID4VCI 1.0 §4.1 writes them, including its own examples' shapes. */
class CredentialOfferTest {
    static final String OFFER = """
            {"credential_issuer": "https://credential-issuer.example.com",
             "credential_configuration_ids": ["UniversityDegreeCredential"],
             "grants": {"urn:ietf:params:oauth:grant-type:pre-authorized_code": {
                 "pre-authorized_code": "oaKazRN8I0IbtZ0C7JuMn5",
                 "tx_code": {"length": 4, "input_mode": "numeric",
                             "description": "Please provide the one-time code that was sent via e-mail"}}}}""";

    @Test
    void anOfferByValueIsReadFromTheUri() {
        String uri = "openid-credential-offer://?credential_offer=" + URLEncoder.encode(OFFER, StandardCharsets.UTF_8);
        CredentialOffer.ByValue value = assertInstanceOf(CredentialOffer.ByValue.class, CredentialOffer.locate(uri));
        CredentialOffer offer = CredentialOffer.parse(value.json());
        assertEquals("https://credential-issuer.example.com", offer.credentialIssuer());
        assertEquals(List.of("UniversityDegreeCredential"), offer.configurationIds());
        assertEquals("oaKazRN8I0IbtZ0C7JuMn5", offer.preAuthorizedCode());
        assertEquals(Optional.of(4), offer.txCode().orElseThrow().length());
        assertEquals("numeric", offer.txCode().orElseThrow().inputMode());
    }

    @Test
    void anOfferByReferenceNamesAnHttpsUrl() {
        String uri = "openid-credential-offer://?credential_offer_uri="
                + URLEncoder.encode("https://server.example.com/credential-offer/GkurKxf5T0Y-mnPFCHqWOMiZi4VS138cQO_V7PZHAdM", StandardCharsets.UTF_8);
        CredentialOffer.ByReference reference = assertInstanceOf(CredentialOffer.ByReference.class, CredentialOffer.locate(uri));
        assertEquals(URI.create("https://server.example.com/credential-offer/GkurKxf5T0Y-mnPFCHqWOMiZi4VS138cQO_V7PZHAdM"), reference.uri());
        assertThrows(IllegalArgumentException.class,
                () -> CredentialOffer.locate("openid-credential-offer://?credential_offer_uri=http%3A%2F%2Fserver.example.com%2Fo"));
    }

    @Test
    void anOfferUriCarriesExactlyOneOfTheTwo() {
        assertThrows(IllegalArgumentException.class, () -> CredentialOffer.locate("openid-credential-offer://"));
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class, () -> CredentialOffer.locate(
                "openid-credential-offer://?credential_offer=%7B%7D&credential_offer_uri=https%3A%2F%2Fa.example%2Fo"));
        assertTrue(both.getMessage().contains("exactly one"), both.getMessage());
    }

    @Test
    void anOfferWithoutAPreAuthorisedCodeOrIssuerIsRefusedInWords() {
        IllegalArgumentException noGrant = assertThrows(IllegalArgumentException.class, () -> CredentialOffer.parse("""
                {"credential_issuer": "https://a.example", "credential_configuration_ids": ["x"],
                 "grants": {"authorization_code": {"issuer_state": "s"}}}"""));
        assertTrue(noGrant.getMessage().contains("pre-authorised"), noGrant.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CredentialOffer.parse("""
                {"credential_issuer": "http://a.example", "credential_configuration_ids": ["x"],
                 "grants": {"urn:ietf:params:oauth:grant-type:pre-authorized_code": {"pre-authorized_code": "c"}}}"""));
        assertThrows(IllegalArgumentException.class, () -> CredentialOffer.parse("not json"));
    }

    @Test
    void wellKnownUrlsPutTheSegmentBetweenHostAndPath() {
        // §12.2.2's own examples.
        assertEquals(URI.create("https://issuer.example.com/.well-known/openid-credential-issuer/tenant"),
                IssuanceClient.wellKnown("https://issuer.example.com/tenant", "openid-credential-issuer"));
        assertEquals(URI.create("https://tenant.issuer.example.com/.well-known/openid-credential-issuer"),
                IssuanceClient.wellKnown("https://tenant.issuer.example.com", "openid-credential-issuer"));
    }
}
