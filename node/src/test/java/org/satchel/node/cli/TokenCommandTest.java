package org.satchel.node.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;
import org.satchel.node.auth.Authentication;
import org.satchel.node.auth.Authenticator;
import org.satchel.node.auth.TokenAuthority;
import picocli.CommandLine;

/** {@code node token}, run directly: it is not registered under {@code satchel} yet. */
class TokenCommandTest {
    @TempDir Path dir;

    CliRun token(String... args) {
        return CliRun.of(new CommandLine(new NodeTokenCommand()), args);
    }

    @Test
    void tokenIsSignedWithTheNodeKeyAndAuthenticatesAsThePrincipal() throws Exception {
        CliRun run = token("--data", dir.toString(), "--as", "teacher:T0008", "--issuer", "https://oakfield.school.example/");
        assertEquals(0, run.exit(), run.err());
        String token = run.out().strip();
        assertEquals(1, run.out().lines().count());
        Path key = dir.resolve("keys/token-signing.jwk");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));

        // The running node opens the same key and accepts the token.
        TokenAuthority node = TokenAuthority.open(dir, "https://oakfield.school.example/");
        assertEquals(new Authentication.Authenticated(new Principal(Role.TEACHER, "T0008"), Authentication.VIA_NODE_TOKEN),
                Authenticator.of(node).authenticate(Optional.of("Bearer " + token)));
        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(node.keyId(), jwt.getHeader().getKeyID());
        assertEquals(600, (jwt.getJWTClaimsSet().getExpirationTime().getTime() - jwt.getJWTClaimsSet().getIssueTime().getTime()) / 1000);
    }

    @Test
    void keyIsReusedAndTheDefaultIssuerIsLocalhost() throws Exception {
        String first = token("--data", dir.toString(), "--as", "learner:1xrhkf7aq073k").out().strip();
        String before = Files.readString(dir.resolve("keys/token-signing.jwk"));
        CliRun second = token("--data", dir.toString(), "--as", "guardian:1xrhkf7aq073k-1", "--ttl", "1h30m");
        assertEquals(0, second.exit(), second.err());
        assertEquals(before, Files.readString(dir.resolve("keys/token-signing.jwk")));
        SignedJWT jwt = SignedJWT.parse(second.out().strip());
        assertEquals(SignedJWT.parse(first).getHeader().getKeyID(), jwt.getHeader().getKeyID());
        assertEquals(org.satchel.node.web.NodeConfig.DEFAULT_BASE, jwt.getJWTClaimsSet().getIssuer());
        assertEquals("guardian:1xrhkf7aq073k-1", jwt.getJWTClaimsSet().getSubject());
        assertEquals(5400, (jwt.getJWTClaimsSet().getExpirationTime().getTime() - jwt.getJWTClaimsSet().getIssueTime().getTime()) / 1000);
    }

    @Test
    void tokenLongerThanTwelveHoursIsRefusedInWordsAndNoKeyIsMade() {
        CliRun run = token("--data", dir.toString(), "--as", "teacher:T0008", "--ttl", "13h");
        assertEquals(2, run.exit());
        assertTrue(run.errLines().get(0).contains("--ttl: a node token lives from 1s to 12h, not 13h"), run.err());
        assertTrue(Files.notExists(dir.resolve("keys")));
        assertEquals(0, token("--data", dir.toString(), "--as", "teacher:T0008", "--ttl", "PT12H").exit());
    }

    @Test
    void badInputIsOneLineInWordsWithExitTwo() throws Exception {
        String[][] cases = {
                {"--as", "janitor:J1"}, {"is not ROLE:ID; the roles are teacher, senco"},
                {"--as", "teacher:T0008", "--ttl", "ten minutes"}, {"is not a duration; write it as 90s, 10m, 2h or 1h30m"},
                {"--as", "teacher:T0008", "--issuer", "oakfield"}, {"--issuer: the issuer must be the node's base URL"},
        };
        for (int i = 0; i < cases.length; i += 2) {
            String[] args = Stream.concat(Stream.of("--data", dir.toString()), Stream.of(cases[i])).toArray(String[]::new);
            CliRun run = token(args);
            assertEquals(2, run.exit(), run.err());
            assertTrue(run.errLines().get(0).contains(cases[i + 1][0]), run.err());
        }
        CliRun missing = token("--data", dir.resolve("absent").toString(), "--as", "teacher:T0008");
        assertEquals(2, missing.exit());
        assertTrue(missing.errLines().get(0).contains("--data: no such directory"), missing.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "a refused command changed the data directory");
        }
    }
}
