package org.satchel.node.accesslog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.satchel.node.access.Action;
import org.satchel.node.access.Role;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * The learner-visible log of every access to a learner's data, one named graph per learner
 * ({@code {base}learners/{id}/access-log}) beside their record, so that reading the record does
 * not grow it and erasing part of the record never erases the trace of who saw it. Events are
 * added to the same update request as the change they describe.
 */
public final class AccessLog {
    private final String base;
    private final Node nodeSoftware;

    /** @param base the node's base IRI, ending in {@code /} */
    public AccessLog(String base) {
        this.base = base;
        this.nodeSoftware = NodeFactory.createURI(base + "systems/satchel-node");
    }

    public String graphIri(String learnerId) {
        return base + "learners/" + learnerId + "/access-log";
    }

    /** A fresh IRI for an event about this learner. */
    public String newEventIri(String learnerId) {
        return base + "learners/" + learnerId + "/access/" + java.util.UUID.randomUUID();
    }

    /** Adds the event's statements to {@code request}, as one more INSERT DATA. */
    public UpdateRequest append(UpdateRequest request, AccessEvent event) {
        QuadDataAcc quads = new QuadDataAcc();
        Node g = NodeFactory.createURI(graphIri(event.learnerId()));
        Node e = NodeFactory.createURI(event.iri());
        Node at = NodeFactory.createLiteralDT(event.at().toString(), XSDDatatype.XSDdateTime);
        add(quads, g, e, RDF.type.asNode(), SAT.AccessEvent.asNode());
        add(quads, g, e, SAT.learner.asNode(), NodeFactory.createURI(base + "learners/" + event.learnerId()));
        add(quads, g, e, PROV.wasAttributedTo.asNode(), nodeSoftware);
        add(quads, g, e, PROV.generatedAtTime.asNode(), at);
        add(quads, g, e, SAT.sourceSystem.asNode(), nodeSoftware);
        // Kept so that the learner can know who saw their record: that is what the event is for.
        add(quads, g, e, SAT.recordedFor.asNode(), PURPOSE.learner_request.asNode());
        add(quads, g, e, SAT.accessor.asNode(), NodeFactory.createURI(event.accessor()));
        add(quads, g, e, SAT.accessorRole.asNode(), event.role().iri().asNode());
        add(quads, g, e, SAT.accessedAt.asNode(), at);
        add(quads, g, e, SAT.accessPurpose.asNode(), NodeFactory.createURI(event.purposeIri()));
        for (String kind : event.dataKinds()) {
            add(quads, g, e, SAT.dataKind.asNode(), NodeFactory.createURI(kind));
        }
        add(quads, g, e, SAT.accessAction.asNode(), NodeFactory.createURI(event.action().iri()));
        add(quads, g, e, SAT.accessOutcome.asNode(), (event.allowed() ? CODE.outcome_allowed : CODE.outcome_refused).asNode());
        add(quads, g, e, SAT.legalBasis.asNode(), NodeFactory.createURI(event.legalBasis()));
        event.deferral().ifPresent(d -> {
            add(quads, g, e, SAT.hiddenFromGuardiansUntil.asNode(), NodeFactory.createLiteralDT(d.until().toString(), XSDDatatype.XSDdate));
            add(quads, g, e, SAT.deferralReason.asNode(), NodeFactory.createLiteralString(d.reason()));
        });
        request.add(new UpdateDataInsert(quads));
        return request;
    }

    /** Adds a deferral to an existing event. */
    public UpdateRequest defer(UpdateRequest request, String learnerId, String eventIri, AccessEvent.Deferral deferral) {
        QuadDataAcc quads = new QuadDataAcc();
        Node g = NodeFactory.createURI(graphIri(learnerId));
        Node e = NodeFactory.createURI(eventIri);
        add(quads, g, e, SAT.hiddenFromGuardiansUntil.asNode(), NodeFactory.createLiteralDT(deferral.until().toString(), XSDDatatype.XSDdate));
        add(quads, g, e, SAT.deferralReason.asNode(), NodeFactory.createLiteralString(deferral.reason()));
        request.add(new UpdateDataInsert(quads));
        return request;
    }

    /** The learner's events, newest first, filtered by time and kind; inside the caller's transaction. */
    public List<AccessEvent> events(RDFConnection connection, String learnerId, AccessLogFilter filter) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX sat: <https://w3id.org/satchel/ns#>
                SELECT ?e ?who ?role ?at ?purpose ?kind ?action ?outcome ?basis ?until ?why WHERE {
                  GRAPH ?g {
                    ?e a sat:AccessEvent ; sat:accessor ?who ; sat:accessorRole ?role ; sat:accessedAt ?at ;
                       sat:accessPurpose ?purpose ; sat:dataKind ?kind ; sat:accessAction ?action ;
                       sat:accessOutcome ?outcome ; sat:legalBasis ?basis .
                    OPTIONAL { ?e sat:hiddenFromGuardiansUntil ?until ; sat:deferralReason ?why }
                  }
                } ORDER BY DESC(?at) ?e
                """);
        q.setIri("g", graphIri(learnerId));
        Map<String, Builder> events = new LinkedHashMap<>();
        connection.querySelect(q.asQuery(), row -> {
            String iri = row.getResource("e").getURI();
            events.computeIfAbsent(iri, i -> new Builder(i, learnerId, row)).kinds.add(row.getResource("kind").getURI());
        });
        List<AccessEvent> result = new ArrayList<>();
        for (Builder b : events.values()) {
            AccessEvent event = b.build();
            if (filter.accepts(event)) {
                result.add(event);
            }
        }
        return result;
    }

    /** One event by IRI, if it is in this learner's log. */
    public Optional<AccessEvent> event(RDFConnection connection, String learnerId, String eventIri) {
        return events(connection, learnerId, AccessLogFilter.all()).stream().filter(e -> e.iri().equals(eventIri)).findFirst();
    }

    private static final class Builder {
        final String iri;
        final String learnerId;
        final QuerySolution row;
        final Set<String> kinds = new HashSet<>();

        Builder(String iri, String learnerId, QuerySolution row) {
            this.iri = iri;
            this.learnerId = learnerId;
            this.row = row;
        }

        AccessEvent build() {
            Optional<AccessEvent.Deferral> deferral = row.contains("until")
                    ? Optional.of(new AccessEvent.Deferral(LocalDate.parse(row.getLiteral("until").getLexicalForm()),
                            row.getLiteral("why").getString()))
                    : Optional.empty();
            return new AccessEvent(iri, learnerId, row.getResource("who").getURI(),
                    Role.fromIri(row.getResource("role").getURI()).orElseThrow(),
                    Instant.parse(row.getLiteral("at").getLexicalForm()), row.getResource("purpose").getURI(), kinds,
                    Action.fromIri(row.getResource("action").getURI()).orElseThrow(),
                    row.getResource("outcome").equals(CODE.outcome_allowed), row.getResource("basis").getURI(), deferral);
        }
    }

    private static void add(QuadDataAcc quads, Node g, Node s, Node p, Node o) {
        quads.addQuad(Quad.create(g, s, p, o));
    }
}
