package org.satchel.vocab.shacl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;

/** The good learner and school graphs of the tests, and a way to break one thing in a copy. */
final class Fixtures {
    static final String BASE = "https://northfield-academy.satchel.test/";
    static final String LEARNER = "good-learner.ttl";
    static final String SCHOOL = "good-school.ttl";

    /** The prefixes the change scripts of the tests may use, as in the fixtures. */
    static final String PROLOGUE = """
            BASE <https://northfield-academy.satchel.test/>
            PREFIX sat: <https://w3id.org/satchel/ns#>
            PREFIX purpose: <https://w3id.org/satchel/purpose#>
            PREFIX basis: <https://w3id.org/satchel/basis#>
            PREFIX role: <https://w3id.org/satchel/role#>
            PREFIX att: <https://w3id.org/satchel/attendance#>
            PREFIX code: <https://w3id.org/satchel/code#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX ex: <https://example.org/elsewhere#>
            """;

    private Fixtures() {}

    /** A fresh copy of a fixture graph. */
    static Graph load(String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    /** A fresh copy of a fixture graph with a SPARQL Update applied. */
    static Graph changed(String name, String update) {
        Graph graph = load(name);
        UpdateAction.parseExecute(PROLOGUE + update, graph);
        return graph;
    }
}
