package org.satchel.node.issuance;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;

/**
 * The keys a school signs credentials with, in {@code DIR/keys/issuer/key-0001.jwk},
 * {@code key-0002.jwk}…: the highest number signs; the others are retired but stay in the
 * school's DID document, so that credentials they signed still verify. Rotating adds a key and
 * never removes one. Read from disk on every call, so a rotation by the command line reaches a
 * running node at once.
 */
public final class IssuerKeys {
    private static final Pattern FILE = Pattern.compile("key-(\\d{4})\\.jwk");

    private final Path dir;

    private IssuerKeys(Path dir) {
        this.dir = dir;
    }

    /** The issuer keys of the node whose data directory is {@code data}; the first is made if there is none. */
    public static IssuerKeys open(Path data) {
        IssuerKeys keys = new IssuerKeys(Objects.requireNonNull(data, "data").resolve("keys").resolve("issuer"));
        if (keys.numbered().isEmpty()) {
            keys.rotate();
        }
        return keys;
    }

    /** The key that signs now. */
    public JWK current() {
        return all().get(0);
    }

    /** Every key, the current first, then the retired ones, newest first. */
    public List<JWK> all() {
        List<JWK> keys = new ArrayList<>();
        for (Path file : numbered()) {
            try {
                keys.add(Keys.read(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the issuer key " + file, e);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("no issuer key in " + dir);
        }
        return keys;
    }

    /** Makes a new Ed25519 key the current one; the old ones are kept. Returns the new key. */
    public synchronized JWK rotate() {
        try {
            Files.createDirectories(dir);
            int next = numbered().stream().mapToInt(IssuerKeys::number).max().orElse(0) + 1;
            JWK key = Keys.generate(KeyType.ED25519);
            // Keys.writePrivate never overwrites: two rotations at once cannot lose a key.
            Keys.writePrivate(key, dir.resolve(String.format(Locale.ROOT, "key-%04d.jwk", next)));
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a new issuer key in " + dir, e);
        }
    }

    private List<Path> numbered() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> FILE.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(IssuerKeys::number).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static int number(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(file.toString());
        }
        return Integer.parseInt(m.group(1));
    }
}
