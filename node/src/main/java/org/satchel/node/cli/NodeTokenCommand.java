package org.satchel.node.cli;

import java.nio.file.Files;
import org.satchel.node.web.NodeConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.satchel.node.access.Principal;
import org.satchel.node.auth.TokenAuthority;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code satchel node token}: a bearer token for a principal, signed with the node's key. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = {"Print a bearer token for ROLE:ID, signed with the node's token key (DIR/keys/token-signing.jwk,",
                "made if absent). Reads only DIR/keys, never the store, so it works while the node runs."})
final class NodeTokenCommand implements Callable<Integer> {
    /** Where a running node writes the base IRI it signs tokens for, so this command needs no configuration. */
    static final String BASE_FILE = "base-iri";

    @Spec CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The node's data directory.")
    Path data;

    @Option(names = "--as", required = true, paramLabel = "ROLE:ID", converter = PrincipalConverter.class,
            description = "Who the token speaks for, e.g. teacher:T0008 or learner:1xrhkf7aq073k.")
    Principal subject;

    @Option(names = "--ttl", paramLabel = "DURATION", defaultValue = "10m", converter = LifetimeConverter.class,
            description = "How long the token lives: 90s, 10m, 2h or 1h30m; at most 12h (default: ${DEFAULT-VALUE}).")
    Duration lifetime;

    @Option(names = "--issuer", paramLabel = "URL",
            description = "The node's base IRI: the token's issuer and audience (default: what the node wrote to DIR/base-iri when it started, else "
                    + NodeConfig.DEFAULT_BASE + ").")
    String issuer;

    @Override
    public Integer call() {
        if (!Files.isDirectory(data)) {
            throw new ParameterException(spec.commandLine(), "--data: no such directory: " + data);
        }
        // Checked before the key is touched, so a refused command leaves DIR as it was.
        if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.compareTo(TokenAuthority.MAXIMUM_LIFETIME) > 0) {
            throw new ParameterException(spec.commandLine(), "--ttl: a node token lives from 1s to 12h, not "
                    + lifetime.toString().substring(2).toLowerCase(Locale.ROOT) + "; ask for a new one when it runs out");
        }
        if (issuer == null) {
            issuer = baseOf(data);
        }
        TokenAuthority authority;
        try {
            authority = TokenAuthority.open(data, issuer);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--issuer: " + e.getMessage());
        }
        spec.commandLine().getOut().println(authority.issue(subject, lifetime));
        return 0;
    }

    /** The base IRI the node in {@code data} last started with, or the default. */
    static String baseOf(Path data) {
        Path file = data.resolve(BASE_FILE);
        try {
            return Files.isRegularFile(file) ? Files.readString(file).trim() : NodeConfig.DEFAULT_BASE;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads {@code 90s}, {@code 10m}, {@code 2h}, {@code 1h30m}, or ISO 8601 {@code PT10M}. */
    static final class LifetimeConverter implements ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(?:(\\d{1,4})h)?(?:(\\d{1,5})m)?(?:(\\d{1,6})s)?");

        @Override
        public Duration convert(String value) {
            Matcher m = SHORT.matcher(value.toLowerCase(Locale.ROOT));
            if (!value.isEmpty() && m.matches()) {
                return Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
            }
            try {
                return Duration.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration; write it as 90s, 10m, 2h or 1h30m");
            }
        }

        private static long number(String digits) {
            return digits == null ? 0 : Long.parseLong(digits);
        }
    }
}
