package org.satchel.node.records;

import java.util.Objects;

/** Why an access was refused, in a code clients match on and in words for a person. */
public record Refusal(Reason reason, String words) {
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(words, "words");
    }

    /** The kinds of refusal; each has its own problem type on the wire. */
    public enum Reason {
        /** A purpose refused whoever asks and whatever the consent. */
        PROHIBITED_PURPOSE,
        /** No rule lets this principal do this, for this purpose, with this data. */
        NOT_PERMITTED,
        /** The learner declined sharing that the law does not require. */
        CONSENT_DECLINED,
        /** The purpose needs the learner to opt in, and they have not. */
        CONSENT_NOT_GIVEN
    }
}
