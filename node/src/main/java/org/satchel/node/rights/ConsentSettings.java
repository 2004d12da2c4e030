package org.satchel.node.rights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.RDF;
import org.satchel.node.access.AccessPolicy;
import org.satchel.node.access.AccessRule;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Purposes;
import org.satchel.node.access.Scope;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.records.AccessRequest;
import org.satchel.node.records.Gatekeeper;
import org.satchel.node.records.RecordWriter;
import org.satchel.node.store.RecordStore;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * The learner's sharing decisions, for each purpose the access rules open only with consent: the
 * current decision, or the default (an opt-in purpose such as research is off until the learner
 * opts in; other sharing is on until they decline). A new decision is a new
 * {@code sat:ConsentSetting} that amends the one before it, so the history is kept.
 */
final class ConsentSettings {
    private static final String CONSENT_SETTING = SAT.ConsentSetting.getURI();

    private final RecordStore store;
    private final Gatekeeper gate;
    private final RecordWriter writer;
    /** The purposes consent decides, by code, each with whether the learner must opt in. */
    private final Map<String, Boolean> optInByCode = new LinkedHashMap<>();

    ConsentSettings(RecordStore store, Gatekeeper gate, RecordWriter writer, AccessPolicy policy) {
        this.store = store;
        this.gate = gate;
        this.writer = writer;
        // Which purposes consent decides is the rules' business: a purpose is opt-in where a rule
        // for it needs the learner to opt in, and declinable where a rule shares unless declined.
        Map<String, Boolean> found = new java.util.TreeMap<>();
        for (AccessRule rule : policy.rules()) {
            if (rule.scope() == Scope.OPT_IN || rule.scope() == Scope.STATUTORY_OR_CONSENTED) {
                for (String iri : rule.purposes()) {
                    Purposes.vocabulary().byIri(iri).ifPresent(p -> found.merge(p.code(), rule.scope() == Scope.OPT_IN, Boolean::logicalOr));
                }
            }
        }
        optInByCode.putAll(found);
    }

    /** The current decision on one purpose, and the setting it comes from (none: the default). */
    record Decision(Purpose purpose, boolean given, Optional<Setting> setting) {}

    /** A stored consent setting: its IRI and when it was made. */
    record Setting(String iri, Instant at) {}

    /** The purpose with this code, if consent decides it. */
    Optional<Purpose> purpose(String code) {
        return optInByCode.containsKey(code) ? Purposes.vocabulary().byCode(code) : Optional.empty();
    }

    /** The codes of the purposes consent decides, for saying which a body may name. */
    Set<String> codes() {
        return optInByCode.keySet();
    }

    /** The learner's current decisions, as a read logged for {@code request}. */
    Outcome<List<Decision>> read(AccessRequest request) {
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new Outcome.NoSuchLearner<>(request.learnerId());
            }
            return switch (Admission.admit(gate, c, request, Set.of(CONSENT_SETTING))) {
                case Admission.TurnedAway t -> t.outcome();
                case Admission.Admitted a -> {
                    List<Decision> decisions = decisions(c, request.learnerId());
                    UpdateRequest update = new UpdateRequest();
                    AccessEvent event = gate.record(update, request, Set.of(CONSENT_SETTING), true, a.legalBasis());
                    c.update(update);
                    yield new Outcome.Done<>(decisions, event);
                }
            };
        });
    }

    /** Records new decisions ({@code true}: share), each amending the current setting for its purpose. */
    Outcome<List<Decision>> decide(AccessRequest request, Map<Purpose, Boolean> choices) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("a consent decision names at least one purpose");
        }
        return store.write(c -> {
            if (!gate.learnerExists(c, request.learnerId())) {
                return new Outcome.NoSuchLearner<>(request.learnerId());
            }
            if (Admission.admitLearnerOrGuardian(gate, c, request, Set.of(CONSENT_SETTING)) instanceof Admission.TurnedAway t) {
                return t.outcome();
            }
            Map<String, Setting> current = new HashMap<>();
            decisions(c, request.learnerId()).forEach(d -> d.setting().ifPresent(s -> current.put(d.purpose().iri(), s)));
            Graph settings = GraphFactory.createDefaultGraph();
            choices.forEach((purpose, given) -> {
                Node s = NodeFactory.createBlankNode();
                settings.add(s, RDF.type.asNode(), SAT.ConsentSetting.asNode());
                settings.add(s, SAT.consentPurpose.asNode(), NodeFactory.createURI(purpose.iri()));
                settings.add(s, SAT.consentGiven.asNode(), NodeFactory.createLiteralDT(given.toString(), XSDDatatype.XSDboolean));
                Optional.ofNullable(current.get(purpose.iri())).ifPresent(before ->
                        settings.add(s, PROV.wasRevisionOf.asNode(), NodeFactory.createURI(before.iri())));
            });
            return Outcome.after(writer.add(c, request, settings, Map.of()),
                    stored -> new Outcome.Done<>(decisions(c, request.learnerId()), stored.event()));
        });
    }

    /** The current decisions, defaults included, inside the caller's transaction; not logged (the caller logs). */
    List<Decision> decisions(RDFConnection c, String learnerId) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(StoredRecords.PREFIXES + """
                SELECT ?s ?purpose ?given ?at WHERE { GRAPH ?g {
                  ?s a sat:ConsentSetting ; sat:consentPurpose ?purpose ; sat:consentGiven ?given ; prov:generatedAtTime ?at .
                  FILTER NOT EXISTS { ?s prov:invalidatedAtTime ?gone }
                } } ORDER BY ?at ?s
                """);
        q.setIri("g", gate.graphIri(learnerId));
        Map<String, Boolean> given = new HashMap<>();
        Map<String, Setting> settings = new HashMap<>();
        // The same order the gatekeeper reads them in: the latest decision for a purpose wins.
        c.querySelect(q.asQuery(), row -> {
            String purpose = row.getResource("purpose").getURI();
            given.put(purpose, row.getLiteral("given").getBoolean());
            settings.put(purpose, new Setting(row.getResource("s").getURI(),
                    OffsetDateTime.parse(row.getLiteral("at").getLexicalForm()).toInstant()));
        });
        List<Decision> decisions = new ArrayList<>();
        optInByCode.forEach((code, optIn) -> {
            Purpose purpose = Purposes.vocabulary().byCode(code).orElseThrow();
            decisions.add(new Decision(purpose, given.getOrDefault(purpose.iri(), !optIn), Optional.ofNullable(settings.get(purpose.iri()))));
        });
        return decisions;
    }
}
