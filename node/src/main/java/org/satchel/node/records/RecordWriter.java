package org.satchel.node.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.satchel.node.access.DataClassification;
import org.satchel.node.access.Permission;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.store.RecordStore;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.shacl.RecordValidator;
import org.satchel.vocab.shacl.Validation;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * Adds and amends statements in a learner's record. The node, not the caller, says who recorded
 * a statement, when, from which system and for what purpose (PROV-O); an amendment is a new
 * record that names the one it revises, which is kept and marked superseded, never overwritten.
 * Everything is checked against the access rules and the shapes before one update request
 * stores the records and their access event together.
 */
public final class RecordWriter {
    private static final Set<Node> PROVENANCE = Set.of(PROV.wasAttributedTo.asNode(), PROV.generatedAtTime.asNode(),
            SAT.sourceSystem.asNode(), SAT.recordedFor.asNode(), PROV.invalidatedAtTime.asNode(), SAT.learner.asNode());

    private final RecordStore store;
    private final Gatekeeper gate;
    private final RecordValidator validator = RecordValidator.standard();
    private final DataClassification classes = DataClassification.vocabulary();

    public RecordWriter(RecordStore store, Gatekeeper gate) {
        this.store = store;
        this.gate = gate;
    }

    /**
     * Adds the records in {@code submitted} (each a blank node, optionally {@code prov:wasRevisionOf}
     * an existing one). Records about the record — consent settings, correction requests,
     * delegations — are refused here: each has its own route that keeps its rules (who may decide,
     * which states follow which), and this one must not be a way round them.
     */
    public RecordWrite add(AccessRequest request, Graph submitted) {
        for (Triple t : submitted.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList()) {
            if (t.getObject().isURI() && isRecordKind(Ontology.model().getResource(t.getObject().getURI()), SAT.RecordAboutRecord)) {
                return new RecordWrite.Malformed(t.getObject().getLocalName()
                        + " records are made through their own routes (consent, corrections, advocates), not added as records");
            }
        }
        return store.write(c -> add(c, request, submitted, Map.of()));
    }

    /**
     * As {@link #add(AccessRequest, Graph)}, inside the caller's transaction, with extra statements
     * about existing records of this learner (a correction's decision) stored in the same update.
     */
    public RecordWrite add(RDFConnection c, AccessRequest request, Graph submitted, Map<Node, List<Triple>> alsoAbout) {
        if (!gate.learnerExists(c, request.learnerId())) {
            return new RecordWrite.NoSuchLearner(request.learnerId());
        }
        Node learner = NodeFactory.createURI(gate.learnerIri(request.learnerId()));
        Map<Node, Node> kinds = new HashMap<>();
        Optional<String> malformed = kinds(submitted, kinds);
        if (malformed.isPresent()) {
            return new RecordWrite.Malformed(malformed.get());
        }
        Set<String> kindIris = new TreeSet<>();
        kinds.values().forEach(k -> kindIris.add(k.getURI()));
        if (request.purpose().prohibited()) {
            return new RecordWrite.Refused(LearnerRecords.prohibited(request), gate.refuse(c, request, kindIris));
        }
        Permission permission = gate.permission(c, request);
        Optional<Refusal> refusal = refusal(permission, submitted, kinds, kindIris);
        if (refusal.isPresent()) {
            return new RecordWrite.Refused(refusal.get(), gate.refuse(c, request, kindIris));
        }
        // Mint an IRI for each new record and add what the node itself knows about it.
        Map<Node, Node> minted = new HashMap<>();
        kinds.keySet().forEach(b -> minted.put(b, NodeFactory.createURI(learner.getURI() + "/records/" + UUID.randomUUID())));
        Graph records = GraphFactory.createDefaultGraph();
        submitted.find().forEachRemaining(t -> records.add(Triple.create(minted.get(t.getSubject()), t.getPredicate(),
                minted.getOrDefault(t.getObject(), t.getObject()))));
        Node now = NodeFactory.createLiteralDT(gate.clock().instant().toString(), XSDDatatype.XSDdateTime);
        Node by = NodeFactory.createURI(request.principal().iri(gate.base()));
        Node system = NodeFactory.createURI(gate.base() + "systems/satchel-node");
        List<Triple> supersede = new ArrayList<>();
        for (Node record : minted.values()) {
            records.add(Triple.create(record, SAT.learner.asNode(), learner));
            records.add(Triple.create(record, PROV.wasAttributedTo.asNode(), by));
            records.add(Triple.create(record, PROV.generatedAtTime.asNode(), now));
            records.add(Triple.create(record, SAT.sourceSystem.asNode(), system));
            records.add(Triple.create(record, SAT.recordedFor.asNode(), NodeFactory.createURI(request.purpose().iri())));
        }
        for (Triple t : records.find(Node.ANY, PROV.wasRevisionOf.asNode(), Node.ANY).toList()) {
            Optional<String> problem = revisable(c, request.learnerId(), t.getObject(), kindOfMinted(records, t.getSubject()));
            if (problem.isPresent()) {
                return new RecordWrite.Malformed(problem.get());
            }
            supersede.add(Triple.create(t.getObject(), PROV.invalidatedAtTime.asNode(), now));
        }
        Validation validation = validator.validate(validationGraph(c, request.learnerId(), records));
        if (validation instanceof Validation.Invalid invalid) {
            return new RecordWrite.Invalid(invalid.violations());
        }
        Node g = NodeFactory.createURI(gate.graphIri(request.learnerId()));
        QuadDataAcc quads = new QuadDataAcc();
        records.find().forEachRemaining(t -> quads.addQuad(new Quad(g, t)));
        supersede.forEach(t -> quads.addQuad(new Quad(g, t)));
        alsoAbout.values().forEach(ts -> ts.forEach(t -> quads.addQuad(new Quad(g, t))));
        UpdateRequest update = new UpdateRequest(new UpdateDataInsert(quads));
        AccessEvent event = gate.record(update, request, kindIris, true, permission.rules().get(0).legalBasis());
        c.update(update);
        return new RecordWrite.Stored(minted.values().stream().map(Node::getURI).sorted().toList(), event);
    }

    private Optional<String> kinds(Graph submitted, Map<Node, Node> kinds) {
        if (submitted.isEmpty()) {
            return Optional.of("the body holds no statements");
        }
        Resource recordClass = SAT.Record;
        for (Triple t : submitted.find().toList()) {
            if (!t.getSubject().isBlank()) {
                return Optional.of("records are sent as blank nodes: the node gives each its IRI, and "
                        + t.getSubject() + " already has one (to amend a record, send a new one with prov:wasRevisionOf)");
            }
            if (t.getObject().isBlank() && !submitted.contains(t.getObject(), RDF.type.asNode(), Node.ANY)) {
                return Optional.of("a record's values are IRIs or literals; nested blank nodes are not records");
            }
            if (PROVENANCE.contains(t.getPredicate())) {
                return Optional.of("the node records " + t.getPredicate().getLocalName()
                        + " itself (who, when, from which system, for what purpose, about whom); leave it out");
            }
            if (t.getPredicate().equals(RDF.type.asNode())) {
                if (kinds.put(t.getSubject(), t.getObject()) != null) {
                    return Optional.of("each record has exactly one kind (rdf:type)");
                }
                Resource kind = Ontology.model().getResource(t.getObject().isURI() ? t.getObject().getURI() : "urn:x-none:none");
                if (!isRecordKind(kind, recordClass) || t.getObject().equals(SAT.AccessEvent.asNode())) {
                    return Optional.of(t.getObject() + " is not a kind of record this node stores");
                }
            }
        }
        for (Node s : submitted.find().mapWith(Triple::getSubject).toSet()) {
            if (!kinds.containsKey(s)) {
                return Optional.of("every record names its kind (rdf:type), such as sat:Achievement");
            }
        }
        return Optional.empty();
    }

    private static boolean isRecordKind(Resource kind, Resource record) {
        if (kind.equals(record)) {
            return false;
        }
        Set<Resource> seen = new java.util.HashSet<>();
        java.util.Deque<Resource> todo = new java.util.ArrayDeque<>(List.of(kind));
        while (!todo.isEmpty()) {
            Resource k = todo.pop();
            if (k.equals(record)) {
                return true;
            }
            if (seen.add(k)) {
                k.listProperties(RDFS.subClassOf).forEach(s -> todo.push(s.getResource()));
            }
        }
        return false;
    }

    private Optional<Refusal> refusal(Permission permission, Graph submitted, Map<Node, Node> kinds, Set<String> kindIris) {
        if (permission.isEmpty()) {
            return Optional.of(new Refusal(Refusal.Reason.NOT_PERMITTED,
                    "no access rule lets this role write to this learner's record for this purpose"));
        }
        for (String kind : kindIris) {
            if (permission.judge(Optional.of(kind), classes.classifyKind(kind)) instanceof Permission.Withheld w) {
                return Optional.of(LearnerRecords.refusal(w.reason(), kind));
            }
        }
        for (Triple t : submitted.find().toList()) {
            String kind = kinds.get(t.getSubject()).getURI();
            if (permission.judge(Optional.of(kind), classes.classify(Optional.of(kind), t.getPredicate().getURI()))
                    instanceof Permission.Withheld w) {
                return Optional.of(LearnerRecords.refusal(w.reason(), kind));
            }
        }
        return Optional.empty();
    }

    private static Node kindOfMinted(Graph records, Node record) {
        return records.find(record, RDF.type.asNode(), Node.ANY).next().getObject();
    }

    private Optional<String> revisable(RDFConnection c, String learnerId, Node old, Node kind) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?kind ?gone WHERE { GRAPH ?g { ?old a ?kind OPTIONAL { ?old prov:invalidatedAtTime ?gone } } }
                """);
        q.setIri("g", gate.graphIri(learnerId));
        q.setParam("old", old);
        List<Node> found = new ArrayList<>();
        boolean[] gone = new boolean[1];
        c.querySelect(q.asQuery(), row -> {
            found.add(row.get("kind").asNode());
            gone[0] |= row.contains("gone");
        });
        if (found.isEmpty()) {
            return Optional.of(old + " is not a record of this learner, so it cannot be amended");
        }
        if (gone[0]) {
            return Optional.of(old + " has already been superseded: amend its latest version");
        }
        if (!found.contains(kind)) {
            return Optional.of("an amendment keeps the kind of the record it revises (" + found.get(0) + ")");
        }
        return Optional.empty();
    }

    /** The new records, with the learner's own description and the school's staff and systems they refer to. */
    private Graph validationGraph(RDFConnection c, String learnerId, Graph records) {
        Graph data = GraphFactory.createDefaultGraph();
        records.find().forEachRemaining(data::add);
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                "CONSTRUCT { ?l ?p ?o } WHERE { GRAPH ?g { ?l ?p ?o } }");
        q.setIri("g", gate.graphIri(learnerId));
        q.setIri("l", gate.learnerIri(learnerId));
        c.queryConstruct(q.asQuery()).getGraph().find().forEachRemaining(data::add);
        return data;
    }
}
