package org.satchel.node.issuance.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.satchel.credentials.dataintegrity.DataIntegrity;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.jose.VcJwt;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.sdjwt.IssuanceOptions;
import org.satchel.credentials.sdjwt.SdJwtVc;
import org.satchel.node.issuance.CredentialContent;
import org.satchel.node.issuance.CredentialType;

/**
 * Every credential type's content secures in all three formats with the real signers: a Data
 * Integrity proof (which refuses any term its contexts leave undefined, so nothing is lost in
 * JSON-LD), a VC-JOSE JWT and an SD-JWT VC; and the Open Badge conforms to 1EdTech's JSON Schema.
 */
class SecuringTest {
    private static final JWK KEY = Keys.generate(KeyType.ED25519);
    private static final Instant NOW = Instant.parse("2026-07-20T10:00:00Z");

    @TempDir
    static Path dir;
    static GeneratedRecords school;
    final CredentialTypes types = CredentialTypes.standard();

    @BeforeAll
    static void generate() {
        school = GeneratedRecords.load(dir);
    }

    @AfterAll
    static void close() {
        school.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"achievement", "exam-certificate", "attendance-summary", "transcript", "learner-id"})
    void everyTypeSignsInEveryFormat(String id) throws Exception {
        CredentialType type = types.find(id).orElseThrow();
        CredentialContent content = firstBuilt(type);
        Map<String, Object> vc = issued(type, content);

        // VC Data Integrity 1.0 §2.4.3: signing expands with titanium's undefined-terms policy and refuses a relative IRI.
        JsonObject signed = DataIntegrity.sign(jakarta(vc), KEY, DataIntegrity.verificationMethodFor(GeneratedRecords.DID, KEY), NOW);
        assertEquals("eddsa-rdfc-2022", signed.getJsonObject("proof").getString("cryptosuite"));

        String jwt = VcJwt.issue(vc, GeneratedRecords.DID, SigningKey.forDid(GeneratedRecords.DID, KEY));
        assertEquals(3, jwt.split("\\.").length);

        String sdJwt = SdJwtVc.issue(content.sdJwtClaims(), KEY, IssuanceOptions.issuer(GeneratedRecords.DID).build());
        List<String> disclosable = SdJwtVc.disclosablePaths(sdJwt);
        assertTrue(disclosable.contains("given_name"), disclosable.toString());
        assertFalse(disclosable.contains("vct"), "vct stays in the clear (SD-JWT VC §3.2.2.2)");
    }

    @Test
    void theOpenBadgeConformsToTheOpenBadges3JsonSchema() throws Exception {
        CredentialType type = types.find("achievement").orElseThrow();
        Map<String, Object> vc = issued(type, firstBuilt(type));
        JsonObject signed = DataIntegrity.sign(jakarta(vc), KEY, DataIntegrity.verificationMethodFor(GeneratedRecords.DID, KEY), NOW);
        JsonSchema schema = openBadgesSchema();
        assertEquals(Set.of(), schema.validate(jackson(JSONObjectUtils.toJSONString(vc))), JSONObjectUtils.toJSONString(vc));
        // Signed, the one thing 1EdTech's schema questions is the proof's shape: it wants an array,
        // while VC Data Integrity 1.0 §2.1 lets a single proof be an object, as DataIntegrity.sign writes it.
        assertEquals(List.of("$.proof: object found, array expected"),
                schema.validate(jackson(signed.toString())).stream().map(ValidationMessage::getMessage).toList());

        // The schema bites: without the Profile issuer OB 3.0 §B.1.1 requires, it refuses the credential.
        Map<String, Object> anonymous = new LinkedHashMap<>(vc);
        anonymous.remove("issuer");
        assertFalse(schema.validate(jackson(JSONObjectUtils.toJSONString(anonymous))).isEmpty());
    }

    /** The content as the issuer completes it: an id and the issuer (VC Data Model 2.0 §4.4, §4.7). */
    private Map<String, Object> issued(CredentialType type, CredentialContent content) {
        Map<String, Object> vc = new LinkedHashMap<>(content.vc());
        vc.put("id", "urn:uuid:" + UUID.randomUUID());
        vc.put("issuer", types.issuerFor(type, GeneratedRecords.DID, school.school().name()));
        return vc;
    }

    private CredentialContent firstBuilt(CredentialType type) {
        for (String learner : school.fixture.learners()) {
            Model record = school.record(learner);
            String iri = GeneratedRecords.learnerIri(learner);
            List<Candidate> candidates = types.candidates(type, record, iri);
            if (!candidates.isEmpty()) {
                return types.build(type, record, iri, candidates.getFirst().subject(), school.school());
            }
        }
        throw new AssertionError("no generated learner has a " + type.id() + " candidate");
    }

    private static JsonSchema openBadgesSchema() throws Exception {
        try (InputStream in = SecuringTest.class.getResourceAsStream("ob_v3p0_achievementcredential_schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
        }
    }

    private static JsonNode jackson(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static JsonObject jakarta(Map<String, Object> vc) {
        try (JsonReader reader = Json.createReader(new StringReader(JSONObjectUtils.toJSONString(vc)))) {
            return reader.readObject();
        }
    }
}
