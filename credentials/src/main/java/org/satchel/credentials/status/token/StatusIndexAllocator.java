package org.satchel.credentials.status.token;

import java.security.SecureRandom;
import java.util.BitSet;
import java.util.Collection;
import java.util.Objects;

/**
 * Hands out status list indices at random, never the same one twice (draft-ietf-oauth-status-list
 * §13.3 "MUST prevent any unintended double allocation"). Random rather than sequential so that an
 * index says nothing about when, or in what order, a learner's credential was issued (§12.5).
 * Thread-safe; the node persists what it hands out and restores it with {@link #restoring}.
 */
public final class StatusIndexAllocator {
    private static final int PROBES = 64;

    private final int size;
    private final BitSet used;
    private final SecureRandom random;
    private int free;

    /** An allocator for a list of {@code size} entries, none yet used. */
    public StatusIndexAllocator(int size) {
        this(size, new SecureRandom());
    }

    StatusIndexAllocator(int size, SecureRandom random) {
        if (size <= 0) {
            throw new IllegalArgumentException("a status list needs at least one entry, not " + size);
        }
        this.size = size;
        this.used = new BitSet(size);
        this.random = Objects.requireNonNull(random, "random");
        this.free = size;
    }

    /** An allocator for a list of {@code size} entries of which {@code used} are already handed out. */
    public static StatusIndexAllocator restoring(int size, Collection<Integer> used) {
        StatusIndexAllocator allocator = new StatusIndexAllocator(size);
        used.forEach(allocator::markUsed);
        return allocator;
    }

    /**
     * A free index chosen uniformly at random, now marked used.
     *
     * @throws IllegalStateException when every index is taken: the node must start a new list
     */
    public synchronized int allocate() {
        if (free == 0) {
            throw new IllegalStateException("all " + size + " status list entries are allocated; start a new list");
        }
        int index = -1;
        // Cheap while the list is sparse, which is the usual case.
        for (int probe = 0; probe < PROBES && index < 0; probe++) {
            int candidate = random.nextInt(size);
            if (!used.get(candidate)) {
                index = candidate;
            }
        }
        if (index < 0) {
            // Dense: pick the k-th free index, still uniform over what is left.
            int k = random.nextInt(free);
            index = used.nextClearBit(0);
            for (int i = 0; i < k; i++) {
                index = used.nextClearBit(index + 1);
            }
        }
        markUsed(index);
        return index;
    }

    /** Records that {@code index} is taken (restoring from storage). */
    public synchronized void markUsed(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " is outside the status list of " + size + " entries");
        }
        if (!used.get(index)) {
            used.set(index);
            free--;
        }
    }

    /** How many indices are still free. */
    public synchronized int free() {
        return free;
    }

    /** How many entries the list has. */
    public int size() {
        return size;
    }
}
