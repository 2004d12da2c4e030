package org.satchel.credentials.status.bitstring;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.satchel.credentials.verify.CredentialStatus;
import org.satchel.credentials.verify.Problem;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;

/**
 * The verifier's side of Bitstring Status List: §3.2 "Validate Algorithm" for one entry, and for a
 * whole credential's {@code credentialStatus}. Lists come from {@link VerificationPolicy#statusLists()}
 * and are verified through a {@link StatusListCredentialVerifier}; nothing is fetched otherwise.
 */
public final class BitstringStatusCheck {

    private BitstringStatusCheck() {
    }

    /**
     * The status of every {@code BitstringStatusListEntry} in {@code credential}'s
     * {@code credentialStatus} (an object or an array). Entries of other types, and purposes other
     * than revocation and suspension, are ignored (vc-jose-cose §5.4: status mechanisms not understood
     * MUST be ignored). Each set bit is a REVOKED or SUSPENDED problem; each list that cannot be
     * used is STATUS_UNAVAILABLE, its message naming the spec's error.
     */
    public static StatusReport report(Map<String, ?> credential, VerificationPolicy policy, StatusListCredentialVerifier verifier) {
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(verifier, "verifier");
        Object status = credential.get("credentialStatus");
        if (status == null) {
            return new StatusReport(CredentialStatus.NONE, List.of());
        }
        List<?> entries = status instanceof List<?> list ? list : List.of(status);
        List<Problem> malformed = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        List<Map.Entry<String, BitstringStatusListEntry>> understood = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String path = status instanceof List<?> ? "credentialStatus[" + i + "]" : "credentialStatus";
            if (!(entries.get(i) instanceof Map<?, ?> json)) {
                // VC DM 2.0 §4.10: each credentialStatus value is an object with a type.
                malformed.add(new Problem(ProblemCode.MALFORMED, "credentialStatus must hold objects", path));
                continue;
            }
            if (!BitstringStatusListEntry.TYPE.equals(json.get("type"))) {
                continue;
            }
            try {
                @SuppressWarnings("unchecked")
                BitstringStatusListEntry entry = BitstringStatusListEntry.fromJsonObject((Map<String, ?>) json);
                if (entry.purpose().isPresent()) {
                    understood.add(Map.entry(path, entry));
                }
            } catch (IllegalArgumentException e) {
                unreadable.add(new Problem(ProblemCode.STATUS_UNAVAILABLE, "status unavailable: "
                        + StatusListError.MALFORMED_VALUE_ERROR + ": the status entry is malformed: " + e.getMessage(), path));
            }
        }
        if (understood.isEmpty() && unreadable.isEmpty()) {
            return new StatusReport(CredentialStatus.NONE, malformed);
        }
        if (!policy.checkStatus()) {
            return new StatusReport(CredentialStatus.NOT_CHECKED, malformed);
        }
        List<Problem> problems = new ArrayList<>(malformed);
        problems.addAll(unreadable);
        Map<URI, Object> lists = new HashMap<>();
        for (Map.Entry<String, BitstringStatusListEntry> item : understood) {
            EntryStatus result = check(item.getValue(), policy, verifier, lists);
            problem(result).ifPresent(message -> problems.add(new Problem(code(result), message, item.getKey())));
        }
        return new StatusReport(CredentialStatus.ACTIVE, problems);
    }

    /** §3.2 for one entry: fetch, verify, match the purpose, expand, check the length, read the bits. */
    public static EntryStatus check(BitstringStatusListEntry entry, VerificationPolicy policy, StatusListCredentialVerifier verifier) {
        return check(entry, policy, verifier, new HashMap<>());
    }

    // A list is fetched and verified once per report, even when several entries point into it
    // (spec Appendix A.4); the cache holds a verified list's claims or the Unavailable it gave.
    private static EntryStatus check(BitstringStatusListEntry entry, VerificationPolicy policy,
                                     StatusListCredentialVerifier verifier, Map<URI, Object> lists) {
        URI url = entry.statusListCredential();
        Object list = lists.computeIfAbsent(url, u -> fetchAndVerify(u, policy, verifier));
        if (list instanceof EntryStatus.Unavailable unavailable) {
            return unavailable;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> claims = (Map<String, Object>) list;
        Map<?, ?> subject = subject(claims);
        // §3.2 step 5: the entry's purpose must be one of the list's (a list may serve several).
        Object purposes = subject.get("statusPurpose");
        List<?> listPurposes = purposes instanceof List<?> many ? many : List.of(String.valueOf(purposes));
        if (!listPurposes.contains(entry.statusPurpose())) {
            return new EntryStatus.Unavailable(StatusListError.STATUS_VERIFICATION_ERROR, "the status list at " + url
                    + " is for " + listPurposes.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + ", not for " + entry.statusPurpose() + ", as the credential's entry says: purpose mismatch");
        }
        if (!(subject.get("encodedList") instanceof String encoded)) {
            return new EntryStatus.Unavailable(StatusListError.MALFORMED_VALUE_ERROR, "the status list at " + url + " has no encodedList");
        }
        byte[] bitstring;
        try {
            bitstring = Bitstrings.decode(encoded);
        } catch (IllegalArgumentException e) {
            return new EntryStatus.Unavailable(StatusListError.MALFORMED_VALUE_ERROR, "the status list at " + url + ": " + e.getMessage());
        }
        long length = bitstring.length * 8L;
        long entries = length / entry.statusSize();
        if (entries < BitstringStatusList.MINIMUM_LENGTH) {
            return new EntryStatus.Unavailable(StatusListError.STATUS_LIST_LENGTH_ERROR, "the status list at " + url + " has "
                    + entries + " entries, fewer than the " + BitstringStatusList.MINIMUM_LENGTH
                    + " Bitstring Status List §3.2 requires so that one credential hides among many: list too short");
        }
        long first = entry.statusListIndex() * entry.statusSize();
        if (entry.statusListIndex() >= entries) {
            return new EntryStatus.Unavailable(StatusListError.RANGE_ERROR, "index " + entry.statusListIndex()
                    + " lies outside the status list at " + url + " of " + entries + " entries");
        }
        int status = 0;
        for (int bit = 0; bit < entry.statusSize(); bit++) {
            status = (status << 1) | (Bitstrings.bit(bitstring, first + bit) ? 1 : 0);
        }
        return status == 0 ? new EntryStatus.Unset(entry) : new EntryStatus.Flagged(entry, status);
    }

    private static Object fetchAndVerify(URI url, VerificationPolicy policy, StatusListCredentialVerifier verifier) {
        Optional<String> served = policy.statusLists().fetch(url);
        if (served.isEmpty()) {
            return new EntryStatus.Unavailable(StatusListError.STATUS_RETRIEVAL_ERROR, "the status list at " + url + " could not be retrieved");
        }
        // The list's own status is never consulted: that would be a loop, and the spec asks for none.
        Verification verified = verifier.verify(served.get(), withoutStatus(policy));
        if (verified instanceof Verification.Invalid invalid) {
            String why = invalid.problems().stream().map(Problem::describe).collect(Collectors.joining("; "));
            return new EntryStatus.Unavailable(StatusListError.STATUS_VERIFICATION_ERROR,
                    "the status list credential at " + url + " does not verify: " + why);
        }
        Map<String, Object> claims = ((Verification.Valid) verified).claims();
        // §2.1 statusListCredential: what it dereferences to MUST have type BitstringStatusListCredential.
        Object type = claims.get("type");
        if (!(type instanceof List<?> types ? types.contains("BitstringStatusListCredential") : "BitstringStatusListCredential".equals(type))) {
            return new EntryStatus.Unavailable(StatusListError.STATUS_VERIFICATION_ERROR,
                    "the credential at " + url + " is not a BitstringStatusListCredential");
        }
        // §2.2 id: the list MAY carry the URL it is published at; if it names another, it is a list
        // for other credentials served in this one's place, and its bits say nothing about ours.
        if (claims.containsKey("id") && !url.toString().equals(claims.get("id"))) {
            return new EntryStatus.Unavailable(StatusListError.STATUS_VERIFICATION_ERROR,
                    "the status list served for " + url + " says it is " + claims.get("id"));
        }
        Map<?, ?> subject = subject(claims);
        if (!"BitstringStatusList".equals(subject.get("type"))) {
            return new EntryStatus.Unavailable(StatusListError.STATUS_VERIFICATION_ERROR,
                    "the credential at " + url + " has no credentialSubject of type BitstringStatusList (§2.2)");
        }
        return claims;
    }

    private static Map<?, ?> subject(Map<String, Object> claims) {
        return claims.get("credentialSubject") instanceof Map<?, ?> subject ? subject : Map.of();
    }

    private static Optional<String> problem(EntryStatus result) {
        return switch (result) {
            case EntryStatus.Unset unset -> Optional.empty();
            case EntryStatus.Flagged flagged -> Optional.of(flagged.entry().purpose().orElseThrow() == StatusPurpose.REVOCATION
                    ? "revoked: the status list at " + flagged.entry().statusListCredential() + " marks index "
                            + flagged.entry().statusListIndex() + " as revoked"
                    : "suspended: the status list at " + flagged.entry().statusListCredential() + " marks index "
                            + flagged.entry().statusListIndex() + " as suspended");
            case EntryStatus.Unavailable unavailable -> Optional.of("status unavailable: " + unavailable.error() + ": " + unavailable.reason());
        };
    }

    private static ProblemCode code(EntryStatus result) {
        return switch (result) {
            case EntryStatus.Flagged flagged -> flagged.entry().purpose().orElseThrow() == StatusPurpose.REVOCATION
                    ? ProblemCode.REVOKED : ProblemCode.SUSPENDED;
            case EntryStatus.Unset unset -> throw new IllegalStateException("an unset entry is no problem");
            case EntryStatus.Unavailable unavailable -> ProblemCode.STATUS_UNAVAILABLE;
        };
    }

    private static VerificationPolicy withoutStatus(VerificationPolicy policy) {
        return new VerificationPolicy(policy.trust(), policy.nonce(), policy.audience(), policy.clockSkew(),
                policy.keyBindingMaxAge(), false, policy.allowedAlgorithms(), policy.clock(), policy.statusLists());
    }
}
