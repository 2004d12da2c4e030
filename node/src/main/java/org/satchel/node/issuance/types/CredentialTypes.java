package org.satchel.node.issuance.types;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.satchel.node.issuance.CredentialContent;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;
import org.satchel.vocab.jsonld.BundledContexts;

/**
 * The credentials a school issues from its learners' records, as declared beside the vocabulary
 * ({@code org/satchel/vocab/credentials/credential-types.ttl}): what each type is, what a learner's
 * record could give of it, and its content built from the record. Loading refuses a declaration
 * that would put special-category or safeguarding data into a credential.
 */
public final class CredentialTypes {
    /** Where the bundled declaration lives on the class path (in the vocab module). */
    public static final String DECLARATION = "/org/satchel/vocab/credentials/credential-types.ttl";

    private final Map<String, Declaration> byId = new LinkedHashMap<>();
    private final ContentBuilder builder = new ContentBuilder();

    private CredentialTypes(List<Declaration> declarations) {
        declarations.forEach(d -> byId.put(d.type().id(), d));
    }

    private static final class Standard {
        static final CredentialTypes TYPES = load(CredentialTypes.class.getResourceAsStream(DECLARATION));
    }

    /** The bundled declaration, loaded once. */
    public static CredentialTypes standard() {
        return Standard.TYPES;
    }

    /**
     * Credential types from a Turtle declaration.
     *
     * @throws DeclarationRefused naming each type and term that cannot be issued as declared
     */
    public static CredentialTypes load(InputStream turtle) {
        Objects.requireNonNull(turtle, "the credential type declaration");
        Model model = ModelFactory.createDefaultModel();
        try (turtle) {
            RDFParser.source(turtle).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CredentialTypes(DeclarationReader.read(model));
    }

    /** Every declared type, in id order. */
    public List<CredentialType> all() {
        return byId.values().stream().map(Declaration::type).toList();
    }

    /** The type with this id ({@code exam-certificate}), if declared. */
    public Optional<CredentialType> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(Declaration::type);
    }

    /** The type and format an OpenID4VCI {@code credential_configuration_id} names, if it names one offered. */
    public Optional<Configuration> configuration(String configurationId) {
        Objects.requireNonNull(configurationId, "configurationId");
        int dot = configurationId.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        return find(configurationId.substring(0, dot)).flatMap(type -> CredentialFormat.of(configurationId.substring(dot + 1))
                .filter(type.formats()::contains).map(format -> new Configuration(type, format)));
    }

    /**
     * The record kinds (the ontology's classes among what the type declares it reads): what the
     * node reads of a learner's record to build one, so that the read, and its access event, name
     * only those kinds.
     */
    public java.util.Set<String> kinds(CredentialType type) {
        var ontology = org.satchel.vocab.Ontology.model();
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (String term : declaration(type).reads()) {
            var resource = ontology.createResource(term);
            if (ontology.contains(resource, org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class)) {
                kinds.add(term);
            }
        }
        return java.util.Set.copyOf(kinds);
    }

    /** What of this type the learner's record could give: one candidate per credential that could be issued. */
    public List<Candidate> candidates(CredentialType type, Model learnerGraph, String learnerIri) {
        return builder.candidates(declaration(type), Objects.requireNonNull(learnerGraph, "learnerGraph"),
                Objects.requireNonNull(learnerIri, "learnerIri"));
    }

    /**
     * The content of one credential of this type about {@code subject} (a candidate's subject), read
     * from the learner's record: not yet signed, without issuer, id, holder or status.
     *
     * @throws IllegalArgumentException if the record gives no such credential
     */
    public CredentialContent build(CredentialType type, Model learnerGraph, String learnerIri, String subject, School school) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(school, "school");
        return builder.build(declaration(type), Objects.requireNonNull(learnerGraph, "learnerGraph"),
                Objects.requireNonNull(learnerIri, "learnerIri"), subject, school);
    }

    /**
     * The VC {@code issuer} value: where the type's contexts define {@code Profile} (Open Badges 3.0
     * §B.1.1 requires the issuer to be a Profile, §B.1.17, with an id and type), an object
     * {@code {id, type: ["Profile"], name}}; otherwise the DID as a string (VC Data Model 2.0 §4.7).
     */
    public Object issuerFor(CredentialType type, String did, String schoolName) {
        Objects.requireNonNull(did, "did");
        Objects.requireNonNull(schoolName, "schoolName");
        if (type.contexts().stream().anyMatch(CredentialTypes::definesProfile)) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("id", did);
            profile.put("type", List.of("Profile"));
            profile.put("name", schoolName);
            return java.util.Collections.unmodifiableMap(profile);
        }
        return did;
    }

    private Declaration declaration(CredentialType type) {
        Objects.requireNonNull(type, "type");
        Declaration declaration = byId.get(type.id());
        if (declaration == null || !declaration.type().equals(type)) {
            throw new IllegalArgumentException("credential type " + type.id() + " is not one of these declarations");
        }
        return declaration;
    }

    private static boolean definesProfile(String contextUrl) {
        return BundledContexts.find(URI.create(contextUrl)).map(bundled -> {
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bundled.bytes()))) {
                JsonValue context = reader.readObject().get("@context");
                return context instanceof JsonObject object && object.containsKey("Profile");
            }
        }).orElse(false);
    }
}
