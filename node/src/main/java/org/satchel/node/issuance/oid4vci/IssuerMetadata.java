package org.satchel.node.issuance.oid4vci;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;

/**
 * The node as credential issuer and as its own authorisation server: its identifier, endpoints and
 * metadata documents (OpenID4VCI 1.0 §12.2, §12.3; RFC 8414 §2), and the credential
 * configurations it offers, one per credential type and format.
 */
final class IssuerMetadata {
    /** §4.1.1, §6.1: the grant type of the pre-authorised code flow. */
    static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The most key proofs one credential request may carry: one credential per key (§12.2.4 batch_size, at least 2). */
    static final int BATCH_SIZE = 5;

    private final String identifier;
    private final String name;
    private final Map<String, OfferedConfiguration> configurations = new LinkedHashMap<>();

    /** One entry of {@code credential_configurations_supported}. */
    record OfferedConfiguration(CredentialType type, CredentialFormat format) {}

    /**
     * @param base  the node's base IRI, such as {@code https://oakfield.school.example/}; the issuer
     *              identifier is it without the trailing slash (§12.2.1: no query or fragment)
     * @param name  the school's name, for the wallet to show
     */
    IssuerMetadata(String base, String name, List<CredentialType> types) {
        URI uri = URI.create(base);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("a credential issuer identifier has no query or fragment (§12.2.1): " + base);
        }
        this.identifier = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.name = name;
        for (CredentialType type : types) {
            for (CredentialFormat format : CredentialFormat.values()) {
                if (type.formats().contains(format) && configurations.put(type.configurationId(format), new OfferedConfiguration(type, format)) != null) {
                    throw new IllegalArgumentException("two credential types share the id " + type.id());
                }
            }
        }
    }

    String identifier() {
        return identifier;
    }

    String endpoint(String path) {
        return identifier + path;
    }

    Optional<OfferedConfiguration> configuration(String id) {
        return Optional.ofNullable(configurations.get(id));
    }

    /**
     * §12.2.2 (and RFC 8414 §3.1 alike): the well-known segment goes between the host and the
     * identifier's path, so {@code https://host/tenant} has its metadata at
     * {@code /.well-known/openid-credential-issuer/tenant}.
     */
    String wellKnownPath(String name) {
        String path = URI.create(identifier).getRawPath();
        return "/.well-known/" + name + (path == null ? "" : path);
    }

    /** §12.2.4: the Credential Issuer Metadata. */
    Map<String, Object> issuer() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("credential_issuer", identifier);
        // authorization_servers is left out: this issuer is its own authorisation server (§12.2.4).
        m.put("credential_endpoint", endpoint("/credential"));
        m.put("nonce_endpoint", endpoint("/nonce"));
        m.put("batch_credential_issuance", Map.of("batch_size", BATCH_SIZE));
        m.put("display", List.of(Map.of("name", name, "locale", "en-GB")));
        Map<String, Object> supported = new LinkedHashMap<>();
        configurations.forEach((id, c) -> supported.put(id, configuration(c)));
        m.put("credential_configurations_supported", supported);
        return m;
    }

    /** RFC 8414 §2 with OpenID4VCI §12.3: only the pre-authorised code grant, anonymously. */
    Map<String, Object> authorizationServer() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("issuer", identifier);
        m.put("token_endpoint", endpoint("/token"));
        // §12.3: an AS with only the pre-authorised grant may leave out response_types_supported.
        m.put("grant_types_supported", List.of(PRE_AUTHORIZED_GRANT));
        m.put("pre-authorized_grant_anonymous_access_supported", true);
        return m;
    }

    private static Map<String, Object> configuration(OfferedConfiguration c) {
        CredentialType type = c.type();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", c.format().identifier());
        switch (c.format()) {
            // Appendix A.3.2: vct; A.1.1.2: credential_definition.type; A.1.2.2: with @context too.
            case DC_SD_JWT -> m.put("vct", type.vct());
            case JWT_VC_JSON -> m.put("credential_definition", Map.of("type", vcTypes(type)));
            case LDP_VC -> {
                List<String> contexts = new ArrayList<>(List.of(VC_V2_CONTEXT));
                contexts.addAll(type.contexts());
                Map<String, Object> definition = new LinkedHashMap<>();
                definition.put("@context", contexts);
                definition.put("type", vcTypes(type));
                m.put("credential_definition", definition);
            }
        }
        // The school signs with its Ed25519 issuer keys: EdDSA for the JOSE formats, eddsa-rdfc-2022 for Data Integrity.
        m.put("credential_signing_alg_values_supported", List.of(c.format() == CredentialFormat.LDP_VC ? "eddsa-rdfc-2022" : "EdDSA"));
        m.put("cryptographic_binding_methods_supported", List.of("jwk"));
        m.put("proof_types_supported", Map.of("jwt", Map.of("proof_signing_alg_values_supported", KeyProofs.ALGORITHMS)));
        m.put("credential_metadata", Map.of("display", List.of(Map.of("name", type.name(), "locale", "en-GB"))));
        return m;
    }

    private static List<String> vcTypes(CredentialType type) {
        List<String> types = new ArrayList<>(List.of("VerifiableCredential"));
        types.addAll(type.vcTypes());
        return types;
    }
}
