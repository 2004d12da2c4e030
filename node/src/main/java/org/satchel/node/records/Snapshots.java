package org.satchel.node.records;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * The last few filtered records, least recently used first out, bounded by their total size in
 * triples. A key carries the store's generation, so any change to the records makes every
 * earlier entry unreachable; the rest of the key is everything the filtering depends on.
 */
final class Snapshots<V> {
    /** What a filtered record depends on: whose, which state of the store, which rules and consent, which part. */
    record Key(String learnerId, long generation, String permission, RecordQuery query) {
        Key {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(permission, "permission");
            Objects.requireNonNull(query, "query");
        }
    }

    private final long maxSize;
    private final ToLongFunction<V> size;
    private final LinkedHashMap<Key, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long total;

    Snapshots(long maxSize, ToLongFunction<V> size) {
        this.maxSize = maxSize;
        this.size = size;
    }

    synchronized V get(Key key) {
        return entries.get(key);
    }

    synchronized void put(Key key, V value) {
        long n = size.applyAsLong(value);
        if (n > maxSize) {
            return;
        }
        V old = entries.put(key, value);
        if (old != null) {
            total -= size.applyAsLong(old);
        }
        total += n;
        var it = entries.entrySet().iterator();
        while (total > maxSize && it.hasNext()) {
            Map.Entry<Key, V> eldest = it.next();
            total -= size.applyAsLong(eldest.getValue());
            it.remove();
        }
    }
}
