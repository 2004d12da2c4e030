package org.satchel.node.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a principal stands to the learner whose data they ask for. Rules grant access through a
 * relationship, and the node works out which hold from the record itself.
 */
public enum Relationship {
    /** The learner themselves. */
    SELF,
    /** A guardian with parental responsibility whom no court order bars from information. */
    GUARDIAN_OF,
    /** A teacher who has taught or assessed the learner in their latest year on record. */
    TEACHES,
    /** An advocate the learner or a guardian delegated access to, for this purpose, now. */
    DELEGATED,
    /** A member of staff of the school the learner is on roll at. */
    ON_ROLL;

    /** The rules file's name for it: {@code guardian-of}, {@code on-roll}… */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Relationship> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
