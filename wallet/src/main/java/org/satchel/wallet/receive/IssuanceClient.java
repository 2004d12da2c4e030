package org.satchel.wallet.receive;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.satchel.credentials.keys.Keys;

/**
 * The wallet's side of OpenID for Verifiable Credential Issuance 1.0, pre-authorised code flow:
 * read the offer (§4), fetch the issuer's and its authorisation server's metadata (§12.2.2,
 * RFC 8414 §3), exchange the code and the learner's transaction code for an access token (§6),
 * fetch a nonce (§7), and ask for the credential with a proof of the holder key (§8, Appendix F.1).
 *
 * <p>{@code route} says where a public https URL is actually reached: the identity for a real
 * issuer, a loopback address for a node on this machine (the demo, the tests).
 */
public final class IssuanceClient {
    /** Appendix F.1: the {@code typ} of a key proof. */
    public static final String PROOF_TYP = "openid4vci-proof+jwt";

    private final HttpClient http;
    private final UnaryOperator<URI> route;
    private final Clock clock;

    public IssuanceClient(HttpClient http, UnaryOperator<URI> route, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.route = Objects.requireNonNull(route, "route");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes up the offer at {@code offerUri} for its first configuration (or {@code configurationId}
     * when given), binding the credential to {@code holderKey}.
     */
    public Issuance receive(String offerUri, Optional<String> txCode, JWK holderKey, Optional<String> configurationId) {
        Objects.requireNonNull(holderKey, "holderKey");
        try {
            return flow(offerUri, txCode, holderKey, configurationId);
        } catch (Stop stop) {
            return stop.refused;
        }
    }

    private Issuance flow(String offerUri, Optional<String> txCode, JWK holderKey, Optional<String> wanted) {
        CredentialOffer offer;
        try {
            offer = switch (CredentialOffer.locate(offerUri)) {
                case CredentialOffer.ByValue v -> CredentialOffer.parse(v.json());
                case CredentialOffer.ByReference r -> CredentialOffer.parse(get("offer", r.uri()));
            };
        } catch (IllegalArgumentException e) {
            throw new Stop("offer", "invalid_offer", e.getMessage());
        }
        String configurationId = wanted.orElse(offer.configurationIds().getFirst());
        if (!offer.configurationIds().contains(configurationId)) {
            throw new Stop("offer", "invalid_offer", "the offer does not include " + configurationId);
        }
        if (offer.txCode().isPresent() && txCode.isEmpty()) {
            throw new Stop("offer", "tx_code_required", "the issuer sent a transaction code to the learner another way; it is needed"
                    + offer.txCode().get().description().map(d -> " (" + d + ")").orElse(""));
        }

        Map<String, Object> metadata = json("metadata", get("metadata", wellKnown(offer.credentialIssuer(), "openid-credential-issuer")));
        if (!offer.credentialIssuer().equals(metadata.get("credential_issuer"))) {
            throw new Stop("metadata", "invalid_metadata", "the metadata names issuer " + metadata.get("credential_issuer")
                    + ", not " + offer.credentialIssuer() + " (§12.2.2)");
        }
        if (!(metadata.get("credential_configurations_supported") instanceof Map<?, ?> configurations)
                || !configurations.containsKey(configurationId)) {
            throw new Stop("metadata", "invalid_metadata", "the issuer's metadata does not describe " + configurationId);
        }
        String authorizationServer = metadata.get("authorization_servers") instanceof List<?> servers && !servers.isEmpty()
                ? String.valueOf(servers.getFirst()) : offer.credentialIssuer();
        Map<String, Object> asMetadata = json("metadata", get("metadata", wellKnown(authorizationServer, "oauth-authorization-server")));
        URI tokenEndpoint = endpoint(asMetadata, "token_endpoint");
        URI credentialEndpoint = endpoint(metadata, "credential_endpoint");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", CredentialOffer.PRE_AUTHORIZED_GRANT);
        form.put("pre-authorized_code", offer.preAuthorizedCode());
        txCode.ifPresent(code -> form.put("tx_code", code));
        Map<String, Object> token = json("token", send("token", HttpRequest.newBuilder(route.apply(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form)))));
        if (!(token.get("access_token") instanceof String accessToken)) {
            throw new Stop("token", "invalid_response", "the token response has no access_token (§6.2)");
        }

        Optional<String> nonce = Optional.empty();
        if (metadata.get("nonce_endpoint") instanceof String) {
            Map<String, Object> answer = json("nonce", send("nonce", HttpRequest.newBuilder(route.apply(endpoint(metadata, "nonce_endpoint")))
                    .POST(HttpRequest.BodyPublishers.noBody())));
            if (!(answer.get("c_nonce") instanceof String cNonce)) {
                throw new Stop("nonce", "invalid_response", "the nonce response has no c_nonce (§7.2)");
            }
            nonce = Optional.of(cNonce);
        }

        Map<String, Object> request = new LinkedHashMap<>();
        request.put("credential_configuration_id", configurationId);
        request.put("proofs", Map.of("jwt", List.of(proof(holderKey, offer.credentialIssuer(), nonce))));
        Map<String, Object> response = json("credential", send("credential", HttpRequest.newBuilder(route.apply(credentialEndpoint))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(request)))));
        if (!(response.get("credentials") instanceof List<?> credentials) || credentials.isEmpty()) {
            throw new Stop("credential", "invalid_response", "the credential response has no credentials (§8.3)");
        }
        List<String> received = new ArrayList<>();
        for (Object item : credentials) {
            Object credential = item instanceof Map<?, ?> wrapper ? wrapper.get("credential") : null;
            if (credential instanceof String text) {
                received.add(text);
            } else if (credential instanceof Map<?, ?> object) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) object;
                received.add(JSONObjectUtils.toJSONString(typed));
            } else {
                throw new Stop("credential", "invalid_response", "a credentials entry has no credential (§8.3)");
            }
        }
        return new Issuance.Received(configurationId, received);
    }

    /** Appendix F.1: a JWT over the issuer as audience, the time and the nonce, signed by the key the credential binds to. */
    String proof(JWK holderKey, String audience, Optional<String> nonce) {
        JWSHeader header = new JWSHeader.Builder(Keys.type(holderKey).algorithm())
                .type(new JOSEObjectType(PROOF_TYP))
                .jwk(holderKey.toPublicJWK())
                .build();
        // No iss: in the pre-authorised code flow with anonymous access the wallet has no client_id (F.1).
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().audience(audience).issueTime(Date.from(clock.instant()));
        nonce.ifPresent(n -> claims.claim("nonce", n));
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(Keys.signer(holderKey));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("cannot sign a key proof with this holder key: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** §12.2.2 and RFC 8414 §3.1: the well-known segment goes between the host and the path. */
    static URI wellKnown(String identifier, String name) {
        URI base = URI.create(identifier);
        String path = base.getRawPath() == null || base.getRawPath().equals("/") ? "" : base.getRawPath();
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/.well-known/" + name + path);
    }

    private URI endpoint(Map<String, Object> metadata, String name) {
        if (!(metadata.get(name) instanceof String url) || !url.startsWith("https://")) {
            throw new Stop("metadata", "invalid_metadata", name + " must be an https URL");
        }
        return URI.create(url);
    }

    private String get(String step, URI uri) {
        return send(step, HttpRequest.newBuilder(route.apply(uri)).header("Accept", "application/json").GET());
    }

    private String send(String step, HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Stop(step, "unreachable", "the issuer could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stop(step, "interrupted", "interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            // RFC 6749 §5.2 and OpenID4VCI §8.3.1: errors are JSON with error and error_description.
            String error = "http_" + response.statusCode();
            String description = response.body();
            try {
                Map<String, Object> body = JSONObjectUtils.parse(response.body());
                if (body.get("error") instanceof String code) {
                    error = code;
                    description = body.get("error_description") instanceof String words ? words : "";
                }
            } catch (ParseException e) {
                // Not an OAuth error body: keep the status and the text.
            }
            throw new Stop(step, error, description);
        }
        return response.body();
    }

    private static Map<String, Object> json(String step, String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw new Stop(step, "invalid_response", "not a JSON object: " + e.getMessage());
        }
    }

    private static String formBody(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** Unwinds the flow at the first refusal; never leaves this class. */
    private static final class Stop extends RuntimeException {
        final Issuance.Refused refused;

        Stop(String step, String error, String description) {
            super(error, null, false, false);
            this.refused = new Issuance.Refused(step, error, description);
        }
    }
}
