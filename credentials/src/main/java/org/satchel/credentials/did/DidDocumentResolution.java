package org.satchel.credentials.did;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of resolving a DID to its document: the document, or a refusal saying in words why
 * (a host not in the federation, nothing served, a document that is not for this DID).
 */
public sealed interface DidDocumentResolution permits DidDocumentResolution.Resolved, DidDocumentResolution.Refused {

    /** The DID document, checked against the DID that was resolved. */
    record Resolved(DidDocument document) implements DidDocumentResolution {
        public Resolved {
            Objects.requireNonNull(document, "document");
        }
    }

    /** No document: {@code reason} says why, for logs and for the verifier's problem message. */
    record Refused(String did, String reason) implements DidDocumentResolution {
        public Refused {
            Objects.requireNonNull(did, "did");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The document, if resolved. */
    default Optional<DidDocument> found() {
        return this instanceof Resolved resolved ? Optional.of(resolved.document()) : Optional.empty();
    }
}
