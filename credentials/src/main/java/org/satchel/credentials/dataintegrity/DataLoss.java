package org.satchel.credentials.dataintegrity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds what JSON-LD to RDF would silently drop from an expanded document: identifiers, types and
 * properties that are not absolute IRIs (VC Data Integrity 1.0 §2.4.3 "Securing Data Losslessly").
 * Undefined terms are caught earlier, by titanium's undefined-terms policy.
 */
final class DataLoss {

    // RFC 3986 §3.1: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then ':'.
    private static final Pattern ABSOLUTE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private DataLoss() {}

    /** A description of the first relative IRI in {@code @id} or {@code @type}, if any. */
    static Optional<String> firstRelativeIri(JsonValue expanded) {
        return switch (expanded.getValueType()) {
            case ARRAY -> first((JsonArray) expanded);
            case OBJECT -> inObject((JsonObject) expanded);
            default -> Optional.empty();
        };
    }

    private static Optional<String> first(JsonArray array) {
        for (JsonValue value : array) {
            Optional<String> found = firstRelativeIri(value);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inObject(JsonObject object) {
        boolean valueObject = object.containsKey("@value");
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String key = entry.getKey();
            JsonValue value = entry.getValue();
            if (key.equals("@id") || key.equals("@type")) {
                Optional<String> relative = relative(key, value, valueObject);
                if (relative.isPresent()) {
                    return relative;
                }
            } else if (!key.startsWith("@") && (key.startsWith("_:") || !ABSOLUTE.matcher(key).matches())) {
                // RDF has no relative or blank-node predicates, so the whole property would go.
                return Optional.of("the property '" + key + "' (not an absolute IRI)");
            } else if (!key.equals("@value")) {
                // A value's @value is a literal (a JSON literal keeps its JSON as is): nothing in
                // it becomes a node, so only the other members are searched.
                Optional<String> found = firstRelativeIri(value);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> relative(String key, JsonValue value, boolean valueObject) {
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                Optional<String> found = relative(key, item, valueObject);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            String iri = string.getString();
            // A value object's @type may be the keyword @json; a node's @id may be a blank node.
            if (iri.startsWith("_:") || iri.startsWith("@") || ABSOLUTE.matcher(iri).matches()) {
                return Optional.empty();
            }
            String what = key.equals("@id") ? "the identifier" : valueObject ? "the datatype" : "the type";
            return Optional.of(what + " '" + iri + "' (a relative URL)");
        }
        return Optional.empty();
    }
}
