package org.satchel.credentials.multikey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultibaseTest {

    @Test
    void encodesThePublishedSignatureOfTheVcDiEddsaVector() {
        // vc-di-eddsa TestVectors/eddsa-rdfc-2022/sigHexDataInt.txt and sigBTC58DataInt.txt.
        byte[] signature = HexFormat.of().parseHex("4d8e53c2d5b3f2a7891753eb16ca993325bdb0d3cfc5be1093d0a18426f5ef85"
                + "78cadc0fd4b5f4dd0d1ce0aefd15ab120b7a894d0eb094ffda4e6553cd1ed50d");
        String published = "z2YwC8z3ap7yx1nZYCg4L3j3ApHsF8kgPdSb5xoS1VR7vPG3F561B52hYnQF9iseabecm3ijx4K1FBTQsCZahKZme";

        assertEquals(published, Multibase.encodeBase58Btc(signature));
        assertArrayEquals(signature, Multibase.decodeBase58Btc(published));
    }

    @Test
    void matchesTheBase58TestVectorsOfTheMultibaseSpecification() {
        // multiformats/multibase: README's example, and tests/basic.csv, leading_zero.csv, two_leading_zeros.csv.
        assertEquals("zUXE7GvtEk8XTXs1GF8HSGbVA9FCX9SEBPe", Multibase.encodeBase58Btc("Decentralize everything!!".getBytes(StandardCharsets.UTF_8)));
        assertEquals("zStV1DL6CwTryKyV", Multibase.encodeBase58Btc("hello world".getBytes(StandardCharsets.UTF_8)));
        assertEquals("z7paNL19xttacUY", Multibase.encodeBase58Btc("yes mani !".getBytes(StandardCharsets.UTF_8)));
        assertEquals("z17paNL19xttacUY", Multibase.encodeBase58Btc("\0yes mani !".getBytes(StandardCharsets.UTF_8)));
        assertEquals("z117paNL19xttacUY", Multibase.encodeBase58Btc("\0\0yes mani !".getBytes(StandardCharsets.UTF_8)));
        assertEquals("z", Multibase.encodeBase58Btc(new byte[0]));
        assertEquals("z111", Multibase.encodeBase58Btc(new byte[3]));
    }

    @Test
    void agreesWithCopperMultibaseOnRandomInputsWithLeadingZeros() {
        // copper-multibase (iron's dependency, test scope here) is the independent reference.
        Random random = new Random(20251125);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[1 + random.nextInt(80)];
            random.nextBytes(bytes);
            for (int z = 0; z < bytes.length && z < random.nextInt(4); z++) {
                bytes[z] = 0;
            }
            String ours = Multibase.encodeBase58Btc(bytes);
            assertEquals(com.apicatalog.multibase.Multibase.BASE_58_BTC.encode(bytes), ours);
            assertArrayEquals(bytes, Multibase.decodeBase58Btc(ours));
        }
    }

    @Test
    void refusesValuesWithoutTheHeaderOrOutsideTheAlphabet() {
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class, () -> Multibase.decodeBase58Btc("uAQID"));
        assertTrue(header.getMessage().contains("must start with 'z'"), header.getMessage());
        IllegalArgumentException alphabet = assertThrows(IllegalArgumentException.class, () -> Multibase.decodeBase58Btc("z0OIl"));
        assertTrue(alphabet.getMessage().contains("'0' is not in the base-58-btc alphabet"), alphabet.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Multibase.decodeBase58Btc(""));
        assertThrows(IllegalArgumentException.class, () -> Multibase.decodeBase58Btc("z" + "2".repeat(2000)));
    }
}
