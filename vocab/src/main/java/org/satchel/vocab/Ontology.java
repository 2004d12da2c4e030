package org.satchel.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The Satchel ontology and its code lists ({@code satchel.ttl} and {@code codes.ttl}), loaded
 * once from the classpath and shared by everything that reads the vocabulary: validation,
 * access control, credential mapping.
 */
public final class Ontology {
    private static final String RESOURCES = "/org/satchel/vocab/ontology/";
    private static final List<String> FILES = List.of("satchel.ttl", "codes.ttl");
    private static final String SAT = "https://w3id.org/satchel/ns#";
    private static final Property SENSITIVITY = ResourceFactory.createProperty(SAT + "sensitivity");
    private static final Property SHARING_BASIS = ResourceFactory.createProperty(SAT + "sharingBasis");

    private Ontology() {}

    // Loaded when first asked for; class initialisation makes that happen once, safely, across threads.
    private static final class Loaded {
        static final Model MODEL = ModelFactory.createModelForGraph(new GraphReadOnly(load()));
    }

    /**
     * The ontology and code lists as one shared model. It is read-only: any attempt to add or
     * remove a statement throws, because every caller in the process sees the same model.
     */
    public static Model model() {
        return Loaded.MODEL;
    }

    /** The same read-only ontology and code lists as a graph. */
    public static Graph graph() {
        return Loaded.MODEL.getGraph();
    }

    /**
     * The sensitivity class ({@code sat:sensitivity}) the ontology gives a property or record kind,
     * as a resource of the ontology model (so its {@code sat:rank} can be read); empty if it has none.
     */
    public static Optional<Resource> sensitivityOf(Resource propertyOrClass) {
        return annotation(propertyOrClass, SENSITIVITY);
    }

    /**
     * The sharing basis ({@code sat:sharingBasis}: {@code basis:statutory} or {@code basis:consent})
     * the ontology gives a property or record kind; empty if it has none.
     */
    public static Optional<Resource> sharingBasisOf(Resource propertyOrClass) {
        return annotation(propertyOrClass, SHARING_BASIS);
    }

    private static Optional<Resource> annotation(Resource term, Property annotation) {
        Objects.requireNonNull(term, "propertyOrClass");
        if (!term.isURIResource()) {
            return Optional.empty();
        }
        Model model = model();
        Statement statement = model.getResource(term.getURI()).getProperty(annotation);
        if (statement == null || !statement.getObject().isResource()) {
            return Optional.empty();
        }
        return Optional.of(statement.getResource());
    }

    private static Graph load() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String file : FILES) {
            String path = RESOURCES + file;
            try (InputStream in = Ontology.class.getResourceAsStream(path)) {
                if (in == null) {
                    // The files are part of this jar: their absence is a broken build, not bad input.
                    throw new IllegalStateException("the ontology file " + path + " is missing from the classpath");
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the ontology file " + path, e);
            }
        }
        return graph;
    }
}
