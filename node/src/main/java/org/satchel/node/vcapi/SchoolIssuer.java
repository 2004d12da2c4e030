package org.satchel.node.vcapi;

import com.nimbusds.jose.jwk.JWK;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.satchel.credentials.dataintegrity.DataIntegrity;
import org.satchel.credentials.did.DidWeb;
import org.satchel.node.issuance.IssuerKeys;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * Signs a credential as the school: its issuer is the school's did:web (filled in when absent, as
 * the VC API's IssuerRequest says the issuer SHOULD be omitted), its key the current issuer key,
 * its proof Data Integrity {@code eddsa-rdfc-2022}. What VC Data Model 2.0 does not allow is
 * refused with words before anything is signed.
 */
final class SchoolIssuer {
    static final String BASE_CONTEXT = Envelope.BASE_CONTEXT;
    // XML Schema 1.1 Part 2 §3.4.28 dateTimeStamp: a dateTime whose time zone is required.
    private static final Pattern DATE_TIME_STAMP = Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

    private final String did;
    private final IssuerKeys keys;
    private final Clock clock;

    SchoolIssuer(String did, IssuerKeys keys, Clock clock) {
        this.did = did;
        this.keys = keys;
        this.clock = clock;
    }

    String did() {
        return did;
    }

    /** The credential signed by the school's current key. */
    JsonObject issue(JsonObject credential) {
        JsonObject withIssuer = credential.containsKey("issuer") ? credential : Json.createObjectBuilder(credential).add("issuer", did).build();
        check(withIssuer);
        JWK key = keys.current();
        try {
            return DataIntegrity.sign(withIssuer, key, DidWeb.verificationMethodId(did, key), clock.instant());
        } catch (IllegalArgumentException e) {
            // Undefined terms, relative URLs, unbundled contexts: JSON-LD would not sign what the JSON says.
            throw invalid(e.getMessage());
        }
    }

    /** VC Data Model 2.0 §4, the parts a signature cannot make right afterwards. */
    private void check(JsonObject credential) {
        JsonValue context = credential.get("@context");
        if (!(context instanceof JsonArray contexts) || contexts.isEmpty() || !contexts.stream().allMatch(c -> c instanceof JsonString)) {
            throw invalid("@context must be an array of context URLs (VC Data Model 2.0 §4.3)");
        }
        if (!contexts.getString(0).equals(BASE_CONTEXT)) {
            throw invalid("the first @context must be " + BASE_CONTEXT + ": this node issues VC Data Model 2.0 credentials (§4.3), not "
                    + contexts.getString(0));
        }
        JsonValue type = credential.get("type");
        if (!(type instanceof JsonArray types) || !types.stream().allMatch(t -> t instanceof JsonString)
                || !types.contains(Json.createValue("VerifiableCredential"))) {
            throw invalid("type must be an array of strings that includes VerifiableCredential (VC Data Model 2.0 §4.5)");
        }
        if (credential.containsKey("id") && !isUrl(credential.get("id"))) {
            throw invalid("id must be a single URL (VC Data Model 2.0 §4.4)");
        }
        Optional<String> issuer = issuerId(credential.get("issuer"));
        if (issuer.isEmpty()) {
            throw invalid("issuer must be a URL or an object with an id URL (VC Data Model 2.0 §4.7)");
        }
        if (!issuer.get().equals(did)) {
            throw invalid("this node issues only as the school, " + did + ", not as " + issuer.get());
        }
        JsonValue subject = credential.get("credentialSubject");
        boolean subjects = subject instanceof JsonObject one ? !one.isEmpty()
                : subject instanceof JsonArray many && !many.isEmpty() && many.stream().allMatch(s -> s instanceof JsonObject o && !o.isEmpty());
        if (!subjects) {
            throw invalid("credentialSubject must be an object, or an array of objects, making at least one claim (VC Data Model 2.0 §4.8)");
        }
        Optional<Instant> from = date(credential, "validFrom");
        Optional<Instant> until = date(credential, "validUntil");
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            throw invalid("validUntil " + until.get() + " is before validFrom " + from.get() + " (VC Data Model 2.0 §4.9)");
        }
        if (credential.containsKey("proof")) {
            // VC API "Issue Credential": an instance may refuse credentials that already carry proofs.
            throw invalid("the credential already has a proof; this node adds no proof to a proof set or chain");
        }
    }

    private static Optional<Instant> date(JsonObject credential, String name) {
        JsonValue value = credential.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof JsonString s && DATE_TIME_STAMP.matcher(s.getString()).matches()) {
            try {
                return Optional.of(OffsetDateTime.parse(s.getString()).toInstant());
            } catch (DateTimeParseException e) {
                // falls through to the refusal: matches the pattern but is no date (month 13, hour 25)
            }
        }
        throw invalid(name + " must be an XML Schema dateTimeStamp with a time zone, such as 2026-09-01T00:00:00Z (VC Data Model 2.0 §4.9), not "
                + value);
    }

    private static Optional<String> issuerId(JsonValue issuer) {
        JsonValue id = issuer instanceof JsonObject object ? object.get("id") : issuer;
        return isUrl(id) ? Optional.of(((JsonString) id).getString()) : Optional.empty();
    }

    private static boolean isUrl(JsonValue value) {
        if (!(value instanceof JsonString s)) {
            return false;
        }
        try {
            return new URI(s.getString()).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_CREDENTIAL, detail);
    }
}
