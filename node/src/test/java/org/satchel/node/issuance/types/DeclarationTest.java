package org.satchel.node.issuance.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;

/** The bundled declaration, and the declarations the node refuses to load, with the reason in words. */
class DeclarationTest {
    private final CredentialTypes types = CredentialTypes.standard();

    @Test
    void theBundledDeclarationHasTheFiveTypesInEveryFormat() {
        assertEquals(List.of("achievement", "attendance-summary", "exam-certificate", "learner-id", "transcript"),
                types.all().stream().map(CredentialType::id).toList());
        for (CredentialType type : types.all()) {
            assertEquals("https://w3id.org/satchel/credentials/" + type.id(), type.vct());
            assertEquals(Set.of(CredentialFormat.values()), type.formats());
        }
        CredentialType achievement = types.find("achievement").orElseThrow();
        assertEquals(List.of("OpenBadgeCredential"), achievement.vcTypes());
        assertEquals(List.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"), achievement.contexts());
        assertEquals(List.of("ExaminationCertificate"), types.find("exam-certificate").orElseThrow().vcTypes());
        assertEquals(Optional.empty(), types.find("report-card"));
    }

    @Test
    void aConfigurationIdNamesATypeAndAFormat() {
        Configuration sdJwt = types.configuration("exam-certificate.dc+sd-jwt").orElseThrow();
        assertEquals("exam-certificate", sdJwt.type().id());
        assertEquals(CredentialFormat.DC_SD_JWT, sdJwt.format());
        assertEquals("exam-certificate.dc+sd-jwt", sdJwt.id());
        assertEquals(CredentialFormat.LDP_VC, types.configuration("achievement.ldp_vc").orElseThrow().format());
        assertEquals(Optional.empty(), types.configuration("exam-certificate.mso_mdoc"));
        assertEquals(Optional.empty(), types.configuration("report-card.ldp_vc"));
        assertEquals(Optional.empty(), types.configuration("exam-certificate"));
    }

    @Test
    void anOpenBadgeIsIssuedByAProfileAndSatchelsOwnTypesByTheDid() {
        // OB 3.0 §B.1.1: issuer is a Profile (§B.1.17); its contexts define one.
        assertEquals(Map.of("id", GeneratedRecords.DID, "type", List.of("Profile"), "name", "Oakfield Academy"),
                types.issuerFor(types.find("achievement").orElseThrow(), GeneratedRecords.DID, "Oakfield Academy"));
        // The transcript lists Open Badges achievements, so its contexts define Profile too.
        assertTrue(types.issuerFor(types.find("transcript").orElseThrow(), GeneratedRecords.DID, "Oakfield Academy") instanceof Map);
        assertEquals(GeneratedRecords.DID,
                types.issuerFor(types.find("exam-certificate").orElseThrow(), GeneratedRecords.DID, "Oakfield Academy"));
    }

    @Test
    void aTypeMappingASenPropertyIsRefusedNamingIt() {
        DeclarationRefused refused = assertThrows(DeclarationRefused.class, () -> load(declaring(
                "sat:Learner, sat:SenProvision, sat:learner, sat:primaryNeed",
                "?r a sat:SenProvision ; sat:learner ?learner ; sat:primaryNeed ?need . BIND(?r AS ?source)",
                "need", "primary_need")));
        assertTrue(refused.getMessage().contains("credential type 'needs-statement' reads sat:primaryNeed, special-category data"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("sat:SenProvision, special-category data"), refused.getMessage());
        assertTrue(refused.getMessage().contains("never go into a credential"), refused.getMessage());
    }

    @Test
    void aTypeMappingASafeguardingPropertyIsRefusedNamingIt() {
        DeclarationRefused refused = assertThrows(DeclarationRefused.class, () -> load(declaring(
                "sat:Learner, sat:learner, sat:concernCategory",
                "?r sat:learner ?learner ; sat:concernCategory ?concern . BIND(?r AS ?source)",
                "concern", "concern")));
        assertTrue(refused.reasons().stream().anyMatch(r -> r.contains("sat:concernCategory, safeguarding data")), refused.getMessage());
    }

    @Test
    void aQueryReadingAPropertyItDoesNotDeclareIsRefused() {
        // Declared as if it read only names, but the query reads the learner's ethnicity.
        DeclarationRefused refused = assertThrows(DeclarationRefused.class, () -> load(declaring(
                "sat:Learner, schema:givenName",
                "?learner a sat:Learner ; schema:givenName ?name ; sat:ethnicity ?e . BIND(?learner AS ?source)",
                "name", "given_name")));
        assertEquals(List.of("credential type 'needs-statement': the query for a part reads sat:ethnicity, which it does not list in ct:reads"),
                refused.reasons());
    }

    @Test
    void aQueryWithAPropertyPathIsRefused() {
        DeclarationRefused refused = assertThrows(DeclarationRefused.class, () -> load(declaring(
                "sat:Learner, schema:givenName",
                "?learner a sat:Learner ; schema:givenName/^schema:givenName ?x ; schema:givenName ?name . BIND(?learner AS ?source)",
                "name", "given_name")));
        assertTrue(refused.getMessage().contains("property path"), refused.getMessage());
    }

    @Test
    void theSameDeclarationReadingOnlySafeTermsLoads() {
        CredentialTypes loaded = load(declaring("sat:Learner, schema:givenName",
                "?learner a sat:Learner ; schema:givenName ?name . BIND(?learner AS ?source)", "name", "given_name"));
        assertEquals(List.of("needs-statement"), loaded.all().stream().map(CredentialType::id).toList());
    }

    private static CredentialTypes load(String turtle) {
        return CredentialTypes.load(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)));
    }

    /** A one-part credential type that reads {@code reads} with {@code where}, putting {@code variable} at {@code claim}. */
    private static String declaring(String reads, String where, String variable, String claim) {
        return """
                @prefix ct: <https://w3id.org/satchel/credential-types#> .
                @prefix sat: <https://w3id.org/satchel/ns#> .
                @prefix schema: <https://schema.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ct:needs a ct:CredentialType ; ct:id "needs-statement" ; rdfs:label "Needs statement" ;
                  ct:vct "https://w3id.org/satchel/credentials/needs-statement" ; ct:vcTypes ( ) ;
                  ct:contexts ( "https://w3id.org/satchel/credentials/v1" ) ; ct:format "dc+sd-jwt" ;
                  ct:reads %s ;
                  ct:candidates "SELECT ?subject ?label WHERE { BIND(STR(?learner) AS ?subject) BIND(\\"x\\" AS ?label) }" ;
                  ct:part [ ct:many false ;
                    ct:query \"""PREFIX sat: <https://w3id.org/satchel/ns#>
                      PREFIX schema: <https://schema.org/>
                      SELECT * WHERE { %s }\""" ;
                    ct:claim [ ct:variable "%s" ; ct:sdJwt "%s" ] ] .
                """.formatted(reads, where, variable, claim);
    }
}
