package org.satchel.node.web;

import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes RFC 9457 problem details ({@code application/problem+json}): the node's only error format. */
public final class Problems {
    public static final HttpMediaType PROBLEM_JSON = HttpMediaType.create("application/problem+json");
    private static final System.Logger LOG = System.getLogger(Problems.class.getName());

    private Problems() {}

    /** The problem document: type, title, status, detail, instance, then any extension members. */
    public static Map<String, Object> body(ProblemType type, String detail, String instance, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.type());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        body.putAll(extensions);
        return body;
    }

    public static void send(ServerRequest req, ServerResponse res, ProblemException problem) {
        res.status(Status.create(problem.type().status()));
        res.header(HeaderNames.CONTENT_TYPE, PROBLEM_JSON.text());
        if (problem.type() == ProblemType.UNAUTHENTICATED || problem.type() == ProblemType.INVALID_TOKEN) {
            // RFC 6750 §3: say which scheme to use.
            res.header(HeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"satchel\"");
        }
        res.send(Json.write(body(problem.type(), problem.detail(), req.path().rawPath(), problem.extensions())));
    }

    /** Anything a handler did not expect: logged in full here, and a problem without internals on the wire. */
    public static void unexpected(ServerRequest req, ServerResponse res, Throwable error) {
        LOG.log(Level.ERROR, "unexpected error answering " + req.prologue().method().text() + " " + req.path().rawPath(), error);
        send(req, res, new ProblemException(ProblemType.INTERNAL_ERROR,
                "the node failed to answer this request; nothing was changed unless the response said so"));
    }

    /** Errors Helidon answers before routing (a body over the size limit, a malformed request line) as problems too. */
    public static DirectHandler direct() {
        return (request, eventType, status, headers, message) -> {
            // Helidon reports an oversized body as a bad request with status 413: the status decides.
            ProblemType type = status.code() == 413 || eventType == DirectHandler.EventType.PAYLOAD_TOO_LARGE
                    ? ProblemType.PAYLOAD_TOO_LARGE
                    : status.code() / 100 == 4 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL_ERROR;
            String detail = type == ProblemType.PAYLOAD_TOO_LARGE
                    ? "the request body is larger than this node accepts"
                    : type == ProblemType.MALFORMED_REQUEST ? "the request is not well-formed HTTP" : "the node could not answer";
            headers.set(HeaderNames.CONTENT_TYPE, PROBLEM_JSON.text());
            byte[] entity = Json.write(body(type, detail, null, Map.of())).getBytes(StandardCharsets.UTF_8);
            return DirectHandler.TransportResponse.builder().status(Status.create(type.status()))
                    .headers(headers).entity(entity).build();
        };
    }
}
