package org.satchel.node.issuance.oid4vci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

/**
 * Every refusal of the flow, over HTTP: each answers with the error code OpenID4VCI 1.0 or the
 * OAuth RFCs name for it, as JSON a wallet reads, and the minter is never called.
 */
class Oid4vciRefusalTest {
    static final String SD = "exam-certificate.dc+sd-jwt";

    IssuingNode issuer;
    final JWK walletKey = Keys.generate(KeyType.ED25519);

    @BeforeEach
    void start() {
        issuer = new IssuingNode();
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    /** The answer is the OAuth error JSON with this status and code, and nothing was issued. */
    void refused(HttpResponse<String> response, int status, String error) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), response.headers().toString());
        JsonNode body = issuer.tree(response.body());
        assertEquals(error, body.get("error").asText(), response.body());
        assertTrue(body.get("error_description").asText().matches("[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*"), "RFC 6749 §5.2 characters only");
        assertEquals(List.of(), issuer.minted, "nothing was issued");
    }

    // ---- the token endpoint (§6.3, RFC 6749 §5.2)

    @Test
    void anUnknownCodeIsAnInvalidGrant() {
        refused(issuer.token("not-a-code-this-node-gave", "123456"), 400, "invalid_grant");
    }

    @Test
    void aCodeIsTakenUpOnceOnly() {
        JsonNode offer = issuer.offer(SD);
        assertEquals(200, issuer.token(IssuingNode.code(offer), offer.get("tx_code").asText()).statusCode());
        refused(issuer.token(IssuingNode.code(offer), offer.get("tx_code").asText()), 400, "invalid_grant");
        assertEquals(404, issuer.node.get(java.net.URI.create(offer.get("credential_offer_uri").asText()).getRawPath(), null, null).statusCode(),
                "a taken-up offer is no longer served by reference");
    }

    @Test
    void aWrongPinIsAnInvalidGrantAndAFewOfThemWithdrawTheOffer() {
        JsonNode offer = issuer.offer(SD);
        String pin = offer.get("tx_code").asText();
        String wrong = pin.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < Offers.MAX_WRONG_TX_CODES; i++) {
            refused(issuer.token(IssuingNode.code(offer), wrong), 400, "invalid_grant");
        }
        refused(issuer.token(IssuingNode.code(offer), pin), 400, "invalid_grant");
    }

    @Test
    void aWrongPinCostsATryButTheRightOneStillWorksBeforeTheLimit() {
        JsonNode offer = issuer.offer(SD);
        String pin = offer.get("tx_code").asText();
        refused(issuer.token(IssuingNode.code(offer), pin.equals("000000") ? "000001" : "000000"), 400, "invalid_grant");
        assertEquals(200, issuer.token(IssuingNode.code(offer), pin).statusCode());
    }

    @Test
    void aMissingPinIsAnInvalidRequest() {
        JsonNode offer = issuer.offer(SD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", IssuerMetadata.PRE_AUTHORIZED_GRANT);
        form.put("pre-authorized_code", IssuingNode.code(offer));
        refused(issuer.token(form), 400, "invalid_request");
    }

    @Test
    void anExpiredOfferCannotBeFetchedNorItsCodeTakenUp() {
        JsonNode offer = issuer.offer(SD);
        issuer.clock.advance(Offers.LIFETIME.plusSeconds(1));
        assertEquals(404, issuer.node.get(java.net.URI.create(offer.get("credential_offer_uri").asText()).getRawPath(), null, null).statusCode());
        refused(issuer.token(IssuingNode.code(offer), offer.get("tx_code").asText()), 400, "invalid_grant");
    }

    @Test
    void anotherGrantTypeIsUnsupportedAndAMissingOneAnInvalidRequest() {
        refused(issuer.token(Map.of("grant_type", "authorization_code", "code", "x")), 400, "unsupported_grant_type");
        refused(issuer.token(Map.of("pre-authorized_code", "x")), 400, "invalid_request");
        refused(issuer.token(Map.of("grant_type", IssuerMetadata.PRE_AUTHORIZED_GRANT)), 400, "invalid_request");
    }

    @Test
    void aTokenRequestInJsonIsAnInvalidRequest() {
        refused(issuer.node.send(issuer.node.request("/token", null, null).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"grant_type\": \"" + IssuerMetadata.PRE_AUTHORIZED_GRANT + "\"}")).build()),
                400, "invalid_request");
    }

    // ---- the credential endpoint: the access token (§8.3.1.1, RFC 6750 §3)

    @Test
    void noAccessTokenIsChallenged() {
        HttpResponse<String> response = issuer.credential(null, SD, issuer.proof(walletKey, issuer.nonce()));
        refused(response, 401, "invalid_token");
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), response.headers().toString());
    }

    @Test
    void anUnknownOrExpiredAccessTokenIsAnInvalidToken() {
        HttpResponse<String> unknown = issuer.credential("not-a-token", SD, issuer.proof(walletKey, issuer.nonce()));
        refused(unknown, 401, "invalid_token");
        assertTrue(unknown.headers().firstValue("WWW-Authenticate").orElse("").contains("error=\"invalid_token\""));

        String token = issuer.accessToken(SD);
        issuer.clock.advance(AccessTokens.LIFETIME.plusSeconds(1));
        refused(issuer.credential(token, SD, issuer.proof(walletKey, issuer.nonce())), 401, "invalid_token");
    }

    @Test
    void aConfigurationTheTokenWasNotGrantedForIsInsufficientScope() {
        String token = issuer.accessToken(SD);
        refused(issuer.credential(token, "attendance-summary.dc+sd-jwt", issuer.proof(walletKey, issuer.nonce())), 403, "insufficient_scope");
    }

    // ---- the credential endpoint: the request (§8.3.1.2)

    @Test
    void anUnsupportedFormatOrUnknownConfigurationIsUnknown() {
        String token = issuer.accessToken(SD);
        for (String unknown : List.of("attendance-summary.ldp_vc", "exam-certificate.mso_mdoc", "exam-certificate.jwt_vc_json-ld", "no-such-thing")) {
            refused(issuer.credential(token, unknown, issuer.proof(walletKey, issuer.nonce())), 400, "unknown_credential_configuration");
        }
    }

    @Test
    void aRequestWithoutAConfigurationOrNotJsonIsAnInvalidCredentialRequest() {
        String token = issuer.accessToken(SD);
        refused(issuer.credential(token, "{\"proofs\": {\"jwt\": [\"" + issuer.proof(walletKey, issuer.nonce()) + "\"]}}"), 400, "invalid_credential_request");
        refused(issuer.credential(token, "[1, 2]"), 400, "invalid_credential_request");
        refused(issuer.credential(token, "{\"credential_identifier\": \"x\"}"), 400, "invalid_credential_request");
    }

    @Test
    void missingProofsOrAnotherProofTypeAreAnInvalidProof() {
        String token = issuer.accessToken(SD);
        refused(issuer.credential(token, "{\"credential_configuration_id\": \"" + SD + "\"}"), 400, "invalid_proof");
        refused(issuer.credential(token, "{\"credential_configuration_id\": \"" + SD + "\", \"proofs\": {\"di_vp\": [{}]}}"), 400, "invalid_proof");
        refused(issuer.credential(token, "{\"credential_configuration_id\": \"" + SD + "\", \"proofs\": {\"jwt\": []}}"), 400, "invalid_proof");
    }

    @Test
    void aProofWithTheWrongAudienceIsAnInvalidProof() {
        String token = issuer.accessToken(SD);
        String proof = IssuingNode.proof(walletKey, KeyProofs.TYP, "https://other-issuer.example", Optional.of(issuer.nonce()), issuer.clock.instant());
        refused(issuer.credential(token, SD, proof), 400, "invalid_proof");
    }

    @Test
    void aProofWithTheWrongTypIsAnInvalidProof() {
        String token = issuer.accessToken(SD);
        String proof = IssuingNode.proof(walletKey, "JWT", IssuingNode.ISSUER, Optional.of(issuer.nonce()), issuer.clock.instant());
        refused(issuer.credential(token, SD, proof), 400, "invalid_proof");
    }

    @Test
    void aStaleProofOrOneWithoutANonceIsAnInvalidProof() {
        String token = issuer.accessToken(SD);
        String stale = IssuingNode.proof(walletKey, KeyProofs.TYP, IssuingNode.ISSUER, Optional.of(issuer.nonce()),
                issuer.clock.instant().minus(KeyProofs.MAX_AGE).minusSeconds(1));
        refused(issuer.credential(token, SD, stale), 400, "invalid_proof");
        String noNonce = IssuingNode.proof(walletKey, KeyProofs.TYP, IssuingNode.ISSUER, Optional.empty(), issuer.clock.instant());
        refused(issuer.credential(token, SD, noNonce), 400, "invalid_proof");
    }

    @Test
    void aProofSignedByAnotherKeyThanItNamesIsAnInvalidProof() {
        String token = issuer.accessToken(SD);
        String[] parts = issuer.proof(walletKey, issuer.nonce()).split("\\.");
        String[] other = issuer.proof(Keys.generate(KeyType.ED25519), issuer.nonce()).split("\\.");
        refused(issuer.credential(token, SD, parts[0] + "." + parts[1] + "." + other[2]), 400, "invalid_proof");
    }

    @Test
    void aProofWithANonceThisIssuerNeverGaveIsAnInvalidNonce() {
        String token = issuer.accessToken(SD);
        refused(issuer.credential(token, SD, issuer.proof(walletKey, "made-up-nonce")), 400, "invalid_nonce");
    }

    @Test
    void aReplayedNonceIsAnInvalidNonce() {
        String token = issuer.accessToken(SD, "exam-certificate.jwt_vc_json");
        String nonce = issuer.nonce();
        assertEquals(200, issuer.credential(token, SD, issuer.proof(walletKey, nonce)).statusCode());
        issuer.minted.clear();
        refused(issuer.credential(token, "exam-certificate.jwt_vc_json", issuer.proof(walletKey, nonce)), 400, "invalid_nonce");
    }

    @Test
    void anExpiredNonceIsAnInvalidNonce() {
        String nonce = issuer.nonce();
        issuer.clock.advance(Nonces.LIFETIME.plusSeconds(1));
        String token = issuer.accessToken(SD);
        refused(issuer.credential(token, SD, issuer.proof(walletKey, nonce)), 400, "invalid_nonce");
    }

    @Test
    void aCredentialIsIssuedOncePerTokenAndAskingAgainIsDenied() {
        String token = issuer.accessToken(SD);
        assertEquals(200, issuer.credential(token, SD, issuer.proof(walletKey, issuer.nonce())).statusCode());
        issuer.minted.clear();
        refused(issuer.credential(token, SD, issuer.proof(walletKey, issuer.nonce())), 400, "credential_request_denied");
    }

    @Test
    void theSameKeyTwiceInOneRequestIsAnInvalidProof() {
        String token = issuer.accessToken(SD);
        String nonce = issuer.nonce();
        refused(issuer.credential(token, SD, issuer.proof(walletKey, nonce), issuer.proof(walletKey, nonce)), 400, "invalid_proof");
    }

    @Test
    void aRefusingMinterIsACredentialRequestDenied() {
        String token = issuer.accessToken(SD);
        issuer.refuseWith = Optional.of("the achievement was withdrawn after a correction");
        HttpResponse<String> response = issuer.credential(token, SD, issuer.proof(walletKey, issuer.nonce()));
        refused(response, 400, "credential_request_denied");
        assertTrue(response.body().contains("withdrawn after a correction"));
    }
}
