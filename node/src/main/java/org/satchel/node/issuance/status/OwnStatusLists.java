package org.satchel.node.issuance.status;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.satchel.credentials.status.bitstring.StatusPurpose;
import org.satchel.credentials.verify.StatusListSource;
import org.satchel.node.issuance.IssuerKeys;

/**
 * The school's own status lists, as a verifier on the node reads them: built from the register in
 * process, exactly as {@code GET /status/…} serves them, without a request to itself. Any other URL
 * is not this school's, and is not fetched (no status list comes from outside the federation).
 */
public final class OwnStatusLists implements StatusListSource {
    private static final Pattern PATH = Pattern.compile("status/(revocation|suspension|token)/(\\d{1,9})");

    private final String base;
    private final StatusLists lists;

    public OwnStatusLists(CredentialRegister register, String base, String did, IssuerKeys keys, Clock clock) {
        this.base = Objects.requireNonNull(base, "base");
        this.lists = new StatusLists(register, did, keys, clock);
    }

    @Override
    public Optional<String> fetch(URI uri) {
        String url = uri.toString();
        if (!url.startsWith(base)) {
            return Optional.empty();
        }
        Matcher m = PATH.matcher(url.substring(base.length()));
        if (!m.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case "revocation" -> lists.bitstring(StatusPurpose.REVOCATION, number);
            case "suspension" -> lists.bitstring(StatusPurpose.SUSPENSION, number);
            default -> lists.token(number);
        };
    }
}
