package org.satchel.credentials.status.bitstring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {
    // Bitstring Status List v1.0 §2.2 and Appendix A.2: the encodedList of a revocation list.
    static final String SPEC_ENCODED_LIST = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";
    static final URI LIST = URI.create("https://school.example/status/revocation/1");

    @Test
    void specExampleEncodedListIsAnEmptyListOf131072Entries() {
        byte[] bitstring = Bitstrings.decode(SPEC_ENCODED_LIST);
        assertEquals(131_072, bitstring.length * 8);
        assertArrayEquals(new byte[16_384], bitstring);
    }

    @Test
    void emptyListEncodesToExactlyTheSpecsEncodedList() {
        BitstringStatusList list = BitstringStatusList.create(StatusPurpose.REVOCATION);
        assertEquals(BitstringStatusList.MINIMUM_LENGTH, list.length());
        assertEquals(SPEC_ENCODED_LIST, list.encodedList());
    }

    @Test
    void indexZeroIsTheLeftMostBitOfTheFirstByte() {
        // §2.2 encodedList and §7.1 "Bitstring Encoding": index 0 is the first byte's left-most bit,
        // index length-1 the last byte's right-most bit.
        BitstringStatusList list = BitstringStatusList.create(StatusPurpose.SUSPENSION);
        list.set(0);
        list.set(9);
        list.set(131_071);
        byte[] bitstring = Bitstrings.decode(list.encodedList());
        assertEquals((byte) 0x80, bitstring[0]);
        assertEquals((byte) 0x40, bitstring[1]);
        assertEquals((byte) 0x01, bitstring[16_383]);
        assertTrue(list.get(0) && list.get(9) && list.get(131_071));
        assertFalse(list.get(1) || list.get(8) || list.get(131_070));
    }

    @Test
    void setBitsSurviveEncodeAndRestore() {
        BitstringStatusList list = BitstringStatusList.create(StatusPurpose.SUSPENSION, 262_144);
        Set<Integer> set = Set.of(3, 4_095, 100_000, 262_143);
        set.forEach(list::set);
        int allocated = list.allocate();
        BitstringStatusList restored = BitstringStatusList.restore(StatusPurpose.SUSPENSION, list.encodedList(), list.encodedAllocations());
        assertEquals(262_144, restored.length());
        for (int i = 0; i < restored.length(); i++) {
            assertEquals(set.contains(i), restored.get(i), "bit " + i);
        }
        assertTrue(restored.isAllocated(allocated) && restored.isAllocated(4_095));
        assertEquals(list.free(), restored.free());
        restored.clear(100_000);
        assertFalse(restored.get(100_000), "a suspension is lifted by clearing its bit");
    }

    @Test
    void indicesAreRandomAndNeverHandedOutTwice() {
        BitstringStatusList list = BitstringStatusList.create(StatusPurpose.REVOCATION);
        Set<Integer> seen = new HashSet<>();
        int inFirstThousand = 0;
        for (int i = 0; i < 1_000; i++) {
            int index = list.allocate();
            assertTrue(seen.add(index), "index handed out twice: " + index);
            inFirstThousand += index < 1_000 ? 1 : 0;
        }
        // Sequential allocation would put all 1000 below 1000; random puts about 8 there.
        assertTrue(inFirstThousand < 50, inFirstThousand + " of 1000 indices in the first 1000 slots");
        assertEquals(list.length() - 1_000, list.free());
    }

    @Test
    void everyIndexIsAllocatedOnceBeforeTheListIsFull() {
        BitstringStatusList list = BitstringStatusList.create(StatusPurpose.SUSPENSION);
        boolean[] seen = new boolean[list.length()];
        for (int i = 0; i < list.length(); i++) {
            int index = list.allocate();
            assertFalse(seen[index], "index handed out twice: " + index);
            seen[index] = true;
        }
        assertEquals(0, list.free());
        IllegalStateException full = assertThrows(IllegalStateException.class, list::allocate);
        assertTrue(full.getMessage().contains("taken"), full.getMessage());
    }

    @Test
    void revocationCannotBeUndone() {
        BitstringStatusList list = BitstringStatusList.create(StatusPurpose.REVOCATION);
        list.set(42);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> list.clear(42));
        assertTrue(e.getMessage().contains("not reversible") || e.getMessage().contains("cannot be undone"), e.getMessage());
        assertTrue(list.get(42));
    }

    @Test
    void listsShorterThanTheSpecMinimumAreNotMade() {
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.create(StatusPurpose.REVOCATION, 131_064));
        assertThrows(IllegalArgumentException.class, () -> BitstringStatusList.create(StatusPurpose.REVOCATION, 131_073));
        assertThrows(IndexOutOfBoundsException.class, () -> BitstringStatusList.create(StatusPurpose.REVOCATION).set(131_072));
    }

    @Test
    void statusListCredentialHasTheShapeOfSection22() throws Exception {
        BitstringStatusList list = BitstringStatusList.create(StatusPurpose.REVOCATION);
        Map<String, Object> credential = JSONObjectUtils.parse(JSONObjectUtils.toJSONString(list.credential(LIST,
                Instant.parse("2026-01-01T00:00:00.123Z"), Optional.of(Instant.parse("2026-01-02T00:00:00Z")), Optional.of(Duration.ofMinutes(5)))));
        assertEquals(JSONObjectUtils.parse("""
                {"@context":["https://www.w3.org/ns/credentials/v2"],
                 "id":"https://school.example/status/revocation/1",
                 "type":["VerifiableCredential","BitstringStatusListCredential"],
                 "validFrom":"2026-01-01T00:00:00Z","validUntil":"2026-01-02T00:00:00Z",
                 "credentialSubject":{"id":"https://school.example/status/revocation/1#list","type":"BitstringStatusList",
                   "statusPurpose":"revocation","encodedList":"%s","ttl":300000}}
                """.formatted(SPEC_ENCODED_LIST)), credential);
    }

    @Test
    void entryIsWrittenAsSection21SaysWithItsIndexAsAString() throws Exception {
        BitstringStatusList list = BitstringStatusList.create(StatusPurpose.SUSPENSION);
        BitstringStatusListEntry entry = list.allocateEntry(LIST);
        assertTrue(list.isAllocated((int) entry.statusListIndex()));
        Map<String, Object> json = entry.toJsonObject();
        assertEquals(Map.of("id", LIST + "#" + entry.statusListIndex(), "type", "BitstringStatusListEntry",
                "statusPurpose", "suspension", "statusListIndex", Long.toString(entry.statusListIndex()),
                "statusListCredential", LIST.toString()), json);
        assertEquals(entry, BitstringStatusListEntry.fromJsonObject(json));
    }

    @Test
    void specExampleEntryIsRead() throws Exception {
        // §2.1, "Example StatusListCredential using simple entries", first entry.
        BitstringStatusListEntry entry = BitstringStatusListEntry.fromJsonObject(JSONObjectUtils.parse("""
                {"id":"https://example.com/credentials/status/3#94567","type":"BitstringStatusListEntry",
                 "statusPurpose":"revocation","statusListIndex":"94567",
                 "statusListCredential":"https://example.com/credentials/status/3"}"""));
        assertEquals(new BitstringStatusListEntry(Optional.of("https://example.com/credentials/status/3#94567"), "revocation", 94_567,
                URI.create("https://example.com/credentials/status/3"), 1), entry);
        assertEquals(Optional.of(StatusPurpose.REVOCATION), entry.purpose());
    }

    @Test
    void malformedEntriesAreRefusedNamingTheProperty() throws Exception {
        String good = "{\"type\":\"BitstringStatusListEntry\",\"statusPurpose\":\"revocation\",\"statusListIndex\":\"7\","
                + "\"statusListCredential\":\"https://example.com/status/3\"}";
        for (List<String> bad : List.of(List.of("\"7\"", "7", "statusListIndex"), List.of("\"7\"", "\"-7\"", "statusListIndex"),
                List.of("\"7\"", "\"0x7\"", "statusListIndex"), List.of("\"revocation\"", "1", "statusPurpose"),
                List.of("\"BitstringStatusListEntry\"", "\"StatusList2021Entry\"", "type"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BitstringStatusListEntry.fromJsonObject(JSONObjectUtils.parse(good.replace(bad.get(0), bad.get(1)))));
            assertTrue(e.getMessage().contains(bad.get(2)), e.getMessage());
        }
        IllegalArgumentException ownUrl = assertThrows(IllegalArgumentException.class, () -> BitstringStatusListEntry.fromJsonObject(
                JSONObjectUtils.parse(good.replace("{", "{\"id\":\"https://example.com/status/3\","))));
        assertTrue(ownUrl.getMessage().contains("must not be the status list's URL"), ownUrl.getMessage());
    }

    @Test
    void encodedListsThatAreNotMultibaseGzipOrExpandTooFarAreRefused() throws Exception {
        assertTrue(refusal(SPEC_ENCODED_LIST.substring(1)).contains("starting with 'u'"));
        assertTrue(refusal(SPEC_ENCODED_LIST + "==").contains("without padding"));
        assertTrue(refusal("u" + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[16])).contains("not GZIP"));
        assertTrue(refusal("u!!!").contains("not base64url"));
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bomb)) {
            gzip.write(new byte[Bitstrings.MAX_BYTES + 8]);
        }
        assertTrue(refusal("u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bomb.toByteArray())).contains("expands past"));
    }

    private static String refusal(String encodedList) {
        return assertThrows(IllegalArgumentException.class, () -> Bitstrings.decode(encodedList)).getMessage();
    }
}
