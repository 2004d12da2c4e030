package org.satchel.node.issuance.types;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.satchel.node.store.RecordStore;
import org.satchel.node.store.SchoolFixture;

/**
 * A generated school in a real TDB2 store, and each learner's record read back from it as the node
 * reads it: the content of the learner's named graph.
 */
final class GeneratedRecords implements AutoCloseable {
    static final String DID = "did:web:oakfield.school.example";

    private final RecordStore store;
    final SchoolFixture fixture;
    private final Map<String, Model> records = new java.util.concurrent.ConcurrentHashMap<>();

    private GeneratedRecords(RecordStore store, SchoolFixture fixture) {
        this.store = store;
        this.fixture = fixture;
    }

    /** Eight years of an all-through school: some learners sat GCSEs and A levels in that time, some are too young. */
    static GeneratedRecords load(Path dir) {
        RecordStore store = RecordStore.embedded(dir.resolve("tdb2"));
        return new GeneratedRecords(store, SchoolFixture.load(store, 12, 8, 20260705L));
    }

    static String learnerIri(String learnerId) {
        return SchoolFixture.BASE + "learners/" + learnerId;
    }

    /** The learner's record graph, as the store gives it. */
    Model record(String learnerId) {
        return records.computeIfAbsent(learnerId, id -> store.read(c -> {
            Model copy = ModelFactory.createDefaultModel();
            copy.add(c.fetch(learnerIri(id) + "/record"));
            return copy;
        }));
    }

    /** The school as its own graph describes it. */
    School school() {
        return store.read(c -> {
            Model school = c.fetch(SchoolFixture.BASE + "school");
            List<QuerySolution> rows = select(school, new ParameterizedSparqlString("""
                    PREFIX sat: <https://w3id.org/satchel/ns#>
                    PREFIX schema: <https://schema.org/>
                    SELECT ?name ?urn WHERE { ?s a sat:School ; schema:name ?name ; sat:urn ?urn }"""));
            return new School(rows.get(0).getLiteral("name").getString(), rows.get(0).getLiteral("urn").getString(), DID);
        });
    }

    static List<QuerySolution> select(Model model, ParameterizedSparqlString query) {
        try (QueryExecution execution = QueryExecution.model(model).query(query.asQuery()).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
