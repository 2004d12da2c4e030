package org.satchel.node.cli;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code satchel keys}: signing keys as JWK files. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Generate signing keys and show their public halves.",
        subcommands = {KeysCommand.Generate.class, KeysCommand.Public.class})
final class KeysCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "say which: 'keys generate' or 'keys public'");
    }

    /** {@code satchel keys generate --type ed25519|p256 --out FILE}. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a new private key as a JWK, readable only by you (mode 0600). Never overwrites a file.")
    static final class Generate implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--type", required = true, paramLabel = "TYPE", converter = KeyTypeConverter.class,
                description = "ed25519 or p256.")
        KeyType type;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The private JWK file to create.")
        Path out;

        @Override
        public Integer call() throws IOException {
            JWK key = Keys.generate(type);
            try {
                Keys.writePrivate(key, out);
            } catch (FileAlreadyExistsException e) {
                throw new ParameterException(spec.commandLine(), "--out: " + out + " already exists; a key file is never overwritten");
            } catch (NoSuchFileException e) {
                throw new ParameterException(spec.commandLine(), "--out: the directory of " + out + " does not exist");
            }
            spec.commandLine().getOut().println("wrote a " + type.cliName() + " private key to " + out + " (kid " + key.getKeyID() + ")");
            return 0;
        }
    }

    /** {@code satchel keys public FILE}. */
    @Command(name = "public", mixinStandardHelpOptions = true, description = "Print the public JWK of a key file.")
    static final class Public implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A JWK file, private or public.")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "no such key file: " + file);
            }
            JWK key;
            try {
                key = Keys.read(file);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), file + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println(key.toPublicJWK().toJSONString());
            return 0;
        }
    }

    /** Reads {@code ed25519} or {@code p256}, and says which are allowed otherwise. */
    static final class KeyTypeConverter implements picocli.CommandLine.ITypeConverter<KeyType> {
        @Override
        public KeyType convert(String value) {
            for (KeyType type : KeyType.values()) {
                if (type.cliName().equals(value)) {
                    return type;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a key type; use ed25519 or p256");
        }
    }
}
