package org.satchel.node.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import io.helidon.webserver.http.HttpService;
import org.apache.commons.io.FileUtils;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.satchel.node.access.Principal;
import org.satchel.node.store.SchoolFixture;
import org.satchel.node.store.StoreBackend;

/** A school node on a free loopback port over one of the two store back ends, with a generated school loaded, for HTTP tests. */
public final class RunningNode implements AutoCloseable {
    private final NodeServer server;
    private final Path dir;
    private final FusekiServer fuseki;
    private final SchoolFixture school;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningNode(NodeServer server, Path dir, FusekiServer fuseki, SchoolFixture school) {
        this.server = server;
        this.dir = dir;
        this.fuseki = fuseki;
        this.school = school;
    }

    public static RunningNode start(StoreBackend backend, int pupils, Clock clock, List<Function<NodeServer.Parts, HttpService>> extra) {
        try {
            Path dir = Files.createTempDirectory("satchel-node");
            NodeConfig config = NodeConfig.school("Oakfield Academy", 0, dir);
            FusekiServer fuseki = null;
            if (backend == StoreBackend.FUSEKI) {
                fuseki = FusekiServer.create().loopback(true).port(0).add("/school", DatasetGraphFactory.createTxnMem()).build().start();
                config = config.withSparql("http://127.0.0.1:" + fuseki.getHttpPort() + "/school");
            }
            NodeServer server = NodeServer.start(config, clock, extra);
            SchoolFixture school = SchoolFixture.load(server.parts().store(), pupils, 2, 11);
            return new RunningNode(server, dir, fuseki, school);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public NodeServer server() {
        return server;
    }

    public SchoolFixture school() {
        return school;
    }

    public Path dir() {
        return dir;
    }

    public String token(String principal) {
        return server.parts().tokens().issue(Principal.parse(principal).orElseThrow());
    }

    /** A request to {@code path} as {@code principal} (null for none) with {@code purpose} (null for none). */
    public HttpRequest.Builder request(String path, String principal, String purpose) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (principal != null) {
            b.header("Authorization", "Bearer " + token(principal));
        }
        if (purpose != null) {
            b.header("Satchel-Purpose", purpose);
        }
        return b;
    }

    /** The client, for a test that wants the body as bytes. */
    public HttpClient http() {
        return http;
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String principal, String purpose) {
        return send(request(path, principal, purpose).GET().build());
    }

    @Override
    public void close() {
        server.close();
        if (fuseki != null) {
            fuseki.stop();
        }
        FileUtils.deleteQuietly(dir.toFile());
    }
}
