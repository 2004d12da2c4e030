package org.satchel.node.web;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** {@code GET /metrics} in Prometheus text format, and the filter that counts every response. */
final class MetricsService implements HttpService {
    private final Metrics metrics;

    MetricsService(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any((req, res) -> {
            res.whenSent(() -> metrics.request(res.status().code()));
            res.next();
        });
        rules.get("/metrics", this::metrics);
    }

    private void metrics(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        res.send(metrics.render());
    }
}
