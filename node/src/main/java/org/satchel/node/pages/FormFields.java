package org.satchel.node.pages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fields of an HTML form sent as {@code application/x-www-form-urlencoded} (HTML Living Standard §4.10.21.7). */
record FormFields(Map<String, List<String>> fields) {
    FormFields {
        fields = Map.copyOf(fields);
    }

    static FormFields parse(String body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new FormFields(fields);
    }

    /** The first value of a field, if it was sent. */
    Optional<String> first(String name) {
        return Optional.ofNullable(fields.get(name)).flatMap(v -> v.stream().findFirst());
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed escape is sent by no browser; the field is taken as written rather than refused.
            return s;
        }
    }
}
