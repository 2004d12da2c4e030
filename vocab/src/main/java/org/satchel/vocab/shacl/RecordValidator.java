package org.satchel.vocab.shacl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.satchel.vocab.Ontology;

/**
 * Validates a learner's record graph, or a school graph, against the Satchel SHACL shapes with
 * the ontology and code lists in view. Immutable and thread-safe: share one, from
 * {@link #standard()}.
 */
public final class RecordValidator {
    private static final String SHAPES = "/org/satchel/vocab/shapes/satchel-shapes.ttl";

    // Stable order, so that the same graph always reads the same way and tests can compare text.
    private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::focusNode)
            .thenComparing(Violation::path)
            .thenComparing(Violation::message)
            .thenComparing(Violation::severity);

    private final Graph shapesGraph;
    private final Shapes shapes;
    private final Graph ontology;
    private final PrefixMapping prefixes;
    private final UnknownKinds unknownKinds;

    private RecordValidator(Graph shapesGraph, Graph ontology) {
        this.shapesGraph = new GraphReadOnly(shapesGraph);
        this.shapes = Shapes.parse(shapesGraph);
        this.ontology = ontology;
        this.prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(ontology.getPrefixMapping())
                .setNsPrefixes(shapesGraph.getPrefixMapping())
                .lock();
        this.unknownKinds = new UnknownKinds(shapesGraph, ontology, prefixes);
    }

    // Parsing the shapes takes a moment; do it once, when first asked for.
    private static final class Standard {
        static final RecordValidator INSTANCE = new RecordValidator(loadShapes(), Ontology.graph());
    }

    /** The validator for the bundled shapes, ontology and code lists, loaded once on first use. */
    public static RecordValidator standard() {
        return Standard.INSTANCE;
    }

    /**
     * Validates {@code data} (one learner's graph, or the school graph) against every shape. The
     * data is read, never copied or changed.
     */
    public Validation validate(Graph data) {
        Objects.requireNonNull(data, "data");
        // The shapes follow rdfs:subClassOf and skos:inScheme into the ontology and code lists; a
        // union reads them beside the data without copying either.
        ValidationReport report = ShaclValidator.get().validate(shapes, new DataBesideOntology(data, ontology));
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            violations.add(violation(entry));
        }
        violations.addAll(unknownKinds.in(data));
        if (violations.isEmpty()) {
            return new Validation.Valid();
        }
        // A closed shape reports each offending value separately; one line per property says it all.
        return new Validation.Invalid(violations.stream().distinct().sorted(ORDER).toList());
    }

    /** Validates the graph of {@code data}; see {@link #validate(Graph)}. */
    public Validation validate(Model data) {
        return validate(Objects.requireNonNull(data, "data").getGraph());
    }

    /** The parsed shapes, for callers that drive Jena SHACL themselves. */
    public Shapes shapes() {
        return shapes;
    }

    /** The shapes as written in {@code satchel-shapes.ttl}; read-only. */
    public Graph shapesGraph() {
        return shapesGraph;
    }

    private Violation violation(ReportEntry entry) {
        return new Violation(
                nodeName(entry.focusNode()),
                entry.resultPath() == null ? "" : pathName(entry.resultPath()),
                entry.message(),
                entry.severity() == null ? "Violation" : entry.severity().level().getLocalName());
    }

    private static String nodeName(Node node) {
        if (node.isURI()) {
            return node.getURI();
        }
        if (node.isBlank()) {
            return "_:" + node.getBlankNodeLabel();
        }
        return FmtUtils.stringForNode(node);
    }

    private String pathName(Path path) {
        return PathWriter.asString(path, new Prologue(prefixes));
    }

    private static Graph loadShapes() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = RecordValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                // The shapes are part of this jar: their absence is a broken build, not bad input.
                throw new IllegalStateException("the shapes file " + SHAPES + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shapes file " + SHAPES, e);
        }
        return graph;
    }
}
