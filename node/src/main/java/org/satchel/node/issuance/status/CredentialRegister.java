package org.satchel.node.issuance.status;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.update.UpdateRequest;
import org.satchel.credentials.sdjwt.IssuanceOptions;
import org.satchel.credentials.status.bitstring.BitstringStatusListEntry;
import org.satchel.credentials.status.bitstring.StatusPurpose;
import org.satchel.credentials.status.token.StatusIndexAllocator;
import org.satchel.credentials.status.token.StatusList;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.Refusal;
import org.satchel.node.store.RecordStore;

/**
 * The node's register of the credentials it issued, kept in the store (TDB2 or a SPARQL server)
 * one graph per learner, {@code {base}learners/{id}/credentials}, apart from the record. Each
 * credential has one random status index, the same in its three lists (revocation, suspension,
 * Token Status List), never handed out twice; the published lists are computed from here, so a
 * change of state shows at once. Staff suspend, reinstate and revoke (for good) with a reason; each
 * change is logged in the learner's access log in the same update.
 */
public final class CredentialRegister {
    /**
     * Entries per list: Bitstring Status List §6.1 (and §3.2 step 2, where shorter lists are refused)
     * asks for at least 131,072, so that one credential's bit hides among many; the Token Status List
     * draft §12.5 gives the same reason. One size for all three, so that one index fits them all.
     */
    public static final int LIST_SIZE = StatusList.DEFAULT_SIZE;
    static final Pattern CREDENTIAL_ID = Pattern.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final RecordStore store;
    private final Gatekeeper gate;
    private final RegisterGraph graph;

    public CredentialRegister(RecordStore store, Gatekeeper gate) {
        this.store = Objects.requireNonNull(store, "store");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.graph = new RegisterGraph(gate.base());
    }

    /** A credential's state: active until suspended or revoked; a suspension can be lifted, a revocation cannot. */
    public enum State {
        ACTIVE, SUSPENDED, REVOKED;

        /** As clients see it: {@code active}, {@code suspended}, {@code revoked}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One change of state: to what, why (for the learner to read), by whom (an agent IRI), when. */
    public record StateChange(State state, String reason, String by, Instant at) {
        public StateChange {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("a change of a credential's state says why");
            }
        }
    }

    /**
     * A credential in the register.
     *
     * @param credentialId its {@code urn:uuid}, the credential's own {@code id}
     * @param subject      whom it names as its subject
     * @param sources      the record statements it was built from
     * @param history      its changes of state, oldest first
     */
    public record Issued(String credentialId, String learnerId, String typeId, String typeName, CredentialFormat format,
            String subject, List<String> sources, Optional<String> holderKeyThumbprint, int statusIndex, URI revocationList,
            URI suspensionList, URI tokenStatusList, Instant issuedAt, List<StateChange> history) {
        public Issued {
            sources = List.copyOf(sources);
            history = List.copyOf(history);
        }

        /** Its state now: that of its latest change, or active. */
        public State state() {
            return lastChange().map(StateChange::state).orElse(State.ACTIVE);
        }

        public Optional<StateChange> lastChange() {
            return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
        }
    }

    /** What a newly registered credential carries: its id and its place in the status lists. */
    public record Registration(String credentialId, int statusIndex, URI revocationList, URI suspensionList, URI tokenStatusList) {
        /**
         * The VC's {@code credentialStatus}: two {@code BitstringStatusListEntry}, purposes revocation
         * and suspension, the same index in two lists (Bitstring Status List §2.1; one purpose per list).
         */
        public List<Map<String, Object>> credentialStatus() {
            return List.of(BitstringStatusListEntry.of(StatusPurpose.REVOCATION, statusIndex, revocationList).toJsonObject(),
                    BitstringStatusListEntry.of(StatusPurpose.SUSPENSION, statusIndex, suspensionList).toJsonObject());
        }

        /** The SD-JWT VC's {@code status.status_list} (draft-ietf-oauth-status-list §6.2), set on {@code options}. */
        public IssuanceOptions.Builder tokenStatus(IssuanceOptions.Builder options) {
            return options.statusList(tokenStatusList, statusIndex);
        }
    }

    /** What came of a read or a change: done (with its logged event), or why not. Only {@link Done} changed anything. */
    public sealed interface Outcome<T> permits Done, Refused, NoSuchLearner, NotFound, Conflict {}

    /** Done; the access event went in the same update as the change. */
    public record Done<T>(T value, AccessEvent event) implements Outcome<T> {}

    /** Refused by the access rules (or because only staff change a credential's state), and logged. */
    public record Refused<T>(Refusal refusal, AccessEvent event) implements Outcome<T> {}

    /** This node holds no record for the learner. */
    public record NoSuchLearner<T>(String learnerId) implements Outcome<T> {}

    /** No such credential in this learner's register. */
    public record NotFound<T>(String words) implements Outcome<T> {}

    /** The credential is not in a state the change applies to (revoked already, not suspended…). */
    public record Conflict<T>(String words) implements Outcome<T> {}

    /**
     * Registers a credential about to be issued from {@code learnerId}'s record and gives it a
     * status index: uniformly at random among the free ones of the first list that has any
     * (Bitstring Status List §7 "herd privacy"; Token Status List draft §12.5), never one handed
     * out before, as the register keeps every credential for good.
     *
     * @param subject             whom the credential names as its subject (its {@code credentialSubject.id} or {@code sub})
     * @param sources             IRIs of the record statements it is built from (at least one)
     * @param holderKeyThumbprint the RFC 7638 thumbprint of the key it is bound to, if any
     */
    public Registration register(String learnerId, CredentialType type, CredentialFormat format, String subject, List<String> sources,
            Optional<String> holderKeyThumbprint) {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(holderKeyThumbprint, "holderKeyThumbprint");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a credential is built from at least one record statement");
        }
        for (String source : sources) {
            if (!absoluteIri(source)) {
                throw new IllegalArgumentException("a source must be the IRI of a record statement, not '" + source + "'");
            }
        }
        return store.write(c -> {
            if (!gate.learnerExists(c, learnerId)) {
                throw new IllegalArgumentException("this node holds no record for learner " + learnerId);
            }
            int list = 0;
            Optional<Integer> index = Optional.empty();
            while (index.isEmpty()) {
                java.util.Set<Integer> used = graph.indicesIn(c, listUri("token", list));
                if (used.size() < LIST_SIZE) {
                    index = Optional.of(StatusIndexAllocator.restoring(LIST_SIZE, used).allocate());
                } else {
                    list++;
                }
            }
            Registration registration = new Registration("urn:uuid:" + UUID.randomUUID(), index.get(), listUri("revocation", list),
                    listUri("suspension", list), listUri("token", list));
            Issued issued = new Issued(registration.credentialId(), learnerId, type.id(), type.name(), format, subject, sources,
                    holderKeyThumbprint, registration.statusIndex(), registration.revocationList(), registration.suspensionList(),
                    registration.tokenStatusList(), gate.clock().instant(), List.of());
            UpdateRequest update = new UpdateRequest();
            graph.insert(update, issued);
            c.update(update);
            return registration;
        });
    }

    /** Every credential issued from the learner's record, newest first (no access check: for the node's own use). */
    public List<Issued> forLearner(String learnerId) {
        return store.read(c -> graph.forLearner(c, learnerId));
    }

    /** The credential with this id, whoever it was issued to (no access check: for the node's own use). */
    public Optional<Issued> find(String credentialId) {
        if (!CREDENTIAL_ID.matcher(credentialId).matches()) {
            return Optional.empty();
        }
        return store.read(c -> graph.learnersWhere(c, "?c a sat:IssuedCredential", Map.of("c", credentialId)).stream()
                .flatMap(learner -> graph.forLearner(c, learner).stream())
                .filter(i -> i.credentialId().equals(credentialId)).findFirst());
    }

    /** The credentials built from this statement, so that a correction to it can find what it touches. */
    public List<Issued> issuedFrom(String statementIri) {
        return store.read(c -> {
            List<Issued> found = new ArrayList<>();
            for (String learner : graph.learnersWhere(c, "?c sat:issuedFrom ?s", Map.of("s", statementIri))) {
                graph.forLearner(c, learner).stream().filter(i -> i.sources().contains(statementIri)).forEach(found::add);
            }
            return found;
        });
    }

    /** The learner's credentials, newest first, for whoever the rules let read them; the read is logged. */
    public Outcome<List<Issued>> list(AccessRequest request) {
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new NoSuchLearner<>(request.learnerId());
            }
            return switch (Authorisation.judge(gate, c, request)) {
                case Authorisation.TurnedAway t -> new Refused<>(t.refusal(), t.event());
                case Authorisation.Admitted a -> {
                    List<Issued> all = graph.forLearner(c, request.learnerId());
                    UpdateRequest update = new UpdateRequest();
                    AccessEvent event = gate.record(update, request, Authorisation.KINDS, true, a.legalBasis());
                    c.update(update);
                    yield new Done<>(all, event);
                }
            };
        });
    }

    /** Revokes a credential for good (Bitstring Status List §2.1: "not reversible"). */
    public Outcome<Issued> revoke(AccessRequest by, String credentialId, String reason) {
        return change(by, credentialId, State.REVOKED, reason);
    }

    /** Suspends an active credential until it is reinstated. */
    public Outcome<Issued> suspend(AccessRequest by, String credentialId, String reason) {
        return change(by, credentialId, State.SUSPENDED, reason);
    }

    /** Lifts a suspension: the credential is active again. */
    public Outcome<Issued> reinstate(AccessRequest by, String credentialId, String reason) {
        return change(by, credentialId, State.ACTIVE, reason);
    }

    private Outcome<Issued> change(AccessRequest request, String credentialId, State to, String reason) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(credentialId, "credentialId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a change of a credential's state says why, for the learner to read");
        }
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new NoSuchLearner<>(request.learnerId());
            }
            Authorisation.Answer answer = Authorisation.judge(gate, c, request);
            if (answer instanceof Authorisation.TurnedAway t) {
                return new Refused<>(t.refusal(), t.event());
            }
            String legalBasis = ((Authorisation.Admitted) answer).legalBasis();
            Optional<Issued> found = graph.forLearner(c, request.learnerId()).stream()
                    .filter(i -> i.credentialId().equals(credentialId)).findFirst();
            if (found.isEmpty()) {
                return new NotFound<>("there is no credential " + credentialId + " issued from this learner's record");
            }
            Issued issued = found.get();
            Optional<String> conflict = conflict(issued, to);
            if (conflict.isPresent()) {
                return new Conflict<>(conflict.get());
            }
            StateChange change = new StateChange(to, reason.strip(), request.principal().iri(gate.base()), gate.clock().instant());
            UpdateRequest update = new UpdateRequest();
            graph.insert(update, request.learnerId(), credentialId, issued.history().size() + 1, change);
            AccessEvent event = gate.record(update, request, Authorisation.KINDS, true, legalBasis);
            c.update(update);
            List<StateChange> history = new ArrayList<>(issued.history());
            history.add(change);
            return new Done<>(new Issued(issued.credentialId(), issued.learnerId(), issued.typeId(), issued.typeName(), issued.format(),
                    issued.subject(), issued.sources(), issued.holderKeyThumbprint(), issued.statusIndex(), issued.revocationList(),
                    issued.suspensionList(), issued.tokenStatusList(), issued.issuedAt(), history), event);
        });
    }

    private static Optional<String> conflict(Issued issued, State to) {
        State now = issued.state();
        if (now == State.REVOKED) {
            return Optional.of("this credential was revoked" + issued.lastChange().map(ch -> " on " + ch.at()).orElse("")
                    + ", which is final; issue a new one instead");
        }
        if (to == State.SUSPENDED && now == State.SUSPENDED) {
            return Optional.of("this credential is already suspended");
        }
        if (to == State.ACTIVE && now != State.SUSPENDED) {
            return Optional.of("this credential is not suspended, so there is no suspension to lift");
        }
        return Optional.empty();
    }

    /** Where list {@code number} of a kind ({@code revocation}, {@code suspension}, {@code token}) is published. */
    URI listUri(String kind, int number) {
        return URI.create(gate.base() + "status/" + kind + "/" + number);
    }

    /** Whether any credential points into list {@code number}: list 0 always exists, later ones once used. */
    boolean listExists(int number) {
        return number == 0 || store.read(c -> !graph.indicesIn(c, listUri("token", number)).isEmpty());
    }

    /** The indices in {@code list} of the credentials that are not active, with their state, as of now. */
    Map<Integer, State> flagged(URI list) {
        return store.read(c -> graph.flaggedIn(c, list));
    }

    private static boolean absoluteIri(String text) {
        try {
            return IRIx.create(text).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }

    Gatekeeper gate() {
        return gate;
    }
}
