package org.satchel.node.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.helidon.webserver.http.HttpService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.io.FileUtils;
import org.satchel.node.access.Principal;
import org.satchel.node.auth.Accounts;
import org.satchel.node.store.SchoolFixture;
import org.satchel.node.web.NodeConfig;
import org.satchel.node.web.NodeServer;

/**
 * A running school node on port 0 over TDB2 in a temporary directory, loaded with a small
 * generated school, with sign-in accounts and a plain HTTP client that follows no redirects.
 */
final class SchoolNode implements AutoCloseable {
    static final String PASSWORD = "a long enough passphrase";

    final Path dir;
    final NodeServer server;
    final SchoolFixture school;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SchoolNode(Path dir, NodeServer server, SchoolFixture school) {
        this.dir = dir;
        this.server = server;
        this.school = school;
    }

    static SchoolNode start(int pupils) {
        return start(pupils, List.of());
    }

    static SchoolNode start(int pupils, List<Function<NodeServer.Parts, HttpService>> extra) {
        Path dir;
        try {
            dir = Files.createTempDirectory("satchel-pages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NodeServer server = NodeServer.start(NodeConfig.school("Oakfield", 0, dir), Clock.systemUTC(), extra);
        try {
            return new SchoolNode(dir, server, SchoolFixture.load(server.parts().store(), pupils, 1, 7));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Adds a sign-in account; returns its username. */
    String account(String username, Principal principal) {
        assertInstanceOf(Accounts.Addition.Added.class, Accounts.open(dir).add(username, principal, PASSWORD));
        return username;
    }

    String url(String path) {
        return server.url() + path;
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        headers.forEach(b::header);
        return send(b.build());
    }

    HttpResponse<String> signIn(String username, String password) {
        String form = Map.of("username", username, "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url("/sign-in")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Signs in and returns the session cookie as a {@code Cookie} header value. */
    String session(String username) {
        HttpResponse<String> res = signIn(username, PASSWORD);
        assertEquals(303, res.statusCode(), res.body());
        String setCookie = res.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** A bearer token for the API, as a script or another system would hold. */
    String bearer(Principal principal) {
        return "Bearer " + server.parts().tokens().issue(principal);
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.close();
        server.close();
        FileUtils.deleteQuietly(dir.toFile());
    }
}
