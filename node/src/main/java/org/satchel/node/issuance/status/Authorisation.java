package org.satchel.node.issuance.status;

import java.util.Set;
import org.apache.jena.rdfconnection.RDFConnection;
import org.satchel.node.access.DataClassification;
import org.satchel.node.access.Permission;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.Refusal;
import org.satchel.vocab.terms.SAT;

/**
 * Whether a request may read, or change the state of, a learner's issued credentials: the access
 * rules judge the kind {@code sat:IssuedCredential} (its sensitivity comes from the ontology), and
 * a change is for staff only whatever the rules say of other roles. A refusal is logged at once.
 */
final class Authorisation {
    /** The kind of data an access to the register touches, as the access log names it. */
    static final Set<String> KINDS = Set.of(SAT.IssuedCredential.getURI());

    private Authorisation() {}

    /** The answer. */
    sealed interface Answer permits Admitted, TurnedAway {}

    /** Allowed, on this legal basis. */
    record Admitted(String legalBasis) implements Answer {}

    /** Refused, and the refusal logged. */
    record TurnedAway(Refusal refusal, AccessEvent event) implements Answer {}

    static Answer judge(Gatekeeper gate, RDFConnection c, AccessRequest request) {
        if (request.purpose().prohibited()) {
            return turnAway(gate, c, request, Refusal.Reason.PROHIBITED_PURPOSE, "'" + request.purpose().code()
                    + "' is a purpose Satchel refuses whoever asks and whatever the consent");
        }
        boolean changing = request.action() != org.satchel.node.access.Action.READ;
        if (changing && !request.principal().role().staff()) {
            // A learner or guardian sees the state; the school, which vouches for the credential, changes it.
            return turnAway(gate, c, request, Refusal.Reason.NOT_PERMITTED, "only the school's staff revoke, suspend or reinstate "
                    + "a credential; a " + request.principal().role().code() + " cannot");
        }
        Permission permission = gate.permission(c, request);
        String kind = SAT.IssuedCredential.getURI();
        return switch (permission.judge(java.util.Optional.of(kind), DataClassification.vocabulary().classifyKind(kind))) {
            case Permission.Permitted p -> new Admitted(p.legalBasis());
            case Permission.Withheld w -> turnAway(gate, c, request, switch (w.reason()) {
                case NOT_PERMITTED -> Refusal.Reason.NOT_PERMITTED;
                case CONSENT_DECLINED -> Refusal.Reason.CONSENT_DECLINED;
                case CONSENT_NOT_GIVEN -> Refusal.Reason.CONSENT_NOT_GIVEN;
            }, "no access rule lets a " + request.principal().role().code() + " " + verb(request)
                    + " this learner's issued credentials for this purpose");
        };
    }

    private static String verb(AccessRequest request) {
        return request.action() == org.satchel.node.access.Action.READ ? "see" : "change the state of";
    }

    private static TurnedAway turnAway(Gatekeeper gate, RDFConnection c, AccessRequest request, Refusal.Reason reason, String words) {
        return new TurnedAway(new Refusal(reason, words), gate.refuse(c, request, KINDS));
    }
}
