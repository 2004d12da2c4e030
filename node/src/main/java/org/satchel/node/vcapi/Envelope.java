package org.satchel.node.vcapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An enveloped credential or presentation (VC Data Model 2.0 §4.13): an object whose
 * {@code @context} includes the base context, whose {@code type} is
 * {@code EnvelopedVerifiableCredential} (or {@code …Presentation}), and whose {@code id} is a
 * {@code data:} URL (RFC 2397) holding the secured form in a media type this node verifies.
 */
record Envelope(String mediaType, String content) {
    static final String BASE_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    /** The media types of the enveloping formats the one verifier knows (vc-jose-cose §3.1.1, §3.1.2; SD-JWT VC). */
    static final Map<String, String> CREDENTIAL_MEDIA_TYPES = Map.of("application/vc+jwt", "VC-JOSE", "application/dc+sd-jwt", "SD-JWT VC");
    static final Map<String, String> PRESENTATION_MEDIA_TYPES = Map.of("application/vp+jwt", "VC-JOSE");

    /** Whether {@code value} says it is an envelope of this {@code type}, whatever else is wrong with it. */
    static boolean claims(JsonValue value, String type) {
        if (!(value instanceof JsonObject object)) {
            return false;
        }
        JsonValue types = object.get("type");
        return types instanceof JsonString s ? s.getString().equals(type)
                : types instanceof JsonArray array && array.contains(jakarta.json.Json.createValue(type));
    }

    /** The envelope's content, or a problem in words. */
    static Envelope open(JsonObject object, String type, Map<String, String> mediaTypes) {
        JsonValue context = object.get("@context");
        List<JsonValue> contexts = context instanceof JsonArray array ? array : context == null ? List.of() : List.of(context);
        if (!contexts.contains(jakarta.json.Json.createValue(BASE_CONTEXT))) {
            throw RequestJson.malformed("an " + type + " needs a @context that includes " + BASE_CONTEXT + " (VC Data Model 2.0 §4.13)");
        }
        if (!(object.get("type") instanceof JsonString t) || !t.getString().equals(type)) {
            throw RequestJson.malformed("the type of an enveloped credential or presentation must be " + type + " (VC Data Model 2.0 §4.13)");
        }
        if (!(object.get("id") instanceof JsonString id) || !id.getString().startsWith("data:")) {
            throw RequestJson.malformed("the id of an " + type + " must be a data: URL (RFC 2397) holding the secured form");
        }
        Envelope envelope = parse(id.getString()).orElseThrow(() -> RequestJson.malformed("the id is not a data: URL (RFC 2397): data:[media type][;base64],data"));
        if (!mediaTypes.containsKey(envelope.mediaType())) {
            throw RequestJson.malformed("an enveloped " + envelope.mediaType() + " is not a format this node verifies; it verifies "
                    + String.join(", ", mediaTypes.keySet().stream().sorted().toList()));
        }
        return envelope;
    }

    /** RFC 2397 §3: {@code data:[<mediatype>][;base64],<data>}, the data percent-encoded unless base64. */
    static Optional<Envelope> parse(String url) {
        int comma = url.indexOf(',');
        if (!url.startsWith("data:") || comma < 0) {
            return Optional.empty();
        }
        String header = url.substring("data:".length(), comma);
        String data = url.substring(comma + 1);
        boolean base64 = header.endsWith(";base64");
        String mediaType = (base64 ? header.substring(0, header.length() - ";base64".length()) : header).split(";", 2)[0].trim();
        try {
            String content = base64 ? new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8) : percentDecode(data);
            return Optional.of(new Envelope(mediaType.toLowerCase(java.util.Locale.ROOT), content));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // RFC 3986 §2.1 percent-encoding: '+' stays '+', unlike form encoding.
    private static String percentDecode(String data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%') {
                if (i + 2 >= bytes.length) {
                    throw new IllegalArgumentException("a '%' without two hex digits");
                }
                out.write(Integer.parseInt(new String(bytes, i + 1, 2, StandardCharsets.US_ASCII), 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
