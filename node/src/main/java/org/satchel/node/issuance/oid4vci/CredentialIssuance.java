package org.satchel.node.issuance.oid4vci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.web.Json;

/**
 * The Credential Endpoint's work (OpenID4VCI 1.0 §8): the access token must be live and cover the
 * configuration asked for, the request must name it and carry {@code jwt} key proofs that all
 * pass, and only then is each proven key handed to the {@link CredentialMinter}, one credential
 * per key. Every refusal is an {@link OAuthError} with the code §8.3.1 names, and comes before the
 * minter is called, so a refused request issues nothing.
 */
final class CredentialIssuance {
    private final IssuerMetadata metadata;
    private final AccessTokens tokens;
    private final Nonces nonces;
    private final KeyProofs proofs;
    private final CredentialMinter minter;

    CredentialIssuance(IssuerMetadata metadata, AccessTokens tokens, Nonces nonces, KeyProofs proofs, CredentialMinter minter) {
        this.metadata = metadata;
        this.tokens = tokens;
        this.nonces = nonces;
        this.proofs = proofs;
        this.minter = minter;
    }

    /** The Credential Response body (§8.3) for a request with this {@code Authorization} header and body. */
    Map<String, Object> issue(Optional<String> authorization, boolean json, String body) {
        String token = bearer(authorization);
        AccessTokens.Grant grant = tokens.grant(token)
                .orElseThrow(() -> OAuthError.invalidToken("the access token is unknown or has expired; take up the offer again"));
        if (!json) {
            throw OAuthError.badRequest("invalid_credential_request", "a credential request is application/json (§8.2)");
        }
        ObjectNode request = object(body);
        if (request.has("credential_identifier")) {
            // §8.2: only for identifiers from authorization_details, which this issuer never returns.
            throw OAuthError.badRequest("invalid_credential_request",
                    "this issuer returns no credential_identifiers; ask for a credential_configuration_id");
        }
        JsonNode id = request.get("credential_configuration_id");
        if (id == null || !id.isTextual()) {
            throw OAuthError.badRequest("invalid_credential_request", "name the credential in credential_configuration_id (§8.2)");
        }
        String configurationId = id.asText();
        if (metadata.configuration(configurationId).isEmpty()) {
            throw OAuthError.badRequest("unknown_credential_configuration",
                    "'" + configurationId + "' is not in this issuer's credential_configurations_supported");
        }
        OfferedCredential offered = grant.credential(configurationId).orElseThrow(() -> OAuthError.insufficientScope(
                "this access token was granted for " + grant.credentials().stream().map(OfferedCredential::configurationId).toList()
                        + ", not " + configurationId));
        List<KeyProofs.Proven> proven = proofs(request.get("proofs"));
        if (!tokens.claim(token, configurationId)) {
            throw OAuthError.badRequest("credential_request_denied", configurationId + " was already issued with this access token");
        }
        boolean issuedAny = false;
        try {
            // F.4 and §13.8: spend each nonce once every proof has passed; a nonce another request spent first fails this one.
            for (String nonce : KeyProofs.nonces(proven)) {
                if (!nonces.spend(nonce)) {
                    throw OAuthError.badRequest("invalid_nonce", "the key proof's nonce was used meanwhile; get a new one from the nonce endpoint");
                }
            }
            List<Map<String, Object>> credentials = new ArrayList<>();
            for (KeyProofs.Proven p : proven) {
                switch (minter.mint(offered, p.key())) {
                    case Minted.Issued issued -> {
                        issuedAny = true;
                        credentials.add(Map.of("credential", encoded(offered.format(), issued.credential())));
                    }
                    case Minted.Refused refused -> throw OAuthError.badRequest("credential_request_denied", refused.reason());
                }
            }
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("credentials", credentials);
            return response;
        } catch (RuntimeException e) {
            if (!issuedAny) {
                tokens.release(token, configurationId);
            }
            throw e;
        }
    }

    /** RFC 6750 §2.1: {@code Authorization: Bearer token}; §3.1: no error code when none was sent at all. */
    private static String bearer(Optional<String> authorization) {
        if (authorization.isEmpty()) {
            throw OAuthError.invalidToken("send the access token from the token endpoint as Authorization: Bearer");
        }
        String value = authorization.get().strip();
        if (!value.regionMatches(true, 0, "Bearer ", 0, 7) || value.substring(7).isBlank()) {
            throw OAuthError.invalidToken("the Authorization header is not a Bearer token");
        }
        return value.substring(7).strip();
    }

    private static ObjectNode object(String body) {
        try {
            if (Json.mapper().readTree(body) instanceof ObjectNode o) {
                return o;
            }
        } catch (JsonProcessingException e) {
            // Answered below, as any other body that is not a JSON object.
        }
        throw OAuthError.badRequest("invalid_credential_request", "the credential request is not a JSON object");
    }

    /** §8.2 and Appendix F: {@code proofs} holds exactly one proof type, here {@code jwt}, a non-empty array of JWTs. */
    private List<KeyProofs.Proven> proofs(JsonNode node) {
        if (node == null) {
            throw OAuthError.badRequest("invalid_proof", "this credential needs key proofs in proofs.jwt (§8.2: proof_types_supported is published)");
        }
        if (!(node instanceof ObjectNode object) || object.size() != 1) {
            throw OAuthError.badRequest("invalid_proof", "proofs is an object with exactly one proof type (§8.2)");
        }
        Iterator<String> names = object.fieldNames();
        String type = names.next();
        if (!type.equals("jwt")) {
            throw OAuthError.badRequest("invalid_proof", "this issuer takes key proofs of type jwt, not " + type);
        }
        JsonNode list = object.get("jwt");
        if (!list.isArray() || list.isEmpty()) {
            throw OAuthError.badRequest("invalid_proof", "proofs.jwt is a non-empty array of JWTs (Appendix F)");
        }
        if (list.size() > IssuerMetadata.BATCH_SIZE) {
            throw OAuthError.badRequest("invalid_credential_request",
                    "at most " + IssuerMetadata.BATCH_SIZE + " key proofs in one request (batch_credential_issuance)");
        }
        List<KeyProofs.Proven> proven = new ArrayList<>();
        for (JsonNode jwt : list) {
            if (!jwt.isTextual()) {
                throw OAuthError.badRequest("invalid_proof", "each entry of proofs.jwt is a JWT in compact serialisation");
            }
            switch (proofs.check(jwt.asText())) {
                case KeyProofs.Proven p -> proven.add(p);
                case KeyProofs.Failed f -> throw OAuthError.badRequest(f.error(), f.description());
            }
        }
        if (!KeyProofs.distinct(proven)) {
            throw OAuthError.badRequest("invalid_proof", "two key proofs prove the same key; each key gets one credential (§8.3)");
        }
        return proven;
    }

    /** Appendix A.1.2.4: an ldp_vc credential is a JSON object in the response; the others are strings, as issued. */
    private static Object encoded(CredentialFormat format, String credential) {
        if (format != CredentialFormat.LDP_VC) {
            return credential;
        }
        try {
            return Json.mapper().readTree(credential);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the minter returned an ldp_vc credential that is not JSON", e);
        }
    }
}
