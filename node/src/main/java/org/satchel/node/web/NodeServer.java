package org.satchel.node.web;

import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.satchel.node.access.AccessPolicy;
import org.satchel.node.accesslog.AccessLog;
import org.satchel.node.accesslog.AccessLogService;
import org.satchel.node.auth.Authenticator;
import org.satchel.node.auth.OidcIssuer;
import org.satchel.node.auth.TokenAuthority;
import org.satchel.node.importer.ImportService;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.LearnerDirectory;
import org.satchel.node.records.LearnerRecords;
import org.satchel.node.records.RecordWriter;
import org.satchel.node.records.RecordsService;
import org.satchel.node.rights.RightsService;
import org.satchel.node.store.RecordStore;

/**
 * A running school node: assembles the store, the access rules, authentication and the HTTP
 * services from a {@link NodeConfig}, and owns them until {@link #close()}. The services do the
 * work; this class only wires them.
 */
public final class NodeServer implements AutoCloseable {
    private final WebServer server;
    private final RecordStore store;
    private final Parts parts;

    private NodeServer(WebServer server, RecordStore store, Parts parts) {
        this.server = server;
        this.store = store;
        this.parts = parts;
    }

    /** The parts services are built from, for services added by later capabilities (rights, pages, import). */
    public record Parts(NodeConfig config, RecordStore store, Gatekeeper gate, LearnerRecords records, RecordWriter writer,
            Callers callers, Metrics metrics, TokenAuthority tokens, AccessLogService accessLog) {}

    public static NodeServer start(NodeConfig config) {
        return start(config, Clock.systemUTC(), List.of());
    }

    /** Starts a node whose clock is {@code clock}, with extra services built from its parts. */
    public static NodeServer start(NodeConfig config, Clock clock, List<Function<Parts, HttpService>> extra) {
        try {
            Files.createDirectories(config.data());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the node's data directory " + config.data(), e);
        }
        RecordStore store = config.sparql().map(RecordStore::remote).orElseGet(() -> RecordStore.embedded(config.data().resolve("tdb2")));
        try {
            AccessPolicy policy = config.rules().map(AccessPolicy::load).orElseGet(AccessPolicy::standard);
            Gatekeeper gate = new Gatekeeper(config.base(), policy, new AccessLog(config.base()), clock);
            TokenAuthority tokens = TokenAuthority.open(config.data(), config.base(), clock);
            Authenticator authenticator = config.oidc()
                    .map(o -> Authenticator.of(tokens, OidcIssuer.of(URI.create(o.issuer()), URI.create(o.jwks()), o.audience())))
                    .orElseGet(() -> Authenticator.of(tokens));
            Callers callers = new Callers(authenticator);
            Metrics metrics = new Metrics();
            LearnerRecords records = new LearnerRecords(store, gate);
            RecordWriter writer = new RecordWriter(store, gate);
            AccessLogService accessLog = new AccessLogService(store, gate, callers);
            Parts parts = new Parts(config, store, gate, records, writer, callers, metrics, tokens, accessLog);
            org.satchel.node.issuance.Issuance issuance = org.satchel.node.issuance.Issuance.of(parts);
            List<HttpService> services = new ArrayList<>(List.of(new MetricsService(metrics), new BodyLimit(config.maxBodyBytes()),
                    new HealthService(store, config), new ImportService(store, gate, callers),
                    new OpenApiService(), new RecordsService(records, writer, new LearnerDirectory(store, gate), callers, metrics),
                    accessLog, new RightsService(parts, issuance.followUp()), new org.satchel.node.pages.PagesService(parts, issuance.choices())));
            services.addAll(issuance.services());
            // Extra services come before the node's own (after the metrics and the body limit), so that one can stand in for a route.
            List<HttpService> extras = extra.stream().map(f -> f.apply(parts)).toList();
            services.addAll(2, extras);
            HttpRouting.Builder routing = HttpRouting.builder();
            services.forEach(routing::register);
            routing.error(ProblemException.class, (req, res, e) -> Problems.send(req, res, e))
                    .error(Exception.class, (req, res, e) -> Problems.unexpected(req, res, e))
                    .any((req, res) -> Problems.send(req, res, new ProblemException(ProblemType.NOT_FOUND,
                            "nothing at " + req.prologue().method().text() + " " + req.path().rawPath() + "; see /openapi.yaml")));
            WebServer server = WebServer.builder()
                    .host(config.host())
                    .port(config.port())
                    .maxPayloadSize(Math.max(config.maxBodyBytes(), ImportService.MAX_UPLOAD_BYTES))
                    .directHandlers(d -> {
                        for (io.helidon.http.DirectHandler.EventType t : io.helidon.http.DirectHandler.EventType.values()) {
                            d.addHandler(t, Problems.direct());
                        }
                    })
                    .shutdownHook(false)
                    // A response goes out in more than one write (a record's headers and first part, then
                    // the rest); with Nagle's algorithm (RFC 896) the last of them waited for the client's
                    // delayed acknowledgement, about 40 ms a read. Nothing here gains from coalescing.
                    .connectionOptions(o -> o.tcpNoDelay(true))
                    .routing(routing)
                    .build()
                    .start();
            return new NodeServer(server, store, parts);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public int port() {
        return server.port();
    }

    /** The URL it answers on, such as {@code http://127.0.0.1:8080}. */
    public String url() {
        return "http://" + parts.config().host() + ":" + server.port();
    }

    public Parts parts() {
        return parts;
    }

    /** Stops answering, then closes the store. */
    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
