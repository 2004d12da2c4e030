package org.satchel.node.issuance.status;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.status.CredentialRegister.Issued;
import org.satchel.node.issuance.status.CredentialRegister.State;
import org.satchel.node.issuance.status.CredentialRegister.StateChange;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * The register as RDF, inside the caller's transaction: one named graph per learner
 * ({@code {base}learners/{id}/credentials}) holding each {@code sat:IssuedCredential} and each
 * {@code sat:CredentialStateChange}. Only INSERT DATA is ever sent: a credential's state is its
 * latest change, so nothing is overwritten and the history stays.
 */
final class RegisterGraph {
    static final String PREFIXES = """
            PREFIX sat: <https://w3id.org/satchel/ns#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX code: <https://w3id.org/satchel/code#>
            """;

    private final String base;

    RegisterGraph(String base) {
        this.base = base;
    }

    String graphIri(String learnerId) {
        return base + "learners/" + learnerId + "/credentials";
    }

    /** The learner whose register graph this is, if it is one. */
    Optional<String> learnerOf(String graphIri) {
        String prefix = base + "learners/";
        String suffix = "/credentials";
        if (!graphIri.startsWith(prefix) || !graphIri.endsWith(suffix) || graphIri.length() <= prefix.length() + suffix.length()) {
            return Optional.empty();
        }
        return Optional.of(graphIri.substring(prefix.length(), graphIri.length() - suffix.length()));
    }

    /** Appends a new credential's statements to {@code update}. */
    void insert(UpdateRequest update, Issued issued) {
        QuadDataAcc quads = new QuadDataAcc();
        Node g = NodeFactory.createURI(graphIri(issued.learnerId()));
        Node c = NodeFactory.createURI(issued.credentialId());
        add(quads, g, c, RDF.type.asNode(), SAT.IssuedCredential.asNode());
        add(quads, g, c, SAT.learner.asNode(), NodeFactory.createURI(base + "learners/" + issued.learnerId()));
        add(quads, g, c, SAT.credentialType.asNode(), NodeFactory.createLiteralString(issued.typeId()));
        add(quads, g, c, RDFS.label.asNode(), NodeFactory.createLiteralString(issued.typeName()));
        add(quads, g, c, SAT.credentialFormat.asNode(), NodeFactory.createLiteralString(issued.format().identifier()));
        add(quads, g, c, SAT.issuedTo.asNode(), NodeFactory.createLiteralString(issued.subject()));
        issued.holderKeyThumbprint().ifPresent(t -> add(quads, g, c, SAT.holderKeyThumbprint.asNode(), NodeFactory.createLiteralString(t)));
        for (String source : issued.sources()) {
            add(quads, g, c, SAT.issuedFrom.asNode(), NodeFactory.createURI(source));
        }
        add(quads, g, c, SAT.statusIndex.asNode(), NodeFactory.createLiteralDT(Integer.toString(issued.statusIndex()), XSDDatatype.XSDinteger));
        for (URI list : List.of(issued.revocationList(), issued.suspensionList(), issued.tokenStatusList())) {
            add(quads, g, c, SAT.statusList.asNode(), NodeFactory.createURI(list.toString()));
        }
        add(quads, g, c, PROV.generatedAtTime.asNode(), dateTime(issued.issuedAt()));
        add(quads, g, c, PROV.wasAttributedTo.asNode(), NodeFactory.createURI(base + "systems/satchel-node"));
        update.add(new UpdateDataInsert(quads));
    }

    /** Appends a change of state, the {@code number}th of this credential, to {@code update}. */
    void insert(UpdateRequest update, String learnerId, String credentialId, int number, StateChange change) {
        QuadDataAcc quads = new QuadDataAcc();
        Node g = NodeFactory.createURI(graphIri(learnerId));
        // A fragment of the register graph: a credential id is a urn:uuid, which takes no path.
        Node k = NodeFactory.createURI(graphIri(learnerId) + "#change-" + java.util.UUID.randomUUID());
        add(quads, g, k, RDF.type.asNode(), SAT.CredentialStateChange.asNode());
        add(quads, g, k, SAT.changeOf.asNode(), NodeFactory.createURI(credentialId));
        add(quads, g, k, SAT.stateChangeNumber.asNode(), NodeFactory.createLiteralDT(Integer.toString(number), XSDDatatype.XSDinteger));
        add(quads, g, k, SAT.credentialState.asNode(), code(change.state()).asNode());
        add(quads, g, k, SAT.statusReason.asNode(), NodeFactory.createLiteralString(change.reason()));
        add(quads, g, k, SAT.stateChangedBy.asNode(), NodeFactory.createURI(change.by()));
        add(quads, g, k, SAT.stateChangedAt.asNode(), dateTime(change.at()));
        update.add(new UpdateDataInsert(quads));
    }

    /** Every credential in the learner's register, newest first. */
    List<Issued> forLearner(RDFConnection c, String learnerId) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
        q.setIri("g", graphIri(learnerId));
        return read(c.queryConstruct(q.asQuery()).getGraph(), learnerId);
    }

    /**
     * The learners whose registers hold statements matching {@code pattern} (a WHERE body over ?g).
     * The pattern is constant text written in this package, never input; values go in through {@code iris}.
     */
    Set<String> learnersWhere(RDFConnection c, String pattern, Map<String, String> iris) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + "SELECT DISTINCT ?g WHERE { GRAPH ?g { " + pattern + " } }");
        iris.forEach(q::setIri);
        Set<String> learners = new TreeSet<>();
        c.querySelect(q.asQuery(), row -> learnerOf(row.getResource("g").getURI()).ifPresent(learners::add));
        return learners;
    }

    /** The status indices taken in the list {@code list}, across every learner. */
    Set<Integer> indicesIn(RDFConnection c, URI list) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES
                + "SELECT ?i WHERE { GRAPH ?g { ?c sat:statusList ?list ; sat:statusIndex ?i } }");
        q.setIri("list", list.toString());
        Set<Integer> used = new HashSet<>();
        c.querySelect(q.asQuery(), row -> used.add(row.getLiteral("i").getInt()));
        return used;
    }

    /** The index and current state of every credential in {@code list} that is not active. */
    Map<Integer, State> flaggedIn(RDFConnection c, URI list) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + """
                SELECT ?i ?state WHERE { GRAPH ?g {
                  ?c sat:statusList ?list ; sat:statusIndex ?i .
                  ?k sat:changeOf ?c ; sat:stateChangeNumber ?n ; sat:credentialState ?state .
                  FILTER NOT EXISTS { ?later sat:changeOf ?c ; sat:stateChangeNumber ?m FILTER (?m > ?n) }
                  FILTER (?state != code:credential-active)
                } }
                """);
        q.setIri("list", list.toString());
        Map<Integer, State> flagged = new LinkedHashMap<>();
        c.querySelect(q.asQuery(), row -> flagged.put(row.getLiteral("i").getInt(), state(row.getResource("state").getURI())));
        return flagged;
    }

    private List<Issued> read(Graph graph, String learnerId) {
        List<Issued> all = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), SAT.IssuedCredential.asNode()).forEachRemaining(t -> {
            Node c = t.getSubject();
            List<Map.Entry<Integer, StateChange>> changes = new ArrayList<>();
            graph.find(Node.ANY, SAT.changeOf.asNode(), c).forEachRemaining(k -> {
                Node change = k.getSubject();
                changes.add(Map.entry(Integer.parseInt(one(graph, change, SAT.stateChangeNumber.asNode()).getLiteralLexicalForm()),
                        new StateChange(state(one(graph, change, SAT.credentialState.asNode()).getURI()),
                                one(graph, change, SAT.statusReason.asNode()).getLiteralLexicalForm(),
                                one(graph, change, SAT.stateChangedBy.asNode()).getURI(),
                                instant(one(graph, change, SAT.stateChangedAt.asNode())))));
            });
            List<StateChange> history = changes.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
            List<String> sources = graph.find(c, SAT.issuedFrom.asNode(), Node.ANY).mapWith(Triple::getObject).mapWith(Node::getURI)
                    .toList().stream().sorted().toList();
            List<URI> lists = graph.find(c, SAT.statusList.asNode(), Node.ANY).mapWith(x -> URI.create(x.getObject().getURI())).toList();
            Optional<String> thumbprint = optional(graph, c, SAT.holderKeyThumbprint.asNode()).map(Node::getLiteralLexicalForm);
            all.add(new Issued(c.getURI(), learnerId, one(graph, c, SAT.credentialType.asNode()).getLiteralLexicalForm(),
                    one(graph, c, RDFS.label.asNode()).getLiteralLexicalForm(),
                    CredentialFormat.of(one(graph, c, SAT.credentialFormat.asNode()).getLiteralLexicalForm()).orElseThrow(),
                    one(graph, c, SAT.issuedTo.asNode()).getLiteralLexicalForm(), sources, thumbprint,
                    Integer.parseInt(one(graph, c, SAT.statusIndex.asNode()).getLiteralLexicalForm()),
                    list(lists, "/status/revocation/"), list(lists, "/status/suspension/"), list(lists, "/status/token/"),
                    instant(one(graph, c, PROV.generatedAtTime.asNode())), history));
        });
        all.sort(Comparator.comparing(Issued::issuedAt).reversed().thenComparing(Issued::credentialId));
        return all;
    }

    private static URI list(List<URI> lists, String path) {
        return lists.stream().filter(u -> u.getPath().contains(path)).findFirst()
                .orElseThrow(() -> new IllegalStateException("a registered credential lacks its " + path + " list"));
    }

    static Node one(Graph graph, Node subject, Node predicate) {
        return optional(graph, subject, predicate)
                .orElseThrow(() -> new IllegalStateException(subject + " has no " + predicate + " in the register"));
    }

    private static Optional<Node> optional(Graph graph, Node subject, Node predicate) {
        var found = graph.find(subject, predicate, Node.ANY);
        try {
            return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
        } finally {
            found.close();
        }
    }

    private static Instant instant(Node literal) {
        return java.time.OffsetDateTime.parse(literal.getLiteralLexicalForm()).toInstant();
    }

    private static Node dateTime(Instant at) {
        return NodeFactory.createLiteralDT(at.toString(), XSDDatatype.XSDdateTime);
    }

    static org.apache.jena.rdf.model.Resource code(State state) {
        return switch (state) {
            case ACTIVE -> CODE.credential_active;
            case SUSPENDED -> CODE.credential_suspended;
            case REVOKED -> CODE.credential_revoked;
        };
    }

    static State state(String iri) {
        for (State s : State.values()) {
            if (code(s).getURI().equals(iri)) {
                return s;
            }
        }
        throw new IllegalStateException("not a credential state: " + iri);
    }

    private static void add(QuadDataAcc quads, Node g, Node s, Node p, Node o) {
        quads.addQuad(Quad.create(g, s, p, o));
    }
}
