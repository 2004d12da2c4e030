package org.satchel.node.issuance;

import io.helidon.webserver.http.HttpService;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.verify.StatusListSource;
import org.satchel.node.issuance.status.OwnStatusLists;
import org.satchel.node.vcapi.VcApiService;
import org.satchel.node.issuance.oid4vci.Oid4vciService;
import org.satchel.node.issuance.status.CredentialRegister;
import org.satchel.node.issuance.status.CredentialStatusService;
import org.satchel.node.issuance.types.CredentialTypes;
import org.satchel.node.pages.CredentialChoices;
import org.satchel.node.rights.CorrectionFollowUp;
import org.satchel.node.web.NodeServer;

/**
 * The school as an issuer, assembled: its DID document, the register with its status lists,
 * OpenID4VCI issuance of the declared credential types and the W3C VC API; and what an accepted
 * correction sets off.
 *
 * @param services the HTTP services to register
 * @param followUp what runs after an accepted correction (revoke and reissue)
 * @param choices  what a learner may collect into their wallet from the my-record page, when the node issues credentials
 */
public record Issuance(List<HttpService> services, CorrectionFollowUp followUp, Optional<CredentialChoices> choices) {
    public Issuance {
        services = List.copyOf(services);
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(choices, "choices");
    }

    /**
     * The issuance of the node these parts make. A did:web names an https host: a node on a plain
     * http base (a laptop, some tests) keeps the register and the learner's view of it, but has no
     * DID to sign as, so it serves no DID document, no status lists and no OpenID4VCI.
     */
    public static Issuance of(NodeServer.Parts parts) {
        List<HttpService> services = new ArrayList<>(List.of(new CredentialStatusService(parts)));
        String base = parts.config().base();
        java.time.Clock clock = parts.gate().clock();
        if (!base.startsWith("https://")) {
            // The W3C VC API still verifies on such a node; it cannot issue.
            services.add(new VcApiService(parts.callers(), Optional.empty(), IssuerKeys.open(parts.config().data()),
                    StatusListSource.none(), clock));
            return new Issuance(services, CorrectionFollowUp.NONE, Optional.empty());
        }
        String did = DidWeb.fromUrl(URI.create(base));
        IssuerKeys keys = IssuerKeys.open(parts.config().data());
        CredentialTypes types = CredentialTypes.standard();
        CredentialRegister register = new CredentialRegister(parts.store(), parts.gate());
        CredentialIssuer issuer = new CredentialIssuer(parts.store(), parts.records(), types, register, keys, did, parts.config().name());
        Oid4vciService oid4vci = new Oid4vciService(parts, types.all(), issuer, issuer);
        services.add(new DidService(did, keys));
        services.add(oid4vci);
        // The W3C VC API: issuing as the school, and verifying with the school's own lists read in process.
        services.add(new VcApiService(parts.callers(), Optional.of(did), keys,
                new OwnStatusLists(register, base, did, keys, clock), clock));
        return new Issuance(services, new Reissue(register, oid4vci), Optional.of(oid4vci.choices()));
    }
}
