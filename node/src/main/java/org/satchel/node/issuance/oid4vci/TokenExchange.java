package org.satchel.node.issuance.oid4vci;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Token Endpoint's work (RFC 6749 §4.1.3 and §5, OpenID4VCI 1.0 §6): a pre-authorised code and
 * its transaction code for an access token. Only the pre-authorised grant is served, anonymously
 * (§12.3 {@code pre-authorized_grant_anonymous_access_supported}).
 */
final class TokenExchange {
    private final Offers offers;
    private final AccessTokens tokens;

    TokenExchange(Offers offers, AccessTokens tokens) {
        this.offers = offers;
        this.tokens = tokens;
    }

    /** The Token Response body (RFC 6749 §5.1) for a form-encoded request body. */
    Map<String, Object> exchange(boolean formEncoded, String body) {
        if (!formEncoded) {
            throw OAuthError.badRequest("invalid_request", "a token request is application/x-www-form-urlencoded (RFC 6749 §4.1.3)");
        }
        Map<String, String> form = form(body);
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isEmpty()) {
            throw OAuthError.badRequest("invalid_request", "the token request names no grant_type");
        }
        if (!grantType.equals(IssuerMetadata.PRE_AUTHORIZED_GRANT)) {
            throw OAuthError.badRequest("unsupported_grant_type", "this authorization server serves only " + IssuerMetadata.PRE_AUTHORIZED_GRANT);
        }
        String code = form.get("pre-authorized_code");
        if (code == null || code.isEmpty()) {
            throw OAuthError.badRequest("invalid_request", "the pre-authorized_code parameter is missing (§6.1)");
        }
        Offers.Offer offer = switch (offers.redeem(code, Optional.ofNullable(form.get("tx_code")))) {
            case Offers.Redeemed r -> r.offer();
            case Offers.Refused r -> throw OAuthError.badRequest(r.error(), r.description());
        };
        String token = tokens.issue(offer).orElseThrow(() -> OAuthError.busy("too many wallets are being served; try again in a minute"));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("access_token", token);
        response.put("token_type", "Bearer");
        response.put("expires_in", AccessTokens.LIFETIME.toSeconds());
        return response;
    }

    /** RFC 6749 §3.2: parameters sent without a value are treated as omitted, and none may be sent twice. */
    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthError.badRequest("invalid_request", "the form body is not well-formed: " + e.getMessage());
            }
            if (value.isEmpty()) {
                continue;
            }
            if (form.put(name, value) != null) {
                throw OAuthError.badRequest("invalid_request", "the parameter " + name + " is sent more than once (RFC 6749 §3.2)");
            }
        }
        return form;
    }
}
