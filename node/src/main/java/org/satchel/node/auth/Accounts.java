package org.satchel.node.auth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.satchel.node.access.Principal;

/**
 * A node's local sign-in accounts ({@code DIR/accounts.json}): a username, the principal it signs
 * in as, and an Argon2id hash of its password.
 */
public final class Accounts {
    /** The shortest password accepted, in characters. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;
    // NIST SP 800-63B §5.1.1.2 asks verifiers to allow at least 64; the ceiling only bounds the work.
    private static final int MAXIMUM_PASSWORD_LENGTH = 1024;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

    // One writer at a time in this process; accounts are added by hand, so two processes adding at
    // the same instant is not guarded against (the later write would drop the earlier account).
    private static final Object WRITE_LOCK = new Object();

    private final AccountsFile file;

    private Accounts(AccountsFile file) {
        this.file = file;
    }

    /** The accounts of the node whose data directory this is; the file is created by the first {@link #add}. */
    public static Accounts open(Path dataDirectory) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        if (!Files.isDirectory(dataDirectory)) {
            throw new IllegalArgumentException("no such data directory: " + dataDirectory);
        }
        return new Accounts(new AccountsFile(dataDirectory));
    }

    /** The outcome of adding an account: added, or refused with the reason in words. */
    public sealed interface Addition {
        /** The account now exists; the username as stored (lower case). */
        record Added(String username, Principal principal) implements Addition {}

        /** Nothing was changed. */
        record Refused(String reason) implements Addition {}
    }

    /** Adds an account; refuses an existing username, a malformed one, or a password too short or too long. */
    public Addition add(String username, Principal principal, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(password, "password");
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            return new Addition.Refused("a username is 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        // Counted as the hash sees it: characters (code points) after the normalisation PasswordHash applies.
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MINIMUM_PASSWORD_LENGTH) {
            return new Addition.Refused("a password has at least " + MINIMUM_PASSWORD_LENGTH + " characters; this one has " + length);
        }
        if (length > MAXIMUM_PASSWORD_LENGTH) {
            return new Addition.Refused("a password has at most " + MAXIMUM_PASSWORD_LENGTH + " characters");
        }
        // Hash outside the lock: it is the slow part, and needs nothing from the file.
        PasswordHash hash = PasswordHash.of(password);
        synchronized (WRITE_LOCK) {
            SortedMap<String, AccountsFile.Account> accounts = file.read();
            if (accounts.containsKey(name)) {
                return new Addition.Refused("there is already an account named '" + name + "'; it was left as it was");
            }
            accounts.put(name, new AccountsFile.Account(principal, hash));
            file.write(accounts);
        }
        return new Addition.Added(name, principal);
    }

    /**
     * The principal a username and password sign in as, if they match an account. An unknown user
     * costs the same Argon2id work as a wrong password, so the answer's timing does not tell
     * which usernames exist.
     */
    public Optional<Principal> authenticate(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        AccountsFile.Account account = file.read().get(normalise(username));
        PasswordHash expected = account != null ? account.password() : Dummy.HASH;
        boolean matches = expected.matches(password);
        return matches && account != null ? Optional.of(account.principal()) : Optional.empty();
    }

    private static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** A hash of a random password with the same parameters, made once, for the unknown-user path. */
    private static final class Dummy {
        static final PasswordHash HASH = PasswordHash.of(UUID.randomUUID().toString());
    }
}
