package org.satchel.credentials.dataintegrity;

import static org.satchel.credentials.verify.ProblemCode.MALFORMED;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.satchel.credentials.verify.Problem;

/** The date-time members of credentials and proofs, read as XML Schema dateTimeStamp values. */
final class Dates {

    private Dates() {}

    /** The member's instant if present; a problem if present but not a date-time. */
    static Optional<Instant> optional(JsonObject object, String name, String pointer, List<Problem> problems) {
        JsonValue value = object.get(name);
        if (value == null) {
            return Optional.empty();
        }
        Optional<Instant> instant = value instanceof JsonString s ? parse(s.getString()) : Optional.empty();
        if (instant.isEmpty()) {
            problems.add(new Problem(MALFORMED, name + " is not an XML Schema dateTimeStamp such as 2025-09-01T00:00:00Z: " + value, pointer));
        }
        return instant;
    }

    /**
     * An XML Schema dateTimeStamp ({@code 2025-09-01T08:30:00Z}, {@code …+01:00}). VC Data Integrity
     * 1.0 §2.1 lets a processor read a value without an offset as UTC, and so does this.
     */
    static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
