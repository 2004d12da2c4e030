package org.satchel.node.web;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.util.Optional;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Purposes;
import org.satchel.node.auth.Authentication;
import org.satchel.node.auth.Authenticator;

/** Who is calling and why: the bearer token and the {@code Satchel-Purpose} header, or a problem. */
public final class Callers {
    public static final HeaderName PURPOSE = HeaderNames.create("Satchel-Purpose");

    private final Authenticator authenticator;

    public Callers(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The authenticated principal; 401 without a token or with one the node does not accept. */
    public Principal principal(ServerRequest req) {
        Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION);
        if (header.isEmpty()) {
            header = req.headers().first(HeaderNames.COOKIE).flatMap(Callers::sessionCookie).map(t -> "Bearer " + t);
        }
        return switch (authenticator.authenticate(header)) {
            case Authentication.Authenticated a -> a.principal();
            case Authentication.Anonymous a -> throw new ProblemException(ProblemType.UNAUTHENTICATED,
                    "send a bearer token (Authorization: Bearer …); staff and scripts get one from ./satchel node token");
            case Authentication.Rejected r -> throw new ProblemException(ProblemType.INVALID_TOKEN, r.reason());
        };
    }

    /** The purpose the request names; 400 when it names none or one not on the controlled list. */
    public Purpose purpose(ServerRequest req) {
        String code = req.headers().first(PURPOSE).map(String::trim).orElseGet(() -> req.query().first("purpose").orElse(""));
        if (code.isEmpty()) {
            throw new ProblemException(ProblemType.MISSING_PURPOSE,
                    "name the purpose of this access in the Satchel-Purpose header, one of: " + codes());
        }
        return Purposes.vocabulary().byCode(code).orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_PURPOSE,
                "'" + code + "' is not a purpose on the controlled list: " + codes()));
    }

    private static String codes() {
        return String.join(", ", Purposes.vocabulary().all().stream().filter(p -> !p.prohibited()).map(Purpose::code).toList());
    }

    /** Pages keep the token in a cookie set by the sign-in form, so a browser can follow links. */
    private static Optional<String> sessionCookie(String cookies) {
        for (String part : cookies.split(";")) {
            String p = part.trim();
            if (p.startsWith("satchel_token=")) {
                return Optional.of(p.substring("satchel_token=".length()));
            }
        }
        return Optional.empty();
    }
}
