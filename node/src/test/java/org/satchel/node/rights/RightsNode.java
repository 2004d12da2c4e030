package org.satchel.node.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.satchel.node.access.Principal;
import org.satchel.node.store.SchoolFixture;
import org.satchel.node.store.StoreBackend;
import org.satchel.node.web.Json;
import org.satchel.node.web.NodeConfig;
import org.satchel.node.web.NodeServer;
import org.satchel.node.web.ProblemType;

/**
 * A real school node on one store back end (TDB2 in its data directory, or embedded Fuseki on
 * loopback), a small generated school loaded through its own store, and an HTTP client that
 * signs in as any principal with a fresh node token for each request.
 */
final class RightsNode implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-07-20T10:00:00Z");
    static final String JSON = "application/json";

    final StoreBackend backend;
    final NodeServer server;
    final SchoolFixture school;
    final SteppingClock clock;
    private final Runnable stopStore;
    private final HttpClient http = HttpClient.newHttpClient();

    private RightsNode(StoreBackend backend, NodeServer server, SchoolFixture school, SteppingClock clock, Runnable stopStore) {
        this.backend = backend;
        this.server = server;
        this.school = school;
        this.clock = clock;
        this.stopStore = stopStore;
    }

    static RightsNode start(StoreBackend backend, Path dir) {
        SteppingClock clock = new SteppingClock(NOW);
        NodeConfig config = NodeConfig.school("Oakfield", 0, dir.resolve("node"));
        Runnable stop = () -> {};
        if (backend == StoreBackend.FUSEKI) {
            FusekiServer fuseki = FusekiServer.create().loopback(true).port(0)
                    .add("/school", DatasetGraphFactory.createTxnMem()).build().start();
            config = config.withSparql("http://127.0.0.1:" + fuseki.getHttpPort() + "/school");
            stop = fuseki::stop;
        }
        NodeServer server = NodeServer.start(config, clock, List.of());
        // The node holds an embedded TDB2 store: load the school through it, not beside it.
        SchoolFixture school = SchoolFixture.load(server.parts().store(), 12, 1, 11);
        return new RightsNode(backend, server, school, clock, stop);
    }

    /** The node's today, as the gatekeeper reckons it. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
    }

    String learnerIri(String learner) {
        return server.parts().gate().learnerIri(learner);
    }

    HttpResponse<String> get(String principal, String purpose, String path) {
        return call("GET", principal, Optional.ofNullable(purpose), path, Optional.empty(), JSON);
    }

    HttpResponse<String> get(String principal, String purpose, String path, String accept) {
        return call("GET", principal, Optional.ofNullable(purpose), path, Optional.empty(), accept);
    }

    HttpResponse<String> send(String method, String principal, String purpose, String path, String json) {
        return call(method, principal, Optional.ofNullable(purpose), path, Optional.ofNullable(json), JSON);
    }

    /** A request as {@code principal} ({@code role:id}; empty: no token) for {@code purpose} (null: none). */
    HttpResponse<String> call(String method, String principal, Optional<String> purpose, String path, Optional<String> json, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept);
        if (!principal.isEmpty()) {
            b.header("Authorization", "Bearer " + server.parts().tokens().issue(Principal.parse(principal).orElseThrow()));
        }
        purpose.ifPresent(p -> b.header("Satchel-Purpose", p));
        b.method(method, json.map(j -> {
            b.header("Content-Type", "application/json");
            return HttpRequest.BodyPublishers.ofString(j);
        }).orElse(HttpRequest.BodyPublishers.noBody()));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return Json.tree(response.body());
    }

    /** Asserts the response is this problem, as problem+json, and returns its body. */
    static JsonNode assertProblem(ProblemType type, HttpResponse<String> response) {
        assertEquals(type.status(), response.statusCode(), response::body);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = json(response);
        assertEquals(type.type(), problem.get("type").asText(), response::body);
        return problem;
    }

    /** The learner's access log as the learner reads it over HTTP, newest first. */
    List<JsonNode> accessLog(String learner) {
        HttpResponse<String> response = get("learner:" + learner, null, "/learners/" + learner + "/access-log");
        assertEquals(200, response.statusCode(), response::body);
        List<JsonNode> events = new ArrayList<>();
        json(response).get("events").forEach(events::add);
        return events;
    }

    /** The event in the learner's log with this IRI. */
    JsonNode event(String learner, String iri) {
        return accessLog(learner).stream().filter(e -> e.get("id").asText().equals(iri)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + iri + " in the access log of " + learner));
    }

    @Override
    public void close() {
        server.close();
        stopStore.run();
    }
}
