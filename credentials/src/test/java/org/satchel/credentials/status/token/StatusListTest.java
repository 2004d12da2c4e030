package org.satchel.credentials.status.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.Base64URL;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * The Token Status List against draft-ietf-oauth-status-list-20's own examples (§4.1, §4.2) and
 * test vectors (Appendix "Test vectors for Status List encoding"), byte for byte.
 */
class StatusListTest {
    private static final int LONG = 1 << 20; // "All examples are initialized with a size of 2^20 entries."

    @Test
    void oneBitExampleOfSection41EncodesByteForByte() {
        StatusList list = StatusList.create(16, 1);
        int[] statuses = {1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1};
        for (int i = 0; i < statuses.length; i++) {
            list = list.withStatus(i, statuses[i]);
        }
        assertArrayEquals(new byte[] {(byte) 0xB9, (byte) 0xA3}, list.bytes());
        assertEquals("eNrbuRgAAhcBXQ", list.encodedList());
        // §4.1: "compressed array (hex): 78dadbb918000217015d"
        assertEquals("78dadbb918000217015d", hex(new Base64URL(list.encodedList()).decode()));
        assertEquals(Map.of("bits", 1, "lst", "eNrbuRgAAhcBXQ"), list.toJson());
    }

    @Test
    void twoBitExampleOfSection41EncodesByteForByte() {
        StatusList list = StatusList.create(12, 2);
        int[] statuses = {1, 2, 0, 3, 0, 1, 0, 1, 1, 2, 3, 3};
        for (int i = 0; i < statuses.length; i++) {
            list = list.withStatus(i, statuses[i]);
        }
        assertArrayEquals(new byte[] {(byte) 0xC9, 0x44, (byte) 0xF9}, list.bytes());
        assertEquals("eNo76fITAAPfAgc", list.encodedList());
        assertEquals("78da3be9f2130003df0207", hex(new Base64URL(list.encodedList()).decode()));
    }

    @Test
    void section42ExamplesDecodeToTheirStatuses() {
        StatusList one = StatusList.decode(1, "eNrbuRgAAhcBXQ");
        assertEquals(16, one.size());
        assertEquals(1, one.status(0));
        assertEquals(0, one.status(1));
        assertEquals(1, one.status(15));
        StatusList two = StatusList.decode(2, "eNo76fITAAPfAgc");
        assertEquals(12, two.size());
        assertEquals(2, two.status(1));
        assertEquals(3, two.status(3));
        assertEquals(2, two.status(9));
    }

    @Test
    void oneBitTestVectorOf2To20EntriesEncodesByteForByte() {
        int[] revoked = {0, 1993, 25460, 159495, 495669, 554353, 645645, 723232, 854545, 934534, 1000345};
        StatusList list = StatusList.create(LONG, 1);
        for (int index : revoked) {
            list = list.withStatus(index, 1);
        }
        String lst = "eNrt3AENwCAMAEGogklACtKQPg9LugC9k_ACvreiogEAAKkeCQAAAAAAAAAAAAAAAAAAAIBylgQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                + "AAAAAAAAAAAAAAAAAAAXG9IAAAAAAAAAPwsJAAAAAAAAAAAAAAAvhsSAAAAAAAAAAAA7KpLAAAAAAAAAAAAAAAAAAAAAJsLCQAAAAAAAAAAADjelAAAAAA"
                + "AAAAAKjDMAQAAAACAZC8L2AEb";
        assertEquals(lst, list.encodedList());
        assertEquals(list, StatusList.decode(1, lst));
    }

    @Test
    void twoBitTestVectorOf2To20EntriesEncodesByteForByte() {
        int[][] statuses = {{0, 1}, {1993, 2}, {25460, 1}, {159495, 3}, {495669, 1}, {554353, 1}, {645645, 2},
            {723232, 1}, {854545, 1}, {934534, 2}, {1000345, 3}};
        StatusList list = StatusList.create(LONG, 2);
        for (int[] entry : statuses) {
            list = list.withStatus(entry[0], entry[1]);
        }
        String lst = "eNrt2zENACEQAEEuoaBABP5VIO01fCjIHTMStt9ovGVIAAAAAABAbiEB"
                + "A".repeat(41)
                + "EB5WwI"
                + "A".repeat(106)
                + "ID0ugQAAAAAAAAAAAAAAAAAQG12SgAAAAAAAAAAAAAAAAAAAAAAAAAAAOCSIQEAAAAAAAAAAAAAAAAAAAAAAAD8ExI"
                + "A".repeat(41)
                + "wJEuAQAAAAAAAAAAAAAAAAAAAAAAAMB9SwIAAAAAAAAAAAAAAAAAAACoYUoAAAAAAAAAAAAAAEBqH81gAQw";
        assertEquals(lst, list.encodedList());
        StatusList decoded = StatusList.decode(2, lst);
        assertEquals(LONG, decoded.size());
        for (int[] entry : statuses) {
            assertEquals(entry[1], decoded.status(entry[0]), "status[" + entry[0] + "]");
        }
    }

    @Test
    void fourBitTestVectorOf2To20EntriesEncodesByteForByte() {
        int[][] statuses = {{0, 1}, {1993, 2}, {35460, 3}, {459495, 4}, {595669, 5}, {754353, 6}, {845645, 7},
            {923232, 8}, {924445, 9}, {934534, 10}, {1004534, 11}, {1000345, 12}, {1030203, 13}, {1030204, 14},
            {1030205, 15}};
        StatusList list = StatusList.create(LONG, 4);
        for (int[] entry : statuses) {
            list = list.withStatus(entry[0], entry[1]);
        }
        String lst = "eNrt0EENgDAQADAIHwImkIIEJEwCUpCEBBQRHOy35Li1EjoOQGabAgAAAAAAAAAAAAAAAAAAACC1SQE"
                + "A".repeat(271)
                + "BADrsC"
                + "A".repeat(86)
                + "DoxaE"
                + "A".repeat(102)
                + "IIoCg"
                + "A".repeat(56)
                + "CArpwK"
                + "A".repeat(49)
                + "GhqVkAzlwIAAAAAiGVR"
                + "A".repeat(42)
                + "Bx3AoAgLpVAQAAAAAAAAAAAAAAwM89rwMAAAAAAAAAAAjsA9xMBMA";
        assertEquals(lst, list.encodedList());
        StatusList decoded = StatusList.decode(4, lst);
        for (int[] entry : statuses) {
            assertEquals(entry[1], decoded.status(entry[0]), "status[" + entry[0] + "]");
        }
    }

    @Test
    void defaultListHolds131072EntriesAllValidAndCompressesToAlmostNothing() {
        StatusList list = StatusList.create(2);
        assertEquals(131_072, list.size());
        assertEquals(0, list.status(131_071));
        assertTrue(list.encodedList().length() < 100, "an all-VALID list hides its size in a few bytes");
    }

    @Test
    void settingOneStatusLeavesItsNeighboursAlone() {
        StatusList list = StatusList.create(64, 2).withStatus(5, 3).withStatus(6, 1).withStatus(5, 2);
        assertEquals(0, list.status(4));
        assertEquals(2, list.status(5));
        assertEquals(1, list.status(6));
        assertEquals(0, list.status(7));
    }

    @Test
    void misuseIsRefusedInWords() {
        assertThrows(IllegalArgumentException.class, () -> StatusList.create(8, 3));
        assertThrows(IllegalArgumentException.class, () -> StatusList.create(8, 1).withStatus(0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> StatusList.create(8, 1).status(8));
        IllegalArgumentException notZlib = assertThrows(IllegalArgumentException.class,
                () -> StatusList.decode(1, Base64URL.encode(new byte[] {1, 2, 3, 4}).toString()));
        assertTrue(notZlib.getMessage().contains("ZLIB"), notZlib.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode(1, "not base64url!"));
        assertThrows(IllegalArgumentException.class, () -> StatusList.decode(1, "eNrbuRgAAh")); // truncated
    }

    @Test
    void aListThatInflatesBeyondTheLimitIsRefusedNotExpanded() {
        byte[] zeros = new byte[StatusList.MAX_INFLATED_BYTES + 1];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(zeros);
        deflater.finish();
        byte[] buffer = new byte[1 << 20];
        int n = deflater.deflate(buffer);
        deflater.end();
        String bomb = Base64URL.encode(Arrays.copyOf(buffer, n)).toString();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusList.decode(1, bomb));
        assertTrue(e.getMessage().contains("inflates past"), e.getMessage());
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
