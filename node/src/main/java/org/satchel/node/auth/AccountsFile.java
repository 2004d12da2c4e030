package org.satchel.node.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.satchel.node.access.Principal;

/**
 * {@code DIR/accounts.json}: username to principal and PHC password hash. Read afresh on every
 * use, so an account added from the command line signs in on a running node; written whole to a
 * temporary file and moved into place, so a reader never sees half a file.
 */
final class AccountsFile {
    static final String NAME = "accounts.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One stored account. */
    record Account(Principal principal, PasswordHash password) {}

    private final Path file;

    AccountsFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(NAME);
    }

    Path path() {
        return file;
    }

    /** Every account by username; empty if the file does not exist yet. */
    SortedMap<String, Account> read() {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return new TreeMap<>();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (!(root instanceof ObjectNode accounts)) {
            throw new IllegalStateException(file + " is not a JSON object of accounts");
        }
        SortedMap<String, Account> result = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : accounts.properties()) {
            String username = entry.getKey();
            JsonNode account = entry.getValue();
            Principal principal = Principal.parse(account.path("principal").asText(""))
                    .orElseThrow(() -> new IllegalStateException(file + ": account '" + username + "' has no valid principal"));
            PasswordHash password = PasswordHash.parse(account.path("password").asText(""))
                    .orElseThrow(() -> new IllegalStateException(file + ": account '" + username + "' has no Argon2id password hash"));
            result.put(username, new Account(principal, password));
        }
        return result;
    }

    /** Replaces the file with these accounts, atomically, readable only by the node's owner. */
    void write(SortedMap<String, Account> accounts) {
        ObjectNode root = JSON.createObjectNode();
        accounts.forEach((username, account) -> root.putObject(username)
                .put("principal", account.principal().toString())
                .put("password", account.password().phc()));
        Path temporary = null;
        try {
            byte[] bytes = JSON.writeValueAsBytes(root);
            temporary = Files.createTempFile(file.getParent(), ".accounts-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.write(ByteBuffer.wrap(new byte[] {'\n'}));
                // Durable before it becomes visible: a crash after the move must not leave an empty file.
                channel.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // Only a leftover temporary file; the accounts file itself is whole either way.
                }
            }
        }
    }
}
