package org.satchel.node.rights;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.satchel.node.access.Action;
import org.satchel.node.access.Permission;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.RecordWriter;
import org.satchel.node.records.Refusal;
import org.satchel.node.store.RecordStore;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * The right to have a wrong record put right. The learner (or a guardian) challenges one value of
 * a record the school keeps and proposes another; staff allowed to write that kind of record
 * accept or reject it, saying why. Accepting amends the record in the same update: a new version
 * with the proposed value, attributed to whoever decided, and the old one kept as superseded.
 */
final class Corrections {
    private static final String CORRECTION_REQUEST = SAT.CorrectionRequest.getURI();

    private final RecordStore store;
    private final Gatekeeper gate;
    private final RecordWriter writer;

    Corrections(RecordStore store, Gatekeeper gate, RecordWriter writer) {
        this.store = store;
        this.gate = gate;
        this.writer = writer;
    }

    /** The value the learner proposes: text, typed like the value it replaces, or a code. */
    sealed interface Proposal {
        /** A literal's lexical form; it takes the datatype (or language) of the current value. */
        record Text(String lexical) implements Proposal {}

        /** An IRI, for a property that takes a code (an attendance code, a subject…). */
        record Code(String iri) implements Proposal {}
    }

    /** Challenges {@code property} of {@code record}, proposing {@code proposal}; the request starts open. */
    Outcome<Correction> request(AccessRequest request, String record, String property, Proposal proposal, Optional<String> reason) {
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new Outcome.NoSuchLearner<>(request.learnerId());
            }
            if (Admission.admitLearnerOrGuardian(gate, c, request, Set.of(CORRECTION_REQUEST)) instanceof Admission.TurnedAway t) {
                return t.outcome();
            }
            Node predicate = NodeFactory.createURI(property);
            if (!challengeable(predicate)) {
                return new Outcome.Unacceptable<>("'" + property + "' is not a property of a record that a correction can change "
                        + "(who recorded it, when and for what are the node's own provenance)");
            }
            // A request must not reveal, by its answer, a record the requester may not see.
            Optional<StoredRecords.Stored> found = StoredRecords.find(c, gate, request.learnerId(), record);
            Permission reading = gate.permission(c, new AccessRequest(request.principal(), request.learnerId(), request.purpose(), Action.READ));
            if (found.isEmpty() || !Admission.reachesKind(reading, found.get().kind())
                    || !Admission.reaches(reading, Optional.of(found.get().kind()), property)) {
                return new Outcome.NotFound<>("there is no record " + record + " you can see in this learner's record");
            }
            String kind = found.get().kind();
            if (found.get().superseded()) {
                return new Outcome.Conflict<>(record + " has been amended since; challenge its latest version");
            }
            if (!StoredRecords.isA(kind, SAT.SchoolRecord)) {
                return new Outcome.Unacceptable<>("only what the school asserts is challenged this way; what you wrote yourself "
                        + "you amend or erase, and consent and delegations you change directly");
            }
            Node subject = NodeFactory.createURI(record);
            Graph stored = StoredRecords.statements(c, gate, request.learnerId(), Set.of(record));
            List<Node> current = stored.find(subject, predicate, Node.ANY).mapWith(Triple::getObject).toList();
            if (current.isEmpty()) {
                return new Outcome.Unacceptable<>("the record says nothing under " + StoredRecords.localName(property) + " to correct");
            }
            Typed typed = typed(proposal, current.get(0));
            if (typed instanceof Mistyped m) {
                return new Outcome.Unacceptable<>(m.words());
            }
            Node value = ((Value) typed).node();
            if (current.stream().anyMatch(v -> v.sameValueAs(value))) {
                return new Outcome.Unacceptable<>("the record already says " + (value.isURI() ? value.getURI() : "\"" + value.getLiteralLexicalForm() + "\"") + " under " + StoredRecords.localName(property));
            }
            if (openChallenge(c, request.learnerId(), record, property)) {
                return new Outcome.Conflict<>("a correction of " + StoredRecords.localName(property) + " on this record is already open");
            }
            Graph ask = GraphFactory.createDefaultGraph();
            Node k = NodeFactory.createBlankNode();
            ask.add(k, RDF.type.asNode(), SAT.CorrectionRequest.asNode());
            ask.add(k, SAT.challenges.asNode(), subject);
            ask.add(k, SAT.challengedProperty.asNode(), predicate);
            ask.add(k, SAT.proposedValue.asNode(), value);
            reason.ifPresent(r -> ask.add(k, SAT.reason.asNode(), NodeFactory.createLiteralString(r)));
            ask.add(k, SAT.requestedBy.asNode(), NodeFactory.createURI(request.principal().iri(gate.base())));
            ask.add(k, SAT.requestedAt.asNode(), NodeFactory.createLiteralDT(gate.clock().instant().toString(), XSDDatatype.XSDdateTime));
            ask.add(k, SAT.correctionStatus.asNode(), Correction.Status.OPEN.code());
            return Outcome.after(writer.add(c, request, ask, Map.of()), s -> done(c, request.learnerId(), StoredRecords.localId(s.records().get(0)), s.event()));
        });
    }

    /**
     * The learner's correction requests: all of them for the learner and their guardians, and for
     * staff those that challenge what they may read, since a proposed value says as much as the value.
     */
    Outcome<List<Correction>> list(AccessRequest request) {
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new Outcome.NoSuchLearner<>(request.learnerId());
            }
            return switch (Admission.admit(gate, c, request, Set.of(CORRECTION_REQUEST))) {
                case Admission.TurnedAway t -> t.outcome();
                case Admission.Admitted a -> {
                    List<Correction> visible = Correction.in(corrections(c, request.learnerId())).stream()
                            .filter(k -> k.kind().map(kind -> Admission.reachesKind(a.permission(), kind)).orElse(true)
                                    && Admission.reaches(a.permission(), k.kind(), k.property()))
                            .toList();
                    UpdateRequest update = new UpdateRequest();
                    AccessEvent event = gate.record(update, request, Set.of(CORRECTION_REQUEST), true, a.legalBasis());
                    c.update(update);
                    yield new Outcome.Done<>(visible, event);
                }
            };
        });
    }

    /**
     * A member of staff's decision on an open request, by its id. Only staff whom the rules let
     * write the challenged kind of record decide; accepting amends that record in the same update.
     */
    Outcome<Correction> decide(AccessRequest request, String correctionId, boolean accept, String reason) {
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new Outcome.NoSuchLearner<>(request.learnerId());
            }
            Set<String> asked = Set.of(CORRECTION_REQUEST);
            Admission.Answer answer = Admission.admit(gate, c, request, asked);
            if (answer instanceof Admission.TurnedAway t) {
                return t.outcome();
            }
            if (!request.principal().role().staff()) {
                // The learner may write correction requests, but not answer their own.
                return Admission.turnAway(gate, c, request, asked, new Refusal(Refusal.Reason.NOT_PERMITTED,
                        "the school decides a correction request: staff who may write the record it challenges")).outcome();
            }
            Permission writing = ((Admission.Admitted) answer).permission();
            Optional<Correction> found = find(c, request.learnerId(), correctionId);
            if (found.isEmpty()) {
                return new Outcome.NotFound<>("there is no correction request " + correctionId + " for this learner");
            }
            Correction correction = found.get();
            if (correction.kind().isEmpty()) {
                return new Outcome.Conflict<>("the record this correction challenges is no longer in the learner's record");
            }
            String kind = correction.kind().get();
            if (!Admission.reachesKind(writing, kind) || !Admission.reaches(writing, Optional.of(kind), correction.property())) {
                return Admission.turnAway(gate, c, request, Set.of(CORRECTION_REQUEST, kind), new Refusal(Refusal.Reason.NOT_PERMITTED,
                        "no access rule lets a " + request.principal().role().code() + " write " + StoredRecords.localName(kind)
                                + " records for this purpose, so they cannot decide a correction to one")).outcome();
            }
            if (correction.status() != Correction.Status.OPEN) {
                return new Outcome.Conflict<>("this correction was already " + correction.status().name().toLowerCase(Locale.ROOT)
                        + correction.decision().map(d -> " on " + d.decidedOn() + " by " + d.decidedBy()).orElse(""));
            }
            Optional<StoredRecords.Stored> challenged = StoredRecords.find(c, gate, request.learnerId(), correction.record());
            if (accept && challenged.map(StoredRecords.Stored::superseded).orElse(true)) {
                return new Outcome.Conflict<>(correction.record() + " has been amended since the request; "
                        + "reject this one with that reason, and the learner can challenge the latest version");
            }
            Graph graph = StoredRecords.statements(c, gate, request.learnerId(), Set.of(correction.iri(), correction.record()));
            Graph decided = GraphFactory.createDefaultGraph();
            Node version = NodeFactory.createBlankNode();
            Node old = NodeFactory.createURI(correction.iri());
            graph.find(old, Node.ANY, Node.ANY).forEachRemaining(t -> {
                if (!StoredRecords.provenance(t.getPredicate()) && !t.getPredicate().equals(SAT.correctionStatus.asNode())) {
                    decided.add(version, t.getPredicate(), t.getObject());
                }
            });
            decided.add(version, PROV.wasRevisionOf.asNode(), old);
            decided.add(version, SAT.correctionStatus.asNode(), (accept ? Correction.Status.ACCEPTED : Correction.Status.REJECTED).code());
            decided.add(version, SAT.decidedBy.asNode(), NodeFactory.createURI(request.principal().iri(gate.base())));
            decided.add(version, SAT.decidedOn.asNode(), NodeFactory.createLiteralDT(gate.clock().instant().toString(), XSDDatatype.XSDdateTime));
            decided.add(version, SAT.decisionReason.asNode(), NodeFactory.createLiteralString(reason));
            if (accept) {
                // The amended record: everything the record said, but the proposed value, as a new
                // version of it; the writer marks the old one superseded and attributes the new one.
                Node record = NodeFactory.createURI(correction.record());
                Node property = NodeFactory.createURI(correction.property());
                Node amended = NodeFactory.createBlankNode();
                graph.find(record, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (!StoredRecords.provenance(t.getPredicate()) && !t.getPredicate().equals(property)) {
                        decided.add(amended, t.getPredicate(), t.getObject());
                    }
                });
                decided.add(amended, property, correction.proposedValue());
                decided.add(amended, PROV.wasRevisionOf.asNode(), record);
            }
            return Outcome.after(writer.add(c, request, decided, Map.of()), s -> done(c, request.learnerId(), correction.id(), s.event()));
        });
    }

    /** The correction with this id (of the request as first made, or of any later version), with its current state. */
    Optional<Correction> find(RDFConnection c, String learnerId, String correctionId) {
        Optional<String> iri = StoredRecords.minted(gate, learnerId, correctionId);
        if (iri.isEmpty()) {
            return Optional.empty();
        }
        Set<String> versions = StoredRecords.versions(c, gate, learnerId, iri.get());
        return Correction.in(corrections(c, learnerId)).stream().filter(k -> versions.contains(k.iri())).findFirst();
    }

    private Outcome<Correction> done(RDFConnection c, String learnerId, String correctionId, AccessEvent event) {
        return find(c, learnerId, correctionId)
                .<Outcome<Correction>>map(k -> new Outcome.Done<>(k, event))
                .orElseThrow(() -> new IllegalStateException("the correction " + correctionId + " just stored cannot be read back"));
    }

    /** The correction requests in the learner's graph, with the kind and the later versions of what they challenge. */
    private Graph corrections(RDFConnection c, String learnerId) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(StoredRecords.PREFIXES + """
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g {
                  { ?s a sat:CorrectionRequest ; ?p ?o }
                  UNION { ?k a sat:CorrectionRequest ; sat:challenges ?s . ?s a ?o . BIND (rdf:type AS ?p) }
                  UNION { ?k a sat:CorrectionRequest ; sat:challenges ?r . ?s prov:wasRevisionOf ?r ; ?p ?o
                          FILTER (?p IN (rdf:type, prov:wasRevisionOf)) }
                } }
                """);
        q.setIri("g", gate.graphIri(learnerId));
        return c.queryConstruct(q.asQuery()).getGraph();
    }

    private boolean openChallenge(RDFConnection c, String learnerId, String record, String property) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(StoredRecords.PREFIXES + """
                ASK { GRAPH ?g { ?k a sat:CorrectionRequest ; sat:challenges ?r ; sat:challengedProperty ?p ;
                                    sat:correctionStatus code:correction-open
                                 FILTER NOT EXISTS { ?k prov:invalidatedAtTime ?gone } } }
                """);
        q.setIri("g", gate.graphIri(learnerId));
        q.setIri("r", record);
        q.setIri("p", property);
        return c.queryAsk(q.asQuery());
    }

    /** A property the ontology describes (so it has a sensitivity), other than the record's kind and provenance. */
    static boolean challengeable(Node property) {
        return !property.equals(RDF.type.asNode()) && !StoredRecords.provenance(property)
                && Ontology.sensitivityOf(Ontology.model().getResource(property.getURI())).isPresent();
    }

    /** A proposal made into a value like the current one, or why it cannot be. */
    sealed interface Typed permits Value, Mistyped {}

    record Value(Node node) implements Typed {}

    record Mistyped(String words) implements Typed {}

    static Typed typed(Proposal proposal, Node current) {
        return switch (proposal) {
            case Proposal.Code code -> current.isURI() ? new Value(NodeFactory.createURI(code.iri()))
                    : new Mistyped("this property takes a value such as \"" + current.getLiteralLexicalForm() + "\", not an IRI");
            case Proposal.Text text -> {
                if (!current.isLiteral()) {
                    yield new Mistyped("this property takes a code (an IRI) such as " + current.getURI() + ": send {\"@id\": \"…\"}");
                }
                String language = current.getLiteralLanguage();
                if (language != null && !language.isEmpty()) {
                    yield new Value(NodeFactory.createLiteralLang(text.lexical(), language));
                }
                RDFDatatype datatype = current.getLiteralDatatype();
                if (!datatype.isValid(text.lexical())) {
                    yield new Mistyped("'" + text.lexical() + "' is not a valid " + StoredRecords.localName(datatype.getURI())
                            + ", as the record's value \"" + current.getLiteralLexicalForm() + "\" is");
                }
                yield new Value(NodeFactory.createLiteralDT(text.lexical(), datatype));
            }
        };
    }
}
