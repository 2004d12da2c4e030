package org.satchel.credentials.status.bitstring;

import java.util.Objects;

/** What one status entry's list says (Bitstring Status List §3.2): unset, set, or not known and why. */
public sealed interface EntryStatus permits EntryStatus.Unset, EntryStatus.Flagged, EntryStatus.Unavailable {

    /** The entry's bits are 0: §3.2 step 13, {@code valid} is true. */
    record Unset(BitstringStatusListEntry entry) implements EntryStatus {
        public Unset {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** The entry's bits are not 0 ({@code status} is their value): revoked or suspended, by the entry's purpose. */
    record Flagged(BitstringStatusListEntry entry, int status) implements EntryStatus {
        public Flagged {
            Objects.requireNonNull(entry, "entry");
        }
    }

    /** The status could not be determined: the spec's error and, in words, why. */
    record Unavailable(StatusListError error, String reason) implements EntryStatus {
        public Unavailable {
            Objects.requireNonNull(error, "error");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
