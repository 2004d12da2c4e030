package org.satchel.credentials.status.bitstring;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An issuer's status list for one purpose (Bitstring Status List §2.2): a bitstring of at least
 * 131,072 entries, indices handed out at random among the free ones, bits set and cleared as
 * credentials are revoked or suspended, and the unsigned {@code BitstringStatusListCredential}
 * that publishes it. Thread-safe; the node persists {@link #encodedList()} and
 * {@link #encodedAllocations()} and brings a list back with {@link #restore}.
 */
public final class BitstringStatusList {
    /**
     * §3.2 step 2 and §6.1: at least 131,072 entries (16 KB), so that one credential's bit hides
     * among many. Lists shorter than this are refused by verifiers.
     */
    public static final int MINIMUM_LENGTH = 131_072;
    // Random draws before falling back to picking uniformly among the free indices by rank.
    private static final int DRAWS = 64;

    private final StatusPurpose purpose;
    private final byte[] bits;
    private final byte[] allocated;
    private final SecureRandom random = new SecureRandom();
    private int allocatedCount;

    private BitstringStatusList(StatusPurpose purpose, byte[] bits, byte[] allocated) {
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.bits = bits;
        this.allocated = allocated;
        for (byte b : allocated) {
            allocatedCount += Integer.bitCount(b & 0xff);
        }
    }

    /** A new, empty list of {@link #MINIMUM_LENGTH} entries. */
    public static BitstringStatusList create(StatusPurpose purpose) {
        return create(purpose, MINIMUM_LENGTH);
    }

    /** A new, empty list of {@code length} entries: at least {@link #MINIMUM_LENGTH} and a multiple of 8. */
    public static BitstringStatusList create(StatusPurpose purpose, int length) {
        if (length < MINIMUM_LENGTH || length % 8 != 0 || length > Bitstrings.MAX_BYTES * 8L) {
            throw new IllegalArgumentException("a status list holds at least " + MINIMUM_LENGTH
                    + " entries (Bitstring Status List §3.2), a whole number of bytes, at most " + Bitstrings.MAX_BYTES * 8L + "; not " + length);
        }
        return new BitstringStatusList(purpose, new byte[length / 8], new byte[length / 8]);
    }

    /**
     * A list as it was saved: its {@link #encodedList()} and {@link #encodedAllocations()}. Every
     * set bit counts as allocated even if the allocations say otherwise.
     */
    public static BitstringStatusList restore(StatusPurpose purpose, String encodedList, String encodedAllocations) {
        byte[] bits = Bitstrings.decode(encodedList);
        byte[] allocated = Bitstrings.decode(encodedAllocations);
        if (bits.length != allocated.length || bits.length * 8L < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("the saved list and its allocations differ in length, or the list is shorter than "
                    + MINIMUM_LENGTH + " entries");
        }
        for (int i = 0; i < bits.length; i++) {
            allocated[i] |= bits[i];
        }
        return new BitstringStatusList(purpose, bits, allocated);
    }

    /** The purpose every entry of this list serves. */
    public StatusPurpose purpose() {
        return purpose;
    }

    /** The number of entries. */
    public int length() {
        return bits.length * 8;
    }

    /** How many indices are still free to allocate. */
    public synchronized int free() {
        return length() - allocatedCount;
    }

    /**
     * A fresh index, chosen uniformly at random among the free ones with a {@link SecureRandom}:
     * §2.1 asks that indices be random so that no one infers the order or size of issuance.
     *
     * @throws IllegalStateException if every index is taken (start a new list)
     */
    public synchronized int allocate() {
        int free = length() - allocatedCount;
        if (free == 0) {
            throw new IllegalStateException("every one of the " + length() + " indices of this " + purpose.value() + " list is taken");
        }
        int index = -1;
        for (int draw = 0; draw < DRAWS && index < 0; draw++) {
            int candidate = random.nextInt(length());
            if (!Bitstrings.bit(allocated, candidate)) {
                index = candidate;
            }
        }
        if (index < 0) {
            // Nearly full: rejection would take long, so pick the rank-th free index instead.
            int rank = random.nextInt(free);
            int octet = 0;
            for (int freeHere; rank >= (freeHere = 8 - Integer.bitCount(allocated[octet] & 0xff)); octet++) {
                rank -= freeHere;
            }
            for (int i = octet * 8; index < 0; i++) {
                if (!Bitstrings.bit(allocated, i) && rank-- == 0) {
                    index = i;
                }
            }
        }
        Bitstrings.bit(allocated, index, true);
        allocatedCount++;
        return index;
    }

    /** Allocates an index and returns the entry a new credential carries for it. */
    public BitstringStatusListEntry allocateEntry(URI listUrl) {
        return BitstringStatusListEntry.of(purpose, allocate(), listUrl);
    }

    /** Whether {@code index} has been handed out. */
    public synchronized boolean isAllocated(int index) {
        return Bitstrings.bit(allocated, checked(index));
    }

    /** The status bit at {@code index}: true if revoked (or suspended). */
    public synchronized boolean get(int index) {
        return Bitstrings.bit(bits, checked(index));
    }

    /** Sets the bit at {@code index}: the credential there is now revoked (or suspended). */
    public synchronized void set(int index) {
        Bitstrings.bit(bits, checked(index), true);
        if (!Bitstrings.bit(allocated, index)) {
            Bitstrings.bit(allocated, index, true);
            allocatedCount++;
        }
    }

    /**
     * Clears the bit at {@code index}, lifting a suspension.
     *
     * @throws IllegalStateException on a revocation list: §2.1 says revocation "is not reversible"
     */
    public synchronized void clear(int index) {
        if (purpose == StatusPurpose.REVOCATION) {
            throw new IllegalStateException("a revocation cannot be undone (Bitstring Status List §2.1); issue a new credential instead");
        }
        Bitstrings.bit(bits, checked(index), false);
    }

    /** The {@code encodedList}: multibase base64url of the GZIP-compressed bitstring (§2.2, §3.3). */
    public synchronized String encodedList() {
        return Bitstrings.encode(bits);
    }

    /** Which indices are taken, encoded like {@link #encodedList()}; private to the issuer, never published. */
    public synchronized String encodedAllocations() {
        return Bitstrings.encode(allocated);
    }

    /**
     * The unsigned {@code BitstringStatusListCredential} (§2.2) for publishing at {@code listUrl},
     * without {@code issuer}: the securing step adds it. Sign it as a {@code vc+jwt} with the key
     * that signs the credentials pointing here (§3.6: same mechanism, same parameters).
     *
     * @param validFrom when this snapshot of the list was made
     * @param validUntil when verifiers must stop using it (§7.2: keep it short)
     * @param ttl how long verifiers may cache it before fetching again, written in milliseconds
     */
    public Map<String, Object> credential(URI listUrl, Instant validFrom, Optional<Instant> validUntil, Optional<Duration> ttl) {
        Objects.requireNonNull(listUrl, "listUrl");
        Objects.requireNonNull(validFrom, "validFrom");
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", listUrl + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", encodedList());
        ttl.ifPresent(t -> subject.put("ttl", t.toMillis()));
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", listUrl.toString());
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("validFrom", validFrom.truncatedTo(ChronoUnit.SECONDS).toString());
        validUntil.ifPresent(until -> credential.put("validUntil", until.truncatedTo(ChronoUnit.SECONDS).toString()));
        credential.put("credentialSubject", subject);
        return credential;
    }

    private int checked(int index) {
        if (index < 0 || index >= length()) {
            throw new IndexOutOfBoundsException("index " + index + " is outside this list of " + length() + " entries");
        }
        return index;
    }
}
