package org.satchel.node.issuance.oid4vci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.sdjwt.SdJwtVc;
import org.satchel.credentials.sdjwt.SdJwtVerifier;
import org.satchel.credentials.verify.Format;
import org.satchel.credentials.verify.Verification;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.wallet.receive.CredentialOffer;
import org.satchel.wallet.receive.Issuance;
import org.satchel.wallet.receive.IssuanceClient;

/**
 * The whole OpenID4VCI 1.0 pre-authorised code flow over HTTP against a running node: staff make an
 * offer, a wallet (Satchel's own client, written from the specification on the holder's side) takes
 * it up by reference, reads both metadata documents, trades code and PIN for a token, fetches a
 * nonce and proves its key, and what it receives verifies, as the school's, bound to that key.
 */
class Oid4vciFlowTest {
    IssuingNode issuer;

    @BeforeEach
    void start() {
        issuer = new IssuingNode();
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    IssuanceClient wallet() {
        return new IssuanceClient(issuer.http(), issuer::route, issuer.clock);
    }

    @ParameterizedTest
    @EnumSource(CredentialFormat.class)
    void aWalletTakesUpAnOfferByReferenceAndTheCredentialVerifiesBoundToItsKey(CredentialFormat format) {
        String configuration = IssuingNode.EXAM.configurationId(format);
        JsonNode offer = issuer.offer(configuration);
        JWK walletKey = Keys.generate(format == CredentialFormat.LDP_VC ? KeyType.P256 : KeyType.ED25519);

        Issuance result = wallet().receive(offer.get("offer_by_reference").asText(), Optional.of(offer.get("tx_code").asText()),
                walletKey, Optional.empty());

        Issuance.Received received = assertInstanceOf(Issuance.Received.class, result, result::toString);
        assertEquals(configuration, received.configurationId());
        assertEquals(1, received.credentials().size());
        String credential = received.credentials().get(0);
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, issuer.verify(credential), credential);
        assertEquals(IssuingNode.DID, valid.issuer());
        String bound = switch (format) {
            case DC_SD_JWT -> SdJwtVerifier.THUMBPRINT_URI_PREFIX + Keys.thumbprint(walletKey);
            case JWT_VC_JSON, LDP_VC -> DidJwk.of(walletKey);
        };
        assertEquals(Optional.of(bound), valid.holder(), "bound to the key the wallet proved");
        assertEquals(List.of(format), issuer.minted.stream().map(OfferedCredential::format).toList());
        assertEquals(IssuingNode.SUBJECT, issuer.minted.get(0).subject());
        assertEquals(issuer.learner(), issuer.minted.get(0).learnerId());
    }

    @Test
    void theSdJwtCredentialCanBePresentedOnlyWithTheWalletsKey() {
        JsonNode offer = issuer.offer(IssuingNode.EXAM.configurationId(CredentialFormat.DC_SD_JWT));
        JWK walletKey = Keys.generate(KeyType.ED25519);
        Issuance.Received received = assertInstanceOf(Issuance.Received.class, wallet().receive(offer.get("offer_by_value").asText(),
                Optional.of(offer.get("tx_code").asText()), walletKey, Optional.empty()), "the offer by value works too");
        String issued = received.credentials().get(0);
        assertEquals(Optional.of(Format.SD_JWT_VC), Verifier.detect(issued));
        String presented = SdJwtVc.present(issued, walletKey, List.of("grade"), "n-1", "https://college.example");
        assertInstanceOf(Verification.Valid.class, issuer.verify(presented, "n-1", "https://college.example"), "the wallet's key presents it");
        assertThrows(IllegalArgumentException.class,
                () -> SdJwtVc.present(issued, Keys.generate(KeyType.ED25519), List.of("grade"), "n-1", "https://college.example"),
                "another key cannot sign its key binding");
    }

    @Test
    void anOfferCarriesItsUrisPinAndExpiryAndIsInTheLearnersAccessLog() {
        JsonNode offer = issuer.offer(IssuingNode.EXAM.configurationId(CredentialFormat.DC_SD_JWT),
                IssuingNode.ATTENDANCE.configurationId(CredentialFormat.DC_SD_JWT));
        assertTrue(offer.get("tx_code").asText().matches("\\d{6}"), offer.toString());
        String url = offer.get("credential_offer_uri").asText();
        assertTrue(url.startsWith(IssuingNode.ISSUER + "/credential-offers/"), url);

        CredentialOffer.ByReference reference = assertInstanceOf(CredentialOffer.ByReference.class,
                CredentialOffer.locate(offer.get("offer_by_reference").asText()));
        assertEquals(URI.create(url), reference.uri());
        HttpResponse<String> fetched = issuer.node.get(URI.create(url).getRawPath(), null, null);
        assertEquals(200, fetched.statusCode());
        assertTrue(fetched.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(offer.get("credential_offer"), issuer.tree(fetched.body()), "by reference, the same offer object");
        CredentialOffer.ByValue value = assertInstanceOf(CredentialOffer.ByValue.class, CredentialOffer.locate(offer.get("offer_by_value").asText()));
        assertEquals(offer.get("credential_offer"), issuer.tree(value.json()), "by value, the same offer object");
        CredentialOffer parsed = CredentialOffer.parse(fetched.body());
        assertEquals(IssuingNode.ISSUER, parsed.credentialIssuer());
        assertEquals(Optional.of(6), parsed.txCode().orElseThrow().length());
        assertEquals("numeric", parsed.txCode().orElseThrow().inputMode());
        assertFalse(fetched.body().contains(offer.get("tx_code").asText() + "\""), "the PIN is never in the offer");

        String log = issuer.node.get("/learners/" + issuer.learner() + "/access-log", "learner:" + issuer.learner(), "learner-request").body();
        assertTrue(log.contains(offer.get("access_event").asText()), "the learner sees the offer's read of their record: " + log);
    }

    @Test
    void theQrCodeOnTheAnswerHoldsTheOfferByReference() throws Exception {
        JsonNode offer = issuer.offer(IssuingNode.EXAM.configurationId(CredentialFormat.JWT_VC_JSON));
        assertEquals(offer.get("offer_by_reference").asText(), QrReader.decode(offer.get("qr_code_svg").asText()));
    }

    @Test
    void bothMetadataDocumentsDescribeTheIssuerAndEveryConfiguration() {
        HttpResponse<String> response = issuer.node.get("/.well-known/openid-credential-issuer", null, null);
        assertEquals(200, response.statusCode());
        JsonNode m = issuer.tree(response.body());
        assertEquals(IssuingNode.ISSUER, m.get("credential_issuer").asText());
        assertEquals(IssuingNode.ISSUER + "/credential", m.get("credential_endpoint").asText());
        assertEquals(IssuingNode.ISSUER + "/nonce", m.get("nonce_endpoint").asText());
        JsonNode configurations = m.get("credential_configurations_supported");
        assertEquals(List.of("exam-certificate.dc+sd-jwt", "exam-certificate.jwt_vc_json", "exam-certificate.ldp_vc", "attendance-summary.dc+sd-jwt"),
                iterate(configurations.fieldNames()));
        JsonNode sd = configurations.get("exam-certificate.dc+sd-jwt");
        assertEquals("dc+sd-jwt", sd.get("format").asText());
        assertEquals(IssuingNode.EXAM.vct(), sd.get("vct").asText());
        assertEquals("[\"jwk\"]", sd.get("cryptographic_binding_methods_supported").toString());
        assertEquals("[\"EdDSA\",\"ES256\"]", sd.get("proof_types_supported").get("jwt").get("proof_signing_alg_values_supported").toString());
        assertEquals("[\"VerifiableCredential\",\"ExaminationCertificate\"]",
                configurations.get("exam-certificate.jwt_vc_json").get("credential_definition").get("type").toString());
        assertEquals("[\"https://www.w3.org/ns/credentials/v2\",\"https://w3id.org/satchel/credentials/v1\"]",
                configurations.get("exam-certificate.ldp_vc").get("credential_definition").get("@context").toString());
        assertEquals("Examination certificate", sd.get("credential_metadata").get("display").get(0).get("name").asText());

        JsonNode as = issuer.tree(issuer.node.get("/.well-known/oauth-authorization-server", null, null).body());
        assertEquals(IssuingNode.ISSUER, as.get("issuer").asText());
        assertEquals(IssuingNode.ISSUER + "/token", as.get("token_endpoint").asText());
        assertEquals("[\"urn:ietf:params:oauth:grant-type:pre-authorized_code\"]", as.get("grant_types_supported").toString());
        assertTrue(as.get("pre-authorized_grant_anonymous_access_supported").asBoolean());
    }

    @Test
    void oneRequestWithSeveralProofsGetsOneCredentialPerKey() {
        String token = issuer.accessToken(IssuingNode.EXAM.configurationId(CredentialFormat.JWT_VC_JSON));
        String nonce = issuer.nonce();
        JWK a = Keys.generate(KeyType.ED25519);
        JWK b = Keys.generate(KeyType.P256);
        HttpResponse<String> response = issuer.credential(token, "exam-certificate.jwt_vc_json", issuer.proof(a, nonce), issuer.proof(b, nonce));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JsonNode credentials = issuer.tree(response.body()).get("credentials");
        assertEquals(2, credentials.size());
        List<Optional<String>> holders = List.of(
                ((Verification.Valid) issuer.verify(credentials.get(0).get("credential").asText())).holder(),
                ((Verification.Valid) issuer.verify(credentials.get(1).get("credential").asText())).holder());
        assertEquals(List.of(Optional.of(DidJwk.of(a)), Optional.of(DidJwk.of(b))), holders);
    }

    @Test
    void theNonceAnswerIsFreshEachTimeAndNeverCached() {
        HttpResponse<String> one = issuer.node.send(issuer.node.request("/nonce", null, null)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, one.statusCode());
        assertEquals("no-store", one.headers().firstValue("Cache-Control").orElse(""));
        assertFalse(issuer.tree(one.body()).get("c_nonce").asText().equals(issuer.nonce()));
    }

    @Test
    void everyRouteOfTheServiceIsInTheOpenApiDocument() throws Exception {
        JsonNode api = new ObjectMapper(new YAMLFactory()).readTree(issuer.node.get("/openapi.yaml", null, null).body());
        for (String path : List.of("/learners/{id}/credential-offers", "/credential-offers/{offerId}", "/.well-known/openid-credential-issuer",
                "/.well-known/oauth-authorization-server", "/token", "/nonce", "/credential", "/staff/learners/{id}/credential-offers",
                "/me/credential-offers")) {
            assertTrue(api.get("paths").has(path), path);
        }
    }

    private static List<String> iterate(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
