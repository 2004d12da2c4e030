package org.satchel.node.cli;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.satchel.credentials.keys.Keys;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reading the files commands are given, with errors that name the option and the file. */
final class CliFiles {
    private CliFiles() {}

    static String text(CommandSpec spec, String option, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), option + ": no such file: " + file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), option + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    static JWK key(CommandSpec spec, String option, Path file, boolean mustBePrivate) {
        JWK key;
        try {
            key = Keys.parse(text(spec, option, file));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + file + ": " + e.getMessage());
        }
        if (mustBePrivate && !key.isPrivate()) {
            throw new ParameterException(spec.commandLine(), option + ": " + file + " holds a public key; signing needs the private key");
        }
        return key;
    }
}
