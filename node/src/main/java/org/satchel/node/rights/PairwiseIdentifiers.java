package org.satchel.node.rights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A learner's pseudonymous identifier for one relying party: HMAC-SHA256 under the node's own
 * secret ({@code DIR/keys/pairwise.key}, 32 random bytes made on first use, mode 0600) over the
 * relying party and the learner id, in base64url. Stable for one relying party, different for
 * two, and no use to anyone without the key, so two relying parties cannot join what they hold.
 */
public final class PairwiseIdentifiers {
    static final String FOLDER = "keys";
    static final String FILE = "pairwise.key";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;

    private PairwiseIdentifiers(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The identifiers of the node with this data directory; the key is made on first use and read thereafter. */
    public static PairwiseIdentifiers open(Path dataDirectory) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Path file = keyFile(dataDirectory);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length != KEY_BYTES) {
                throw new IllegalStateException(file + " must hold exactly " + KEY_BYTES + " bytes, the node's pairwise identifier key");
            }
            PairwiseIdentifiers identifiers = new PairwiseIdentifiers(bytes);
            Arrays.fill(bytes, (byte) 0);
            return identifiers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the node's pairwise identifier key " + file, e);
        }
    }

    static Path keyFile(Path dataDirectory) {
        return dataDirectory.resolve(FOLDER).resolve(FILE);
    }

    /**
     * The learner's identifier for {@code relyingParty} (its canonical name, such as the host name
     * {@code college.example}; compared exactly): 43 base64url characters.
     */
    public String identifier(String relyingParty, String learnerId) {
        Objects.requireNonNull(relyingParty, "relyingParty");
        Objects.requireNonNull(learnerId, "learnerId");
        if (relyingParty.isEmpty() || relyingParty.indexOf('\0') >= 0 || learnerId.isEmpty() || learnerId.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a relying party and a learner id are non-empty and hold no NUL character");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            // NUL is in neither part, so no two (relying party, learner) pairs give the same input.
            byte[] input = (relyingParty + '\0' + learnerId).getBytes(StandardCharsets.UTF_8);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(input));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute " + ALGORITHM, e);
        }
    }

    // As with the token key: the node and a command may both find no key and make one at once.
    // Each writes its own temporary file and hard-links it into place; link(2) refuses an existing
    // name, so exactly one key wins and no one reads a half-written file.
    private static void create(Path file) throws IOException {
        Path folder = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] folderMode = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
        FileAttribute<?>[] fileMode = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        Files.createDirectories(folder, folderMode);
        Path temporary = folder.resolve("." + FILE + "." + UUID.randomUUID() + ".tmp");
        byte[] secret = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(secret);
        try {
            Files.createFile(temporary, fileMode);
            Files.write(temporary, secret);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            // Another process made the key first; use theirs.
        } finally {
            Arrays.fill(secret, (byte) 0);
            Files.deleteIfExists(temporary);
        }
    }
}
