package org.satchel.credentials.dataintegrity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text in and out: parsing that refuses duplicate member names, pretty writing, and Jakarta
 * JSON values as plain Java maps, lists, strings, numbers, booleans and nulls in the issuer's order.
 */
final class JsonText {

    // RFC 8259 §4 leaves duplicate names to the parser; two readers of a signed credential that
    // kept different duplicates would see different claims under one signature, so refuse them.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of("org.eclipse.parsson.rejectDuplicateKeys", true));
    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private JsonText() {}

    /**
     * Parses one JSON object.
     *
     * @throws IllegalArgumentException with the parser's words if it is not one JSON object
     */
    static JsonObject parseObject(String json) {
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (!(value instanceof JsonObject object)) {
            throw new IllegalArgumentException("not a JSON object but a JSON " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return object;
    }

    /** The object as indented JSON text. */
    static String pretty(JsonObject object) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = PRETTY.createWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString().strip() + "\n";
    }

    /** The object as plain, unmodifiable Java maps and lists. */
    static Map<String, Object> toJava(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.forEach((key, value) -> map.put(key, value(value)));
        return Collections.unmodifiableMap(map);
    }

    static Object value(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> toJava((JsonObject) value);
            case ARRAY -> list((JsonArray) value);
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    private static List<Object> list(JsonArray array) {
        List<Object> list = new ArrayList<>(array.size());
        array.forEach(item -> list.add(value(item)));
        return Collections.unmodifiableList(list);
    }

    // Integers stay integers (Long when they fit); anything else keeps its exact decimal value.
    private static Number number(JsonNumber number) {
        if (number.isIntegral()) {
            BigDecimal exact = number.bigDecimalValue();
            try {
                return exact.longValueExact();
            } catch (ArithmeticException tooBig) {
                return exact.toBigIntegerExact();
            }
        }
        return number.bigDecimalValue();
    }
}
