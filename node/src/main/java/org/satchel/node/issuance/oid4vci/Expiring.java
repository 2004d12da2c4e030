package org.satchel.node.issuance.oid4vci;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A bounded map in memory whose entries lapse at their own time: the offers, codes, access tokens
 * and nonces of the issuance flow, which live minutes and are not worth a store. Lapsed entries
 * are swept on every insert; when the live ones reach the bound, a new one is refused rather than
 * an old one dropped (dropping would silently break a learner's flow under load). A restart
 * forgets everything, which only ends flows in progress: the wallet asks for a new offer.
 */
final class Expiring<V> {
    private record Entry<V>(V value, Instant expires) {}

    private final Clock clock;
    private final int bound;
    private final Map<String, Entry<V>> entries = new LinkedHashMap<>();

    Expiring(Clock clock, int bound) {
        this.clock = clock;
        this.bound = bound;
    }

    /** Adds {@code value} under {@code key} until {@code expires}; false when the map is full of live entries. */
    synchronized boolean put(String key, V value, Instant expires) {
        sweep();
        if (entries.size() >= bound && !entries.containsKey(key)) {
            return false;
        }
        entries.put(key, new Entry<>(value, expires));
        return true;
    }

    /** The live value under {@code key}. */
    synchronized Optional<V> get(String key) {
        Entry<V> e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(e.expires())) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(e.value());
    }

    /** Removes and returns the live value under {@code key}: what makes a code or nonce single use. */
    synchronized Optional<V> take(String key) {
        Optional<V> live = get(key);
        entries.remove(key);
        return live;
    }

    /** Replaces the live value under {@code key} (keeping its expiry) with what {@code change} makes of it. */
    synchronized Optional<V> update(String key, UnaryOperator<V> change) {
        Optional<V> live = get(key);
        live.ifPresent(v -> entries.put(key, new Entry<>(change.apply(v), entries.get(key).expires())));
        return live.map(v -> entries.get(key).value());
    }

    synchronized void remove(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        sweep();
        return entries.size();
    }

    /** Entries of one map share one lifetime, so insertion order is expiry order: stop at the first live one. */
    private void sweep() {
        Instant now = clock.instant();
        for (Iterator<Entry<V>> it = entries.values().iterator(); it.hasNext(); ) {
            if (now.isBefore(it.next().expires())) {
                return;
            }
            it.remove();
        }
    }
}
