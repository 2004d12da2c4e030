package org.satchel.node.vcapi;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;

/**
 * VC API request bodies as JSON-P values, the representation the credentials module signs and
 * verifies, so numbers and member order reach the signature exactly as sent. Duplicate member
 * names are refused: two readers keeping different duplicates would see different claims.
 */
final class RequestJson {
    private static final JsonReaderFactory READERS = jakarta.json.Json.createReaderFactory(
            Map.of("org.eclipse.parsson.rejectDuplicateKeys", true));

    private RequestJson() {}

    /** The body as one JSON object, or 400 malformed-request. */
    static JsonObject object(String body) {
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw malformed("the body is not JSON: " + e.getMessage());
        }
        if (!(value instanceof JsonObject object)) {
            throw malformed("the body must be a JSON object, not a JSON " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return object;
    }

    /**
     * Refuses members other than {@code allowed}: VC API §"Options" ("Implementations MUST throw
     * an error if an endpoint receives data, options, or option values that it does not understand").
     */
    static void onlyMembers(JsonObject object, Set<String> allowed, String what) {
        for (String name : object.keySet()) {
            if (!allowed.contains(name)) {
                throw malformed(what + " has a member '" + name + "' this endpoint does not understand; it takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** The options object of a request: absent is none; anything but an object is refused. */
    static JsonObject options(JsonObject request) {
        JsonValue options = request.get("options");
        if (options == null || options == JsonValue.NULL) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!(options instanceof JsonObject object)) {
            throw malformed("options must be a JSON object");
        }
        return object;
    }

    /**
     * Refuses an option this instance does not take, with the VC API's own problem type
     * (§"Error Handling": {@code https://www.w3.org/TR/vcalm#UNKNOWN_OPTION_PROVIDED}).
     */
    static void onlyOptions(JsonObject options, Set<String> allowed) {
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new ProblemException(ProblemType.UNKNOWN_OPTION_PROVIDED, "the option '" + name
                        + "' is not one this instance understands or allows; it takes " + String.join(", ", allowed.stream().sorted().toList()),
                        Map.of("errors", java.util.List.of(Map.of("type", VcApiProblems.UNKNOWN_OPTION_PROVIDED,
                                "title", "UNKNOWN_OPTION_PROVIDED", "detail", "unknown or prohibited option: " + name))));
            }
        }
    }

    /** A boolean option, false when absent. */
    static boolean flag(JsonObject options, String name) {
        JsonValue value = options.get(name);
        if (value == null) {
            return false;
        }
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw malformed("options." + name + " must be true or false");
        }
        return value == JsonValue.TRUE;
    }

    /** A string option, if present. */
    static Optional<String> text(JsonObject options, String name) {
        JsonValue value = options.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString s)) {
            throw malformed("options." + name + " must be a string");
        }
        return Optional.of(s.getString());
    }

    static ProblemException malformed(String detail) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, detail);
    }
}
