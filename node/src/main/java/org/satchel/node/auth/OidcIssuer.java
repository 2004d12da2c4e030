package org.satchel.node.auth;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A school's OpenID Connect provider, trusted to sign in staff: its issuer identifier, where it
 * publishes its keys, the audience its tokens name for this node, and the claims that carry a
 * staff member's code and Satchel role(s).
 */
public record OidcIssuer(URI issuer, URI jwks, String audience, String staffCodeClaim, String rolesClaim) {
    /** The claim that carries the staff code ({@code T0008}) unless configured otherwise. */
    public static final String DEFAULT_STAFF_CODE_CLAIM = "staff_code";
    /** The claim that carries the Satchel role code(s) unless configured otherwise. */
    public static final String DEFAULT_ROLES_CLAIM = "satchel_roles";

    public OidcIssuer {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(jwks, "jwks");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(staffCodeClaim, "staffCodeClaim");
        Objects.requireNonNull(rolesClaim, "rolesClaim");
        // OpenID Connect Discovery §3: the issuer is an https URL; so must the keys be, or anyone
        // on the path could swap them. Plain http only on this machine's loopback.
        requireHttps("issuer", issuer);
        requireHttps("jwks", jwks);
        if (audience.isBlank() || staffCodeClaim.isBlank() || rolesClaim.isBlank()) {
            throw new IllegalArgumentException("an OpenID Connect issuer needs an audience and the names of its staff code and roles claims");
        }
    }

    /** A provider whose tokens carry {@value #DEFAULT_STAFF_CODE_CLAIM} and {@value #DEFAULT_ROLES_CLAIM}. */
    public static OidcIssuer of(URI issuer, URI jwks, String audience) {
        return new OidcIssuer(issuer, jwks, audience, DEFAULT_STAFF_CODE_CLAIM, DEFAULT_ROLES_CLAIM);
    }

    private static void requireHttps(String field, URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the OpenID Connect " + field + " must be an absolute URL, not '" + uri + "'");
        }
        if ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback(uri.getHost()))) {
            return;
        }
        throw new IllegalArgumentException("the OpenID Connect " + field + " must use https (plain http only on loopback), not '" + uri + "'");
    }

    private static boolean loopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        // Only literal addresses: resolving a name here would ask DNS at configuration time.
        if (!host.matches("[0-9.]+|\\[[0-9a-fA-F:]+\\]")) {
            return false;
        }
        try {
            return InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
