package org.satchel.credentials.sdjwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a claim sits in a credential, written with dots: {@code achievement.grade} is the
 * {@code grade} member of the {@code achievement} object, {@code examResult.0.grade} the
 * {@code grade} of the first element of the {@code examResult} array. A segment that is a decimal
 * number is an array index when its parent is an array (0-based, counting the array as issued) and
 * a member name when its parent is an object. Member names that contain a dot cannot be named.
 */
record ClaimPath(List<String> segments) {
    static final ClaimPath ROOT = new ClaimPath(List.of());

    ClaimPath {
        segments = List.copyOf(segments);
    }

    /**
     * Reads a dotted path.
     *
     * @throws IllegalArgumentException if it is empty or has an empty segment
     */
    static ClaimPath parse(String dotted) {
        Objects.requireNonNull(dotted, "path");
        if (dotted.isEmpty()) {
            throw new IllegalArgumentException("an empty path names no claim");
        }
        String[] parts = dotted.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("the path '" + dotted + "' has an empty segment");
            }
        }
        return new ClaimPath(List.of(parts));
    }

    ClaimPath child(String name) {
        List<String> longer = new ArrayList<>(segments);
        longer.add(name);
        return new ClaimPath(longer);
    }

    ClaimPath child(int index) {
        return child(Integer.toString(index));
    }

    /** Whether this path is {@code other} or an ancestor of it. */
    boolean contains(ClaimPath other) {
        return other.segments.size() >= segments.size() && other.segments.subList(0, segments.size()).equals(segments);
    }

    /** Whether this is a top-level claim. */
    boolean isTopLevel() {
        return segments.size() == 1;
    }

    @Override
    public String toString() {
        return String.join(".", segments);
    }
}
