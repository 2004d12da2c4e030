package org.satchel.node.issuance.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets values in a JSON tree of maps and lists by dotted path ({@code credentialSubject.school.name};
 * a number indexes an array: {@code identifier.0.type}), making the objects and arrays on the way.
 */
final class JsonPaths {
    private JsonPaths() {
    }

    static void set(Map<String, Object> root, String path, Object value) {
        String[] steps = path.split("\\.");
        Object container = root;
        for (int i = 0; i < steps.length; i++) {
            boolean last = i == steps.length - 1;
            Object next = last ? value : (isIndex(steps[i + 1]) ? new ArrayList<>() : new LinkedHashMap<String, Object>());
            container = step(container, steps[i], next, last, path);
        }
    }

    /** Appends {@code item} to the array at {@code path}, made if missing. */
    static void append(Map<String, Object> root, String path, Map<String, Object> item) {
        String[] steps = path.split("\\.");
        Object container = root;
        for (int i = 0; i < steps.length; i++) {
            boolean last = i == steps.length - 1;
            Object next = last ? new ArrayList<>() : (isIndex(steps[i + 1]) ? new ArrayList<>() : new LinkedHashMap<String, Object>());
            container = step(container, steps[i], next, false, path);
        }
        list(container, path).add(item);
    }

    @SuppressWarnings("unchecked")
    private static Object step(Object container, String step, Object next, boolean replace, String path) {
        if (container instanceof Map<?, ?> map) {
            Map<String, Object> object = (Map<String, Object>) map;
            if (replace) {
                object.put(step, next);
                return next;
            }
            return object.computeIfAbsent(step, k -> next);
        }
        List<Object> array = list(container, path);
        int index = Integer.parseInt(step);
        while (array.size() <= index) {
            array.add(null);
        }
        if (replace || array.get(index) == null) {
            array.set(index, next);
        }
        return array.get(index);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object container, String path) {
        if (!(container instanceof List<?>)) {
            throw new IllegalStateException("the path " + path + " runs through a value that is not an array");
        }
        return (List<Object>) container;
    }

    private static boolean isIndex(String step) {
        return !step.isEmpty() && step.chars().allMatch(Character::isDigit);
    }

    /** A deep copy that nothing can change: the content is handed to signers and other threads. */
    @SuppressWarnings("unchecked")
    static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, frozen(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(list.stream().map(JsonPaths::frozen).toList());
        }
        return value;
    }
}
