package org.satchel.node.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import org.satchel.node.store.RecordStore;

/** {@code GET /health}: up when the store answers a query, with the node's name and role. */
final class HealthService implements HttpService {
    private final RecordStore store;
    private final NodeConfig config;

    HealthService(RecordStore store, NodeConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/health", this::health);
    }

    private void health(ServerRequest req, ServerResponse res) {
        boolean up;
        try {
            up = store.read(c -> c.queryAsk("ASK {}"));
        } catch (RuntimeException e) {
            up = false;
        }
        res.status(up ? 200 : 503);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(Json.write(Map.of("status", up ? "UP" : "DOWN", "name", config.name(), "role", config.role(),
                "store", store.embedded() ? "tdb2" : "sparql")));
    }
}
