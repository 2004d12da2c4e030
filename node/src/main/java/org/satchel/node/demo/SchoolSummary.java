package org.satchel.node.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.SAT;

/**
 * What a person wants to know first about a school's data, read from the store with SPARQL:
 * how many pupils, how many records of each kind, attendance, and the census headline rates.
 * Call inside a read transaction.
 */
final class SchoolSummary {
    private final RDFConnection store;

    SchoolSummary(RDFConnection store) {
        this.store = store;
    }

    String describe() {
        long pupils = count("SELECT (COUNT(DISTINCT ?l) AS ?n) WHERE { GRAPH ?g { ?l a sat:Learner } }");
        StringBuilder text = new StringBuilder();
        line(text, "pupils", String.format(Locale.ROOT, "%,d", pupils));
        text.append("records by kind\n");
        select("SELECT ?kind (COUNT(?r) AS ?n) WHERE { GRAPH ?g { ?r sat:learner ?l ; a ?kind } } "
                + "GROUP BY ?kind ORDER BY DESC(?n) ?kind", row -> line(text, "  " + label(row.getResource("kind")),
                String.format(Locale.ROOT, "%,d", row.getLiteral("n").getLong())));
        line(text, "attendance", attendance(pupils));
        Map<Resource, Long> flags = countLearnersBy("sat:EligibilityFlag", "sat:eligibility");
        line(text, "free school meals", share(flags.getOrDefault(CODE.eligibility_fsm, 0L), pupils));
        Map<Resource, Long> sen = countLearnersBy("sat:SenProvision", "sat:senProvision");
        line(text, "SEN support", share(sen.getOrDefault(CODE.sen_support, 0L), pupils));
        line(text, "EHC plan", share(sen.getOrDefault(CODE.ehc_plan, 0L), pupils));
        return text.toString().stripTrailing();
    }

    /** Share of possible sessions attended, and pupils missing 10% or more (DfE's persistent absence). */
    private String attendance(long pupils) {
        Model ontology = Ontology.model();
        Map<Resource, long[]> byLearner = new HashMap<>(); // learner -> {possible, absent}
        select("SELECT ?l ?code (COUNT(?m) AS ?n) WHERE { GRAPH ?g { ?m a sat:AttendanceMark ; sat:learner ?l ; "
                + "sat:attendanceCode ?code } } GROUP BY ?l ?code", row -> {
            Resource code = ontology.getResource(row.getResource("code").getURI());
            Statement possible = code.getProperty(SAT.countsAsPossible);
            if (possible == null || !possible.getBoolean()) {
                return;
            }
            long n = row.getLiteral("n").getLong();
            long[] tally = byLearner.computeIfAbsent(row.getResource("l"), l -> new long[2]);
            tally[0] += n;
            Resource category = code.getPropertyResourceValue(SAT.attendanceCategory);
            if (ATT.authorised_absence.equals(category) || ATT.unauthorised_absence.equals(category)) {
                tally[1] += n;
            }
        });
        long possible = byLearner.values().stream().mapToLong(t -> t[0]).sum();
        long absent = byLearner.values().stream().mapToLong(t -> t[1]).sum();
        long persistent = byLearner.values().stream().filter(t -> t[0] > 0 && t[1] * 10 >= t[0]).count();
        return String.format(Locale.ROOT, "%.1f%% of %,d possible sessions; persistently absent: %s",
                possible == 0 ? 0.0 : 100.0 * (possible - absent) / possible, possible, share(persistent, pupils));
    }

    private Map<Resource, Long> countLearnersBy(String recordClass, String property) {
        Map<Resource, Long> counts = new LinkedHashMap<>();
        select("SELECT ?v (COUNT(DISTINCT ?l) AS ?n) WHERE { GRAPH ?g { ?r a " + recordClass + " ; sat:learner ?l ; "
                + property + " ?v } } GROUP BY ?v", row -> counts.put(row.getResource("v"), row.getLiteral("n").getLong()));
        return counts;
    }

    private long count(String query) {
        long[] n = {0};
        select(query, row -> n[0] = row.getLiteral("n").getLong());
        return n[0];
    }

    private void select(String query, Consumer<QuerySolution> each) {
        ParameterizedSparqlString sparql = new ParameterizedSparqlString(query);
        sparql.setNsPrefix("sat", SAT.NS);
        store.querySelect(sparql.asQuery(), each::accept);
    }

    private static String label(Resource kind) {
        Statement label = Ontology.model().getResource(kind.getURI()).getProperty(org.apache.jena.vocabulary.RDFS.label);
        return label == null ? kind.getLocalName() : label.getString();
    }

    private static String share(long part, long whole) {
        return String.format(Locale.ROOT, "%,d (%.0f%%)", part, whole == 0 ? 0.0 : 100.0 * part / whole);
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(String.format(Locale.ROOT, "%-30s %s%n", name, value));
    }
}
