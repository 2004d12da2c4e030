package org.satchel.node.issuance.types;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;

/**
 * Reads credential type declarations ({@code credential-types.ttl}) and refuses, in words, one that
 * would put data of a class the ontology marks unsafe into a credential, or whose queries read more
 * than it declares.
 */
final class DeclarationReader {
    static final String NS = "https://w3id.org/satchel/credential-types#";
    private static final Resource CREDENTIAL_TYPE = ResourceFactory.createResource(NS + "CredentialType");
    private static final Property ID = p("id");
    private static final Property VCT = p("vct");
    private static final Property VC_TYPES = p("vcTypes");
    private static final Property CONTEXTS = p("contexts");
    private static final Property FORMAT = p("format");
    private static final Property READS = p("reads");
    private static final Property CANDIDATES = p("candidates");
    private static final Property CLAIM = p("claim");
    private static final Property PART = p("part");
    private static final Property QUERY = p("query");
    private static final Property MANY = p("many");
    private static final Property SD_JWT_ARRAY = p("sdJwtArray");
    private static final Property VC_ARRAY = p("vcArray");
    private static final Property VARIABLE = p("variable");
    private static final Property JSON = p("json");
    private static final Property SD_JWT = p("sdJwt");
    private static final Property VC = p("vc");

    private final ReadCheck check = new ReadCheck();
    private final List<String> refusals = new ArrayList<>();

    private DeclarationReader() {
    }

    /** Every credential type the model declares, in id order. */
    static List<Declaration> read(Model declarations) {
        DeclarationReader reader = new DeclarationReader();
        List<Declaration> read = new ArrayList<>();
        declarations.listSubjectsWithProperty(RDF.type, CREDENTIAL_TYPE).toList().stream()
                .sorted(java.util.Comparator.comparing(r -> string(r, ID).orElse("")))
                .forEach(type -> reader.type(type).ifPresent(read::add));
        if (read.isEmpty() && reader.refusals.isEmpty()) {
            reader.refusals.add("it declares no ct:CredentialType");
        }
        if (!reader.refusals.isEmpty()) {
            throw new DeclarationRefused(reader.refusals);
        }
        return read;
    }

    private Optional<Declaration> type(Resource node) {
        String id = string(node, ID).orElse(node.toString());
        int before = refusals.size();
        Set<String> reads = new LinkedHashSet<>();
        node.listProperties(READS).forEach(s -> {
            if (s.getObject().isURIResource()) {
                String term = s.getResource().getURI();
                reads.add(term);
                check.refusal(term).ifPresent(why -> refusals.add("credential type '" + id + "' reads " + why));
            }
        });
        Set<CredentialFormat> formats = EnumSet.noneOf(CredentialFormat.class);
        node.listProperties(FORMAT).forEach(s -> CredentialFormat.of(s.getString()).ifPresentOrElse(formats::add,
                () -> refusals.add("credential type '" + id + "' names the unknown format " + s.getString())));
        Optional<Query> candidates = query(id, "its candidates", node, CANDIDATES, reads);
        List<Claim> constants = claims(id, node);
        List<Part> parts = new ArrayList<>();
        node.listProperties(PART).forEach(s -> part(id, s.getResource(), reads).ifPresent(parts::add));
        if (!node.hasProperty(PART)) {
            refusals.add("credential type '" + id + "' has no ct:part");
        }
        if (refusals.size() > before || candidates.isEmpty()) {
            return Optional.empty();
        }
        try {
            CredentialType type = new CredentialType(id, string(node, RDFS.label).orElse(id), string(node, VCT).orElse(""),
                    list(node, VC_TYPES), list(node, CONTEXTS), formats);
            return Optional.of(new Declaration(type, reads, candidates.get(), constants, parts));
        } catch (IllegalArgumentException e) {
            refusals.add("credential type '" + id + "': " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Part> part(String id, Resource node, Set<String> reads) {
        Optional<Query> query = query(id, "a part", node, QUERY, reads);
        boolean many = node.hasLiteral(MANY, true);
        Optional<String> sdJwtArray = string(node, SD_JWT_ARRAY);
        Optional<String> vcArray = string(node, VC_ARRAY);
        if (!many && (sdJwtArray.isPresent() || vcArray.isPresent())) {
            refusals.add("credential type '" + id + "' has a single-row part with an array (ct:many is not true)");
        }
        return query.map(q -> new Part(q, many, sdJwtArray, vcArray, claims(id, node)));
    }

    private List<Claim> claims(String id, Resource node) {
        List<Claim> claims = new ArrayList<>();
        for (Statement s : node.listProperties(CLAIM).toList()) {
            Resource claim = s.getResource();
            try {
                Optional<Object> constant = string(claim, JSON).map(DeclarationReader::json);
                claims.add(new Claim(string(claim, VARIABLE), constant, string(claim, SD_JWT), string(claim, VC)));
            } catch (IllegalArgumentException e) {
                refusals.add("credential type '" + id + "' has a claim it cannot use: " + e.getMessage());
            }
        }
        return claims;
    }

    private Optional<Query> query(String id, String what, Resource node, Property property, Set<String> reads) {
        Optional<String> text = string(node, property);
        if (text.isEmpty()) {
            refusals.add("credential type '" + id + "' has no query for " + what);
            return Optional.empty();
        }
        Query query;
        try {
            query = QueryFactory.create(text.get());
        } catch (QueryParseException e) {
            refusals.add("credential type '" + id + "': the query for " + what + " is not SPARQL: " + e.getMessage());
            return Optional.empty();
        }
        if (!query.isSelectType()) {
            refusals.add("credential type '" + id + "': the query for " + what + " is not a SELECT");
            return Optional.empty();
        }
        List<String> undeclared = check.undeclared(QueryTerms.of(query), reads);
        undeclared.forEach(why -> refusals.add("credential type '" + id + "': the query for " + what + " " + why));
        return undeclared.isEmpty() ? Optional.of(query) : Optional.empty();
    }

    private static Object json(String text) {
        try {
            // Wrapped, because a constant may be any JSON value, not only an object.
            return JSONObjectUtils.parse("{\"v\":" + text + "}").get("v");
        } catch (ParseException e) {
            throw new IllegalArgumentException("ct:json " + text + " is not JSON");
        }
    }

    private static List<String> list(Resource node, Property property) {
        Statement s = node.getProperty(property);
        if (s == null) {
            return List.of();
        }
        return s.getResource().as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream()
                .map(RDFNode::asLiteral).map(l -> l.getLexicalForm()).toList();
    }

    private static Optional<String> string(Resource node, Property property) {
        Statement s = node.getProperty(property);
        return s == null || !s.getObject().isLiteral() ? Optional.empty() : Optional.of(s.getString());
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
