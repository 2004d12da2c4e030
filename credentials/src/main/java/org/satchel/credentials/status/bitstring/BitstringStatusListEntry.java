package org.satchel.credentials.status.bitstring;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A credential's {@code credentialStatus} entry pointing into a status list (Bitstring Status
 * List §2.1): which list, which index, for what purpose.
 *
 * @param id the entry's own id (never the list's URL), if it has one
 * @param statusPurpose the purpose string; Satchel acts on {@code revocation} and {@code suspension}
 * @param statusListIndex the position in the list, from 0
 * @param statusListCredential the URL of the status list credential
 * @param statusSize bits per entry; 1 unless the entry says otherwise
 */
public record BitstringStatusListEntry(Optional<String> id, String statusPurpose, long statusListIndex,
                                       URI statusListCredential, int statusSize) {
    /** The {@code type} of every entry. */
    public static final String TYPE = "BitstringStatusListEntry";
    // §2.1: "an arbitrary size integer greater than or equal to 0, expressed as a string in base 10".
    private static final Pattern INDEX = Pattern.compile("[0-9]{1,18}");

    public BitstringStatusListEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statusPurpose, "statusPurpose");
        Objects.requireNonNull(statusListCredential, "statusListCredential");
        if (statusListIndex < 0) {
            throw new IllegalArgumentException("statusListIndex must be >= 0");
        }
        if (statusSize < 1 || statusSize > 16) {
            throw new IllegalArgumentException("statusSize must be between 1 and 16 bits, not " + statusSize);
        }
        if (!statusListCredential.isAbsolute()) {
            throw new IllegalArgumentException("statusListCredential must be an absolute URL: " + statusListCredential);
        }
        if (id.isPresent() && id.get().equals(statusListCredential.toString())) {
            throw new IllegalArgumentException("the entry's id must not be the status list's URL (§2.1)");
        }
    }

    /** The entry Satchel writes: one bit at {@code index} of the {@code purpose} list at {@code listUrl}, id {@code listUrl#index}. */
    public static BitstringStatusListEntry of(StatusPurpose purpose, int index, URI listUrl) {
        return new BitstringStatusListEntry(Optional.of(listUrl + "#" + index), purpose.value(), index, listUrl, 1);
    }

    /** The purpose, if it is one Satchel acts on. */
    public Optional<StatusPurpose> purpose() {
        return StatusPurpose.of(statusPurpose);
    }

    /** The entry as it goes into the credential's {@code credentialStatus}. */
    public Map<String, Object> toJsonObject() {
        Map<String, Object> json = new LinkedHashMap<>();
        id.ifPresent(value -> json.put("id", value));
        json.put("type", TYPE);
        json.put("statusPurpose", statusPurpose);
        json.put("statusListIndex", Long.toString(statusListIndex));
        json.put("statusListCredential", statusListCredential.toString());
        if (statusSize != 1) {
            json.put("statusSize", statusSize);
        }
        return json;
    }

    /**
     * Reads an entry from a credential (a JSON object whose {@code type} is {@value #TYPE}).
     *
     * @throws IllegalArgumentException naming the malformed property (the spec's MALFORMED_VALUE_ERROR)
     */
    public static BitstringStatusListEntry fromJsonObject(Map<String, ?> json) {
        if (!TYPE.equals(json.get("type"))) {
            throw new IllegalArgumentException("type must be " + TYPE);
        }
        if (!(json.get("statusPurpose") instanceof String purpose)) {
            throw new IllegalArgumentException("statusPurpose must be a string");
        }
        if (!(json.get("statusListIndex") instanceof String index) || !INDEX.matcher(index).matches()) {
            throw new IllegalArgumentException("statusListIndex must be a base-10 integer written as a string, not "
                    + json.get("statusListIndex"));
        }
        if (!(json.get("statusListCredential") instanceof String list)) {
            throw new IllegalArgumentException("statusListCredential must be a URL");
        }
        URI listUrl;
        try {
            listUrl = new URI(list);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("statusListCredential is not a URL: " + list, e);
        }
        Object size = json.get("statusSize");
        int statusSize = 1;
        if (size != null) {
            if (!(size instanceof Long || size instanceof Integer) || ((Number) size).longValue() < 1
                    || ((Number) size).longValue() > 16) {
                throw new IllegalArgumentException("statusSize must be an integer from 1 to 16, not " + size);
            }
            statusSize = ((Number) size).intValue();
        }
        Optional<String> id = json.get("id") instanceof String s ? Optional.of(s) : Optional.empty();
        return new BitstringStatusListEntry(id, purpose, Long.parseLong(index), listUrl, statusSize);
    }
}
