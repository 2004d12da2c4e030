package org.satchel.node.issuance.types;

import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.satchel.node.issuance.CredentialContent;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.jsonld.BundledContexts;

/**
 * Runs a declaration's queries over one learner's record (joined with the ontology and its code
 * lists, which say what an attendance code counts as) and shapes the rows into SD-JWT claims and a
 * VC. The record's values reach the queries only through Jena's substitution of bound variables.
 */
final class ContentBuilder {
    private static final Set<String> INTEGERS = Set.of(XSDDatatype.XSDinteger.getURI(), XSDDatatype.XSDint.getURI(),
            XSDDatatype.XSDlong.getURI(), XSDDatatype.XSDshort.getURI(), XSDDatatype.XSDnonNegativeInteger.getURI(),
            XSDDatatype.XSDpositiveInteger.getURI());

    private final ReadCheck check = new ReadCheck();

    List<Candidate> candidates(Declaration declaration, Model learnerGraph, String learnerIri) {
        Model record = joined(learnerGraph);
        QuerySolutionMap bound = new QuerySolutionMap();
        bound.add("learner", record.createResource(learnerIri));
        List<Candidate> candidates = new ArrayList<>();
        for (QuerySolution row : select(record, declaration.candidates(), bound)) {
            if (row.contains("subject") && row.contains("label")) {
                candidates.add(new Candidate(lexical(row.get("subject")), lexical(row.get("label"))));
            }
        }
        return candidates;
    }

    CredentialContent build(Declaration declaration, Model learnerGraph, String learnerIri, String subject, School school) {
        if (candidates(declaration, learnerGraph, learnerIri).stream().noneMatch(c -> c.subject().equals(subject))) {
            throw new IllegalArgumentException("the record of " + learnerIri + " gives no " + declaration.type().id()
                    + " credential for '" + subject + "'");
        }
        Model record = joined(learnerGraph);
        QuerySolutionMap bound = new QuerySolutionMap();
        bound.add("learner", record.createResource(learnerIri));
        bound.add("subject", record.createLiteral(subject));
        bound.add("schoolDid", record.createLiteral(school.did()));
        bound.add("schoolName", record.createLiteral(school.name()));
        bound.add("schoolUrn", record.createLiteral(school.urn()));

        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("vct", declaration.type().vct());
        Map<String, Object> vc = new LinkedHashMap<>();
        List<Object> contexts = new ArrayList<>();
        contexts.add(BundledContexts.CREDENTIALS_V2.toString());
        contexts.addAll(declaration.type().contexts());
        vc.put("@context", contexts);
        List<Object> types = new ArrayList<>();
        types.add("VerifiableCredential");
        types.addAll(declaration.type().vcTypes());
        vc.put("type", types);
        for (Claim claim : declaration.constants()) {
            place(claim, claim.constant().orElseThrow(), claims, vc);
        }
        Set<String> sources = new LinkedHashSet<>();
        Optional<Instant> validFrom = Optional.empty();
        for (Part part : declaration.parts()) {
            List<QuerySolution> rows = select(record, part.query(), bound);
            if (!part.many() && rows.size() != 1) {
                throw new IllegalStateException("a single-row part of credential type " + declaration.type().id()
                        + " gave " + rows.size() + " rows for " + learnerIri + " and '" + subject + "'");
            }
            for (QuerySolution row : rows) {
                source(row, declaration, record).ifPresent(sources::add);
                validFrom = later(validFrom, recordedAt(row));
                if (part.many()) {
                    Map<String, Object> sdItem = new LinkedHashMap<>();
                    Map<String, Object> vcItem = new LinkedHashMap<>();
                    fill(part, row, sdItem, vcItem);
                    part.sdJwtArray().filter(a -> !sdItem.isEmpty()).ifPresent(a -> JsonPaths.append(claims, a, sdItem));
                    part.vcArray().filter(a -> !vcItem.isEmpty()).ifPresent(a -> JsonPaths.append(vc, a, vcItem));
                } else {
                    fill(part, row, claims, vc);
                }
            }
        }
        vc.put("validFrom", validFrom.orElseThrow(() -> new IllegalStateException(
                "credential type " + declaration.type().id() + " selects no ?recordedAt, so it has no validFrom")).toString());
        String learnerId = learnerIri.substring(learnerIri.lastIndexOf('/') + 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> frozenClaims = (Map<String, Object>) JsonPaths.frozen(claims);
        @SuppressWarnings("unchecked")
        Map<String, Object> frozenVc = (Map<String, Object>) JsonPaths.frozen(vc);
        return new CredentialContent(declaration.type(), learnerId, frozenClaims, frozenVc, List.copyOf(sources));
    }

    private static void fill(Part part, QuerySolution row, Map<String, Object> sdJwt, Map<String, Object> vc) {
        for (Claim claim : part.claims()) {
            Optional<Object> value = claim.constant().or(() -> claim.variable()
                    .filter(row::contains).map(v -> json(row.get(v))));
            value.ifPresent(v -> place(claim, v, sdJwt, vc));
        }
    }

    private static void place(Claim claim, Object value, Map<String, Object> sdJwt, Map<String, Object> vc) {
        claim.sdJwtPath().ifPresent(path -> JsonPaths.set(sdJwt, path, value));
        claim.vcPath().ifPresent(path -> JsonPaths.set(vc, path, value));
    }

    /**
     * The record a row read, checked again at run time: its kind must be one the type declares and
     * one whose class may go into a credential, whatever the query did.
     */
    private Optional<String> source(QuerySolution row, Declaration declaration, Model record) {
        if (!row.contains(Part.SOURCE)) {
            return Optional.empty();
        }
        RDFNode node = row.get(Part.SOURCE);
        if (!node.isURIResource()) {
            throw new IllegalStateException("credential type " + declaration.type().id() + " gave a source that is not an IRI: " + node);
        }
        Resource source = node.asResource();
        List<String> kinds = record.listObjectsOfProperty(source, RDF.type).filterKeep(RDFNode::isURIResource)
                .mapWith(k -> k.asResource().getURI()).toList();
        if (kinds.stream().noneMatch(declaration.reads()::contains) || !kinds.stream().allMatch(check::safeKind)) {
            throw new IllegalStateException("credential type " + declaration.type().id() + " read " + source
                    + " (" + kinds + "), a record it does not declare or may not put into a credential");
        }
        return Optional.of(source.getURI());
    }

    private static Optional<Instant> recordedAt(QuerySolution row) {
        if (!row.contains(Part.RECORDED_AT)) {
            return Optional.empty();
        }
        String lexical = lexical(row.get(Part.RECORDED_AT));
        try {
            // VC Data Model 2.0 §4.6: validFrom is an xsd:dateTimeStamp, so the record's time must carry its offset.
            return Optional.of(OffsetDateTime.parse(lexical).toInstant().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("a record time without an offset cannot be a validFrom: " + lexical, e);
        }
    }

    private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
    }

    private static List<QuerySolution> select(Model record, Query query, QuerySolutionMap bound) {
        try (QueryExecution execution = QueryExecution.model(record).query(query).substitution(bound).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            execution.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    /** The learner's record with the ontology and code lists beside it; nothing is written to either. */
    private static Model joined(Model learnerGraph) {
        return ModelFactory.createUnion(learnerGraph, Ontology.model());
    }

    /** JSON for an RDF value: integers as numbers, booleans as booleans, the rest as its lexical form or IRI. */
    static Object json(RDFNode node) {
        if (node.isURIResource()) {
            return node.asResource().getURI();
        }
        if (!node.isLiteral()) {
            throw new IllegalStateException("a blank node cannot be a claim: " + node);
        }
        Literal literal = node.asLiteral();
        if (INTEGERS.contains(literal.getDatatypeURI())) {
            BigInteger value = new BigInteger(literal.getLexicalForm().trim());
            return value.bitLength() < 64 ? (Object) value.longValue() : value;
        }
        if (XSDDatatype.XSDboolean.getURI().equals(literal.getDatatypeURI())) {
            return literal.getBoolean();
        }
        return literal.getLexicalForm();
    }

    private static String lexical(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }
}
