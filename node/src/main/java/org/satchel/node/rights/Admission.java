package org.satchel.node.rights;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.satchel.node.access.DataClassification;
import org.satchel.node.access.Permission;
import org.satchel.node.access.Relationship;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.Refusal;

/**
 * The first question every right asks, inside the caller's transaction: may this request touch
 * these kinds of record at all? A refusal is logged at once (and nothing else happens); an
 * admission carries the permission, for judging single statements later, and its legal basis.
 */
final class Admission {
    private static final DataClassification CLASSES = DataClassification.vocabulary();

    private Admission() {}

    /** The answer. */
    sealed interface Answer permits Admitted, TurnedAway {}

    /** Allowed, on this legal basis ({@code basis:} IRI). */
    record Admitted(Permission permission, String legalBasis) implements Answer {}

    /** Refused, and the refusal logged. */
    record TurnedAway(Refusal refusal, AccessEvent event) implements Answer {
        <T> Outcome<T> outcome() {
            return new Outcome.Refused<>(refusal, event);
        }
    }

    /** Whether the request may touch records of every one of {@code kinds} (ontology class IRIs, at least one). */
    static Answer admit(Gatekeeper gate, RDFConnection c, AccessRequest request, Set<String> kinds) {
        return admit(gate, c, request, kinds, false);
    }

    /**
     * As {@link #admit(Gatekeeper, RDFConnection, AccessRequest, Set)}, for a choice that is the
     * learner's own (consent, corrections, erasure, advocates): only the learner, or a guardian
     * for them, makes it, whatever else the rules let staff write.
     */
    static Answer admitLearnerOrGuardian(Gatekeeper gate, RDFConnection c, AccessRequest request, Set<String> kinds) {
        return admit(gate, c, request, kinds, true);
    }

    private static Answer admit(Gatekeeper gate, RDFConnection c, AccessRequest request, Set<String> kinds, boolean learnersOwn) {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("an admission names the kinds of record it is for");
        }
        if (request.purpose().prohibited()) {
            return turnAway(gate, c, request, kinds, new Refusal(Refusal.Reason.PROHIBITED_PURPOSE, "'" + request.purpose().code()
                    + "' is a purpose Satchel refuses whoever asks and whatever the consent"));
        }
        if (learnersOwn) {
            Set<Relationship> held = gate.relationships(c, request);
            if (!held.contains(Relationship.SELF) && !held.contains(Relationship.GUARDIAN_OF)) {
                return turnAway(gate, c, request, kinds, new Refusal(Refusal.Reason.NOT_PERMITTED,
                        "this is the learner's own choice: only the learner, or a guardian with parental responsibility for them, makes it"));
            }
        }
        Permission permission = gate.permission(c, request);
        if (permission.isEmpty()) {
            return turnAway(gate, c, request, kinds, new Refusal(Refusal.Reason.NOT_PERMITTED, "no access rule lets a "
                    + request.principal().role().code() + " " + verb(request) + " this for this learner for this purpose"));
        }
        String basis = "";
        for (String kind : new TreeSet<>(kinds)) {
            switch (permission.judge(Optional.of(kind), CLASSES.classifyKind(kind))) {
                case Permission.Withheld w -> {
                    return turnAway(gate, c, request, kinds, refusal(w.reason(), kind, request));
                }
                case Permission.Permitted p -> basis = basis.isEmpty() ? p.legalBasis() : basis;
            }
        }
        return new Admitted(permission, basis);
    }

    /** Whether the permission reaches a statement of {@code property} on a record of {@code kind}. */
    static boolean reaches(Permission permission, Optional<String> kind, String property) {
        return permission.judge(kind, CLASSES.classify(kind, property)) instanceof Permission.Permitted;
    }

    /** Whether the permission reaches a record of {@code kind} as such. */
    static boolean reachesKind(Permission permission, String kind) {
        return permission.judge(Optional.of(kind), CLASSES.classifyKind(kind)) instanceof Permission.Permitted;
    }

    /** Logs a refusal with these words and returns it. */
    static TurnedAway turnAway(Gatekeeper gate, RDFConnection c, AccessRequest request, Set<String> kinds, Refusal refusal) {
        return new TurnedAway(refusal, gate.refuse(c, request, kinds));
    }

    static Refusal refusal(Permission.Withheld.Reason reason, String kind, AccessRequest request) {
        String name = StoredRecords.localName(kind);
        return switch (reason) {
            case NOT_PERMITTED -> new Refusal(Refusal.Reason.NOT_PERMITTED,
                    "no access rule lets a " + request.principal().role().code() + " " + verb(request) + " " + name + " records for this purpose");
            case CONSENT_DECLINED -> new Refusal(Refusal.Reason.CONSENT_DECLINED,
                    "the learner declined sharing " + name + " records for this purpose, which the law does not require");
            case CONSENT_NOT_GIVEN -> new Refusal(Refusal.Reason.CONSENT_NOT_GIVEN,
                    "sharing " + name + " records for this purpose needs the learner to opt in, and they have not");
        };
    }

    private static String verb(AccessRequest request) {
        return switch (request.action()) {
            case READ -> "read";
            case WRITE -> "write";
            case EXPORT -> "export";
            case ERASE -> "erase";
        };
    }
}
