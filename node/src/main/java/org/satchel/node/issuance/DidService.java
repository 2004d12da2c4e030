package org.satchel.node.issuance;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Objects;
import org.satchel.credentials.did.DidWeb;

/**
 * {@code GET /.well-known/did.json}: the school's did:web document (did:web §2.5.2), every issuer
 * key in it, the current one first, so that credentials signed before a rotation still verify.
 */
public final class DidService implements HttpService {
    private final String did;
    private final IssuerKeys keys;

    public DidService(String did, IssuerKeys keys) {
        this.did = Objects.requireNonNull(did, "did");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/.well-known/did.json", this::document);
    }

    private void document(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "application/did+json");
        res.send(DidWeb.document(did, keys.all()).toJson());
    }
}
