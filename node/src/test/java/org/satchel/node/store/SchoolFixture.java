package org.satchel.node.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.ModelFactory;
import org.satchel.vocab.generator.GeneratorOptions;
import org.satchel.vocab.generator.LearnerGraph;
import org.satchel.vocab.generator.SchoolGenerator;

/** A generated school loaded into a store, and questions tests ask of it. */
public final class SchoolFixture {
    public static final String BASE = GeneratorOptions.DEFAULT_BASE_IRI;

    private final RecordStore store;
    private final List<String> learners = new ArrayList<>();

    private SchoolFixture(RecordStore store) {
        this.store = store;
    }

    public static SchoolFixture load(RecordStore store, int pupils, int years, long seed) {
        SchoolFixture fixture = new SchoolFixture(store);
        SchoolGenerator generator = new SchoolGenerator(GeneratorOptions.of(pupils, years, seed));
        LearnerGraph school = generator.schoolGraph();
        store.write(c -> {
            c.load(school.graphIri(), ModelFactory.createModelForGraph(school.graph()));
            generator.forEachLearner(l -> {
                c.load(l.graphIri(), ModelFactory.createModelForGraph(l.graph()));
                String iri = l.graphIri().replace("/record", "");
                fixture.learners.add(iri.substring(iri.lastIndexOf('/') + 1));
            });
            return null;
        });
        return fixture;
    }

    public List<String> learners() {
        return learners;
    }

    /** A learner whose record holds a record of this kind (local name in sat:), if any. */
    public Optional<String> learnerWith(String kind) {
        return learnersWith(kind).stream().findFirst();
    }

    public List<String> learnersWith(String kind) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX sat: <https://w3id.org/satchel/ns#>
                SELECT DISTINCT ?l WHERE { GRAPH ?g { ?r a ?kind ; sat:learner ?l } } ORDER BY ?l
                """);
        q.setIri("kind", "https://w3id.org/satchel/ns#" + kind);
        List<String> found = new ArrayList<>();
        store.read(c -> {
            c.querySelect(q.asQuery(), row -> {
                String iri = row.getResource("l").getURI();
                found.add(iri.substring(iri.lastIndexOf('/') + 1));
            });
            return null;
        });
        return found;
    }

    /** A staff code who recorded or assessed something for this learner most recently. */
    public String teacherOf(String learnerId) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX sat: <https://w3id.org/satchel/ns#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?staff WHERE { GRAPH ?g { ?r a sat:FormativeAssessment ; sat:assessedBy ?staff ; prov:generatedAtTime ?t
                  FILTER (STRSTARTS(STR(?staff), ?prefix)) } } ORDER BY DESC(?t) LIMIT 1
                """);
        q.setIri("g", BASE + "learners/" + learnerId + "/record");
        q.setLiteral("prefix", BASE + "staff/");
        String[] staff = new String[1];
        store.read(c -> {
            c.querySelect(q.asQuery(), row -> staff[0] = row.getResource("staff").getURI());
            return null;
        });
        return staff[0].substring(staff[0].lastIndexOf('/') + 1);
    }

    /** The contact id of a guardian with parental responsibility for this learner. */
    public String guardianOf(String learnerId) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX sat: <https://w3id.org/satchel/ns#>
                SELECT ?who WHERE { GRAPH ?g { ?rel a sat:GuardianRelationship ; sat:guardian ?who ; sat:parentalResponsibility true ;
                  sat:contactPriority ?p } } ORDER BY ?p LIMIT 1
                """);
        q.setIri("g", BASE + "learners/" + learnerId + "/record");
        String[] who = new String[1];
        store.read(c -> {
            c.querySelect(q.asQuery(), row -> who[0] = row.getResource("who").getURI());
            return null;
        });
        return who[0].substring(who[0].lastIndexOf('/') + 1);
    }

    /** The learner's whole stored graph as N-Quads text, sorted, for before-and-after comparisons. */
    public String snapshot(String learnerId) {
        return store.read(c -> {
            var m = c.fetch(BASE + "learners/" + learnerId + "/record");
            var out = new java.io.StringWriter();
            org.apache.jena.riot.RDFDataMgr.write(out, m, org.apache.jena.riot.Lang.NTRIPLES);
            return out.toString().lines().sorted().collect(java.util.stream.Collectors.joining("\n"));
        });
    }
}
