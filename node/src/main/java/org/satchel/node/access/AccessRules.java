package org.satchel.node.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** Reads access rules from Turtle (the rules file format), refusing a rule it cannot read fully. */
final class AccessRules {
    static final String NS = "https://w3id.org/satchel/access#";
    private static final Resource RULE = ResourceFactory.createResource(NS + "Rule");
    private static final Property ROLE = ResourceFactory.createProperty(NS + "role");
    private static final Property RELATIONSHIP = ResourceFactory.createProperty(NS + "relationship");
    private static final Property PURPOSE = ResourceFactory.createProperty(NS + "purpose");
    private static final Property ACTION = ResourceFactory.createProperty(NS + "action");
    private static final Property SENSITIVITY = ResourceFactory.createProperty(NS + "sensitivity");
    private static final Property RECORD_KIND = ResourceFactory.createProperty(NS + "recordKind");
    private static final Property SCOPE = ResourceFactory.createProperty(NS + "scope");
    private static final Property LEGAL_BASIS = ResourceFactory.createProperty(NS + "legalBasis");

    private AccessRules() {}

    static List<AccessRule> parse(InputStream turtle, String source) {
        Model model = ModelFactory.createDefaultModel();
        try (turtle) {
            RDFParser.source(turtle).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the access rules " + source, e);
        }
        List<AccessRule> rules = new ArrayList<>();
        model.listResourcesWithProperty(RDF.type, RULE).forEach(r -> rules.add(rule(r, source)));
        rules.sort(Comparator.comparing(AccessRule::id));
        return List.copyOf(rules);
    }

    private static AccessRule rule(Resource r, String source) {
        String id = r.isURIResource() ? r.getURI().replace(NS, "") : r.toString();
        String where = "access rule " + id + " in " + source;
        Set<Role> roles = all(r, ROLE, n -> Role.fromIri(iri(n, where)), where, "role");
        Set<Relationship> relationships = all(r, RELATIONSHIP, n -> Relationship.fromCode(n.asLiteral().getString()), where, "relationship");
        Set<String> purposes = all(r, PURPOSE, n -> Purposes.vocabulary().byIri(iri(n, where)).map(Purpose::iri), where, "purpose");
        Set<Action> actions = all(r, ACTION, n -> Action.fromIri(iri(n, where)), where, "action");
        Set<Sensitivity> sensitivities = all(r, SENSITIVITY, n -> Sensitivity.fromIri(iri(n, where)), where, "sensitivity");
        Set<String> kinds = new HashSet<>();
        r.listProperties(RECORD_KIND).forEach(s -> kinds.add(iri(s.getObject(), where)));
        Scope scope = Optional.ofNullable(r.getPropertyResourceValue(SCOPE)).flatMap(s -> Scope.fromIri(s.getURI()))
                .orElseThrow(() -> new IllegalArgumentException(where + " needs exactly one known access:scope"));
        Resource basis = Optional.ofNullable(r.getPropertyResourceValue(LEGAL_BASIS))
                .orElseThrow(() -> new IllegalArgumentException(where + " needs an access:legalBasis"));
        String comment = Optional.ofNullable(r.getProperty(RDFS.comment)).map(s -> s.getString())
                .orElseThrow(() -> new IllegalArgumentException(where + " needs an rdfs:comment saying, for a person, what it allows"));
        return new AccessRule(id, comment, roles, relationships, purposes, actions, sensitivities, kinds, scope, basis.getURI());
    }

    private static <T> Set<T> all(Resource r, Property p, Function<RDFNode, Optional<T>> read, String where, String what) {
        Set<T> values = new HashSet<>();
        r.listProperties(p).forEach(s -> values.add(read.apply(s.getObject())
                .orElseThrow(() -> new IllegalArgumentException(where + " names an unknown " + what + ": " + s.getObject()))));
        if (values.isEmpty()) {
            throw new IllegalArgumentException(where + " names no " + what);
        }
        return values;
    }

    private static String iri(RDFNode node, String where) {
        if (!node.isURIResource()) {
            throw new IllegalArgumentException(where + " expects an IRI, not " + node);
        }
        return node.asResource().getURI();
    }
}
