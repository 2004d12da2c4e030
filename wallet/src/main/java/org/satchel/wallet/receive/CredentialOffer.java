package org.satchel.wallet.receive;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential offer with a pre-authorised code (OpenID4VCI 1.0 §4.1.1): which issuer, which
 * credential configurations, the code, and whether a transaction code (a PIN sent to the learner
 * another way) must go with it.
 *
 * @param txCode the transaction code's description when one is required (§4.1.1 {@code tx_code})
 */
public record CredentialOffer(String credentialIssuer, List<String> configurationIds, String preAuthorizedCode,
        Optional<TxCode> txCode) {
    /** The grant type of the pre-authorised code flow (§4.1.1, §6.1). */
    public static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";
    /** The scheme §4.1 gives offers sent to a wallet without an endpoint of its own. */
    public static final String SCHEME = "openid-credential-offer";

    public CredentialOffer {
        Objects.requireNonNull(credentialIssuer, "credentialIssuer");
        configurationIds = List.copyOf(configurationIds);
        Objects.requireNonNull(preAuthorizedCode, "preAuthorizedCode");
        Objects.requireNonNull(txCode, "txCode");
    }

    /** What the wallet should ask the learner for (§4.1.1): digits or text, its length, and the issuer's words. */
    public record TxCode(String inputMode, Optional<Integer> length, Optional<String> description) {}

    /** Where an offer URI says the offer is: in the URI itself, or at a URL to fetch. */
    public sealed interface Location permits ByValue, ByReference {}

    public record ByValue(String json) implements Location {}

    public record ByReference(URI uri) implements Location {}

    /**
     * Reads an offer URI ({@code openid-credential-offer://?credential_offer=…} or
     * {@code …?credential_offer_uri=…}, §4.1.2 and §4.1.3; exactly one of the two).
     *
     * @throws IllegalArgumentException in words, if it is neither
     */
    public static Location locate(String offerUri) {
        URI uri;
        try {
            uri = URI.create(offerUri.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URI: " + e.getMessage(), e);
        }
        String query = uri.getRawQuery();
        if (query == null) {
            throw new IllegalArgumentException("the offer URI has no credential_offer or credential_offer_uri parameter");
        }
        String byValue = null;
        String byReference = null;
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (name.equals("credential_offer")) {
                byValue = value;
            } else if (name.equals("credential_offer_uri")) {
                byReference = value;
            }
        }
        if ((byValue == null) == (byReference == null)) {
            throw new IllegalArgumentException("an offer URI carries exactly one of credential_offer and credential_offer_uri (§4.1)");
        }
        if (byValue != null) {
            return new ByValue(byValue);
        }
        URI reference = URI.create(byReference);
        if (!"https".equals(reference.getScheme())) {
            throw new IllegalArgumentException("credential_offer_uri must be an https URL (§4.1.3), not " + byReference);
        }
        return new ByReference(reference);
    }

    /**
     * Reads the offer object (§4.1.1), keeping only what the pre-authorised code flow needs.
     *
     * @throws IllegalArgumentException in words, if it is not an offer this wallet can take up
     */
    public static CredentialOffer parse(String json) {
        Map<String, Object> offer;
        try {
            offer = JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("the credential offer is not a JSON object: " + e.getMessage(), e);
        }
        if (!(offer.get("credential_issuer") instanceof String issuer) || !issuer.startsWith("https://")) {
            throw new IllegalArgumentException("the offer's credential_issuer must be an https URL (§4.1.1, §12.2.1)");
        }
        List<String> ids = new ArrayList<>();
        if (offer.get("credential_configuration_ids") instanceof List<?> list) {
            list.forEach(id -> ids.add(String.valueOf(id)));
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("the offer names no credential_configuration_ids (§4.1.1)");
        }
        if (!(offer.get("grants") instanceof Map<?, ?> grants) || !(grants.get(PRE_AUTHORIZED_GRANT) instanceof Map<?, ?> grant)
                || !(grant.get("pre-authorized_code") instanceof String code)) {
            throw new IllegalArgumentException("the offer has no pre-authorised code grant; this wallet takes only those (§4.1.1)");
        }
        Optional<TxCode> txCode = Optional.empty();
        if (grant.get("tx_code") instanceof Map<?, ?> tx) {
            txCode = Optional.of(new TxCode(tx.get("input_mode") instanceof String mode ? mode : "numeric",
                    tx.get("length") instanceof Number n ? Optional.of(n.intValue()) : Optional.empty(),
                    tx.get("description") instanceof String words ? Optional.of(words) : Optional.empty()));
        }
        return new CredentialOffer(issuer, ids, code, txCode);
    }
}
