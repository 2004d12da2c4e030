package org.satchel.credentials.dataintegrity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import org.satchel.vocab.jsonld.BundledContexts;

/**
 * Checks, before any JSON-LD processing, that every {@code @context} in a document is the URL of a
 * context Satchel bundles (VC Data Integrity 1.0 §2.4.1 "Validating Contexts": an application
 * approves the contexts, and so the meaning, of what it processes). Embedded context objects are
 * refused too: their terms could give the JSON a reading the signed RDF does not share. The
 * offline loader would refuse the same URLs during processing; this makes the answer early and
 * names where the context stands.
 */
final class Contexts {

    /** What was refused (a URL, or a description of a context that is not one) and its JSON pointer. */
    record Refusal(String context, String pointer) {
        /** In words, for an error message or a problem. */
        String describe() {
            return context + " (at " + (pointer.isEmpty() ? "/" : pointer) + ") is not a context bundled with Satchel,"
                    + " which never fetches JSON-LD contexts";
        }
    }

    private Contexts() {}

    /** The first {@code @context} value, at any depth, that is not a bundled context's URL. */
    static Optional<Refusal> firstUnbundled(JsonValue document) {
        return search(document, "");
    }

    private static Optional<Refusal> search(JsonValue value, String pointer) {
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<Refusal> found = search(array.get(i), pointer + "/" + i);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
                String child = pointer + "/" + escape(entry.getKey());
                Optional<Refusal> found = entry.getKey().equals("@context")
                        ? context(entry.getValue(), child)
                        : search(entry.getValue(), child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> context(JsonValue value, String pointer) {
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<Refusal> found = context(array.get(i), pointer + "/" + i);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value instanceof JsonString string) {
            return bundled(string.getString()) ? Optional.empty() : Optional.of(new Refusal(string.getString(), pointer));
        }
        String what = switch (value.getValueType()) {
            case OBJECT -> "an embedded context object";
            case NULL -> "a null context";
            default -> "a " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT) + " where a context URL belongs";
        };
        return Optional.of(new Refusal(what, pointer));
    }

    private static boolean bundled(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && BundledContexts.find(uri).isPresent();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // RFC 6901 §3: '~' and '/' in a member name are written '~0' and '~1'.
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
