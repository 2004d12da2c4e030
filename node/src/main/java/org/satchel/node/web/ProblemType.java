package org.satchel.node.web;

import java.util.Locale;

/**
 * Every kind of error the node answers with, as RFC 9457 problem details: a stable {@code type}
 * URI per kind ({@code https://w3id.org/satchel/problems/{slug}}) that clients match on, the
 * HTTP status, and a short title. Members are never removed or renamed.
 */
public enum ProblemType {
    MISSING_PURPOSE(400, "Every read or write names its purpose"),
    UNKNOWN_PURPOSE(400, "Not a purpose from the controlled list"),
    PROHIBITED_PURPOSE(403, "A purpose refused whoever asks"),
    ACCESS_REFUSED(403, "The access rules do not allow this"),
    CONSENT_DECLINED(403, "The learner declined this sharing"),
    CONSENT_REQUIRED(403, "This sharing needs the learner to opt in"),
    UNAUTHENTICATED(401, "Sign in first"),
    INVALID_TOKEN(401, "The bearer token is not acceptable"),
    UNKNOWN_LEARNER(404, "No such learner on this node"),
    NOT_FOUND(404, "No such resource"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "No representation in an accepted media type"),
    CONFLICT(409, "Conflicts with the current state"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported request media type"),
    MALFORMED_REQUEST(400, "Malformed request"),
    INVALID_RECORD(422, "The record breaks the shapes"),
    RECORD_NOT_ACCEPTED(422, "Not a record this node can accept as sent"),
    INVALID_IMPORT(422, "The import has rejected rows"),
    INTERNAL_ERROR(500, "Internal error"),
    CREDENTIAL_NOT_OFFERED(422, "Not a credential this node can offer"),
    INVALID_CREDENTIAL(400, "Not a credential this node can issue"),
    UNKNOWN_OPTION_PROVIDED(400, "An option this instance does not understand or allow"),
    NOT_VERIFIED(400, "The credential did not verify"),
    NO_ISSUER_IDENTITY(409, "This node has no DID to issue as"),
    REASON_REQUIRED(400, "Say why: the learner reads the reason");

    public static final String BASE = "https://w3id.org/satchel/problems/";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The stable type URI. */
    public String type() {
        return BASE + slug();
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
