package org.satchel.node.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.update.UpdateRequest;
import org.satchel.node.access.Action;
import org.satchel.node.access.DataClassification;
import org.satchel.node.access.Permission;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.store.RecordStore;
import org.satchel.vocab.terms.SAT;

/**
 * The list of learners a member of staff may see, by name. Names are the learner's data too, so
 * each learner listed gets an access event, like any other read.
 */
public final class LearnerDirectory {
    private final RecordStore store;
    private final Gatekeeper gate;

    public LearnerDirectory(RecordStore store, Gatekeeper gate) {
        this.store = store;
        this.gate = gate;
    }

    /** One learner in the list. */
    public record Entry(String id, String givenName, String familyName) {}

    public List<Entry> list(Principal principal, Purpose purpose) {
        return store.write(c -> {
            List<Entry> all = new ArrayList<>();
            ParameterizedSparqlString q = new ParameterizedSparqlString("""
                    PREFIX sat: <https://w3id.org/satchel/ns#>
                    PREFIX schema: <https://schema.org/>
                    SELECT ?l ?given ?family WHERE { GRAPH ?g { ?l a sat:Learner ; schema:givenName ?given ; schema:familyName ?family } }
                    ORDER BY ?family ?given ?l
                    """);
            c.querySelect(q.asQuery(), row -> {
                String iri = row.getResource("l").getURI();
                if (iri.startsWith(gate.base() + "learners/")) {
                    all.add(new Entry(iri.substring(iri.lastIndexOf('/') + 1), row.getLiteral("given").getString(),
                            row.getLiteral("family").getString()));
                }
            });
            List<Entry> visible = new ArrayList<>();
            UpdateRequest update = new UpdateRequest();
            String learnerKind = SAT.Learner.getURI();
            for (Entry e : all) {
                AccessRequest request = new AccessRequest(principal, e.id(), purpose, Action.READ);
                if (purpose.prohibited()) {
                    continue;
                }
                Permission permission = gate.permission(c, request);
                if (!permission.isEmpty() && permission.judge(Optional.of(learnerKind),
                        DataClassification.vocabulary().classifyKind(learnerKind)) instanceof Permission.Permitted p) {
                    visible.add(e);
                    gate.record(update, request, Set.of(learnerKind), true, p.legalBasis());
                }
            }
            if (!update.getOperations().isEmpty()) {
                c.update(update);
            }
            return visible;
        });
    }
}
