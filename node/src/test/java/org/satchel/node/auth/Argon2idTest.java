package org.satchel.node.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Argon2idTest {

    private static byte[] repeat(int value, int count) {
        byte[] bytes = new byte[count];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    @Test
    void argon2idMatchesRfc9106Vector() {
        // RFC 9106 §5.3: Argon2id, version 0x13, 32 KiB, 3 passes, 4 lanes, 32-byte tag.
        byte[] tag = PasswordHash.argon2id(repeat(0x01, 32), repeat(0x02, 16), 32, 3, 4, 32,
                repeat(0x03, 8), repeat(0x04, 12));
        assertArrayEquals(HexFormat.ofDelimiter(" ").parseHex(
                "0d 64 0d f5 8d 78 76 6c 08 c0 37 a3 4a 8b 53 c9 d0 1e f0 45 2d 75 b6 5e b5 25 20 e9 6b 01 e6 59"), tag);
    }

    @Test
    void phcStringMatchesTheReferenceImplementation() {
        // From the reference argon2 command line (Debian's argon2 0~20171227), run once by hand:
        //   echo -n "correct horse battery staple" | argon2 satchel-salt-16b -id -t 2 -k 19456 -p 1 -l 32 -e
        String reference = "$argon2id$v=19$m=19456,t=2,p=1$c2F0Y2hlbC1zYWx0LTE2Yg$8stEnUjvm6/AGKoKA/LSbachIShfu3bnMRsnNt1GzyA";
        PasswordHash ours = PasswordHash.of("correct horse battery staple", "satchel-salt-16b".getBytes(StandardCharsets.US_ASCII));
        assertEquals(reference, ours.phc());
    }

    @Test
    void phcStringFromTheReferenceImplementationVerifies() {
        // The reference argon2's own README parameters (64 MiB), for a PHC string we did not write:
        //   echo -n "password" | argon2 somesalt -id -t 2 -m 16 -p 1 -l 32 -e
        PasswordHash reference = PasswordHash.parse(
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc").orElseThrow();
        assertTrue(reference.matches("password"));
        assertFalse(reference.matches("Password"));
    }

    @Test
    void phcStringRoundTripsAndUsesOwaspMinimumParameters() {
        PasswordHash hash = PasswordHash.of("a long enough passphrase");
        String phc = hash.phc();
        assertTrue(phc.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), phc);
        assertEquals(16, hash.salt().length);
        assertEquals(hash, PasswordHash.parse(phc).orElseThrow());
        assertEquals(phc, PasswordHash.parse(phc).orElseThrow().phc());
        assertTrue(PasswordHash.parse(phc).orElseThrow().matches("a long enough passphrase"));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertNotEquals(PasswordHash.of("the same password").phc(), PasswordHash.of("the same password").phc());
    }

    @Test
    void malformedPhcStringsAreRefused() {
        String good = PasswordHash.of("a long enough passphrase").phc();
        for (String bad : new String[] {
                "",
                good.replace("$argon2id$", "$argon2i$"),
                good.replace("v=19", "v=16"),
                good.replace("m=19456", "m=99999999"),
                good.replace("t=2", "t=0"),
                good.replace("p=1", "p=0"),
                good + "=",
                good.substring(0, good.lastIndexOf('$')),
                "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$" + "A".repeat(43),    // a 4-byte salt
                "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPd", // trailing bits set
        }) {
            assertTrue(PasswordHash.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void passwordsAreComparedAfterNfkcNormalisation() {
        PasswordHash hash = PasswordHash.of("caf\u00e9 \uff11\uff12\uff13 pass");    // composed é, full-width digits
        assertTrue(hash.matches("cafe\u0301 123 pass"));                          // decomposed é, ASCII digits
        assertFalse(hash.matches("cafe 123 pass"));
    }

    @Test
    void toStringNeverShowsTheHash() {
        PasswordHash hash = PasswordHash.of("a long enough passphrase");
        String phc = hash.phc();
        String shown = hash.toString();
        assertFalse(shown.contains(phc.substring(phc.lastIndexOf('$') + 1)), shown);
    }
}
