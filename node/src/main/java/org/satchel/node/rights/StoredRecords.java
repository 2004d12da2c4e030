package org.satchel.node.rights;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.satchel.node.records.Gatekeeper;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/** Questions the rights ask of one learner's stored records, inside the caller's transaction. */
final class StoredRecords {
    static final String PREFIXES = """
            PREFIX sat: <https://w3id.org/satchel/ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX code: <https://w3id.org/satchel/code#>
            """;
    /** What may follow {@code {learner}/} in a record IRI: no character that could end an IRI in a query. */
    private static final Pattern RECORD_PATH = Pattern.compile("[A-Za-z0-9._~:/-]{1,200}");
    /** The node mints {@code {learner}/records/{uuid}}; a path segment names one such record. */
    private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private StoredRecords() {}

    /** One record as stored: its IRI, its kind and whether a later version superseded it. */
    record Stored(String iri, String kind, boolean superseded) {}

    /** The record at {@code iri} in this learner's graph, if it is a record about them. */
    static Optional<Stored> find(RDFConnection c, Gatekeeper gate, String learnerId, String iri) {
        if (!isRecordIri(gate, learnerId, iri)) {
            return Optional.empty();
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?kind ?gone WHERE { GRAPH ?g { ?r a ?kind ; sat:learner ?l OPTIONAL { ?r prov:invalidatedAtTime ?gone } } }
                """);
        q.setIri("g", gate.graphIri(learnerId));
        q.setIri("l", gate.learnerIri(learnerId));
        q.setIri("r", iri);
        String[] kind = new String[1];
        boolean[] gone = new boolean[1];
        c.querySelect(q.asQuery(), row -> {
            kind[0] = row.getResource("kind").getURI();
            gone[0] |= row.contains("gone");
        });
        return Optional.ofNullable(kind[0]).map(k -> new Stored(iri, k, gone[0]));
    }

    /** Every version of the record at {@code iri}: the ones it revises and the ones that revise it, itself included. */
    static Set<String> versions(RDFConnection c, Gatekeeper gate, String learnerId, String iri) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT DISTINCT ?v WHERE { GRAPH ?g { ?v (prov:wasRevisionOf|^prov:wasRevisionOf)* ?r } }
                """);
        q.setIri("g", gate.graphIri(learnerId));
        q.setIri("r", iri);
        Set<String> versions = new TreeSet<>();
        c.querySelect(q.asQuery(), row -> {
            if (row.get("v").isURIResource() && isRecordIri(gate, learnerId, row.getResource("v").getURI())) {
                versions.add(row.getResource("v").getURI());
            }
        });
        versions.add(iri);
        return versions;
    }

    /** Every statement about these subjects in the learner's graph. */
    static Graph statements(RDFConnection c, Gatekeeper gate, String learnerId, Set<String> subjects) {
        if (subjects.isEmpty()) {
            return org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } WHERE { VALUES (?s) { ?subjects } GRAPH ?g { ?s ?p ?o } }");
        q.setIri("g", gate.graphIri(learnerId));
        for (String s : subjects) {
            if (!isRecordIri(gate, learnerId, s)) {
                throw new IllegalArgumentException(s + " is not a record IRI of learner " + learnerId);
            }
        }
        q.setValues("subjects", subjects.stream().map(ResourceFactory::createResource).toList());
        return c.queryConstruct(q.asQuery()).getGraph();
    }

    /** Whether {@code iri} names something under this learner, in characters safe to put in a query. */
    static boolean isRecordIri(Gatekeeper gate, String learnerId, String iri) {
        String prefix = gate.learnerIri(learnerId) + "/";
        return iri.startsWith(prefix) && RECORD_PATH.matcher(iri.substring(prefix.length())).matches() && iri.indexOf("//", prefix.length()) < 0;
    }

    /** The IRI of the record the node minted with this local id (a path segment), if the id is well formed. */
    static Optional<String> minted(Gatekeeper gate, String learnerId, String localId) {
        return LOCAL_ID.matcher(localId).matches() ? Optional.of(gate.learnerIri(learnerId) + "/records/" + localId) : Optional.empty();
    }

    /** The last segment of a record's IRI, as the API names it in paths. */
    static String localId(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The local name of an ontology term: {@code AttendanceMark} for {@code sat:AttendanceMark}. */
    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }

    /** Whether the ontology makes {@code kind} a subclass of {@code ancestor}, however far up. */
    static boolean isA(String kind, Resource ancestor) {
        Set<Resource> seen = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(Ontology.model().getResource(kind)));
        while (!todo.isEmpty()) {
            Resource k = todo.pop();
            if (k.equals(ancestor)) {
                return true;
            }
            if (seen.add(k)) {
                k.listProperties(RDFS.subClassOf).forEach(s -> todo.push(s.getResource()));
            }
        }
        return false;
    }

    /** The kind (rdf:type) of {@code subject} in {@code graph}, if it has one. */
    static Optional<String> kindIn(Graph graph, Node subject) {
        return graph.find(subject, RDF.type.asNode(), Node.ANY).toList().stream()
                .filter(t -> t.getObject().isURI()).map(t -> t.getObject().getURI()).findFirst();
    }

    /** Statements the node writes itself on every record, and the version links between records. */
    static boolean provenance(Node predicate) {
        return predicate.equals(PROV.wasAttributedTo.asNode()) || predicate.equals(PROV.generatedAtTime.asNode())
                || predicate.equals(SAT.sourceSystem.asNode()) || predicate.equals(SAT.recordedFor.asNode())
                || predicate.equals(PROV.invalidatedAtTime.asNode()) || predicate.equals(SAT.learner.asNode())
                || predicate.equals(PROV.wasRevisionOf.asNode());
    }
}
