package org.satchel.node.web;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/**
 * Refuses a request body over the node's limit before any handler reads it; only the import
 * route takes more (an MIS export), up to the server-wide limit Helidon enforces.
 */
final class BodyLimit implements HttpService {
    private final long maxBodyBytes;

    BodyLimit(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.any((req, res) -> {
            long length = req.headers().contentLength().orElse(0L);
            if (length > maxBodyBytes && !req.path().path().equals("/imports")) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "the request body is " + length + " bytes; this node accepts at most " + maxBodyBytes + " here");
            }
            res.next();
        });
    }
}
