package org.satchel.credentials.dataintegrity;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The vc-di-eddsa test vectors stored beside the tests (see vc-di-eddsa/SOURCES.md). */
final class Vectors {

    private Vectors() {}

    static String text(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("vc-di-eddsa/" + name)) {
            assertNotNull(in, "test vector " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonObject json(String name) {
        return Json.createReader(new StringReader(text(name))).readObject();
    }
}
