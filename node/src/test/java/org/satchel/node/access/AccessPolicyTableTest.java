package org.satchel.node.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled rules, role by role against each sensitivity class, as a person would state them:
 * who reads what, through which relationship, for which purpose. One row per role, purpose and
 * class; "yes" means the rules reach a statement of that class, "no" that they withhold it.
 */
class AccessPolicyTableTest {
    private static final AccessPolicy RULES = AccessPolicy.standard();

    /** A statement of this class that is statutory for census and transfer (as attendance marks are) or not (a weekly assessment). */
    private static StatementClass of(Sensitivity s, boolean statutory) {
        return new StatementClass(s, statutory ? Set.of("https://w3id.org/satchel/purpose#statutory-return",
                "https://w3id.org/satchel/purpose#transfer") : Set.of());
    }

    static Stream<Arguments> table() {
        // role, relationship held, purpose, directory, educational, special-category, safeguarding
        return Stream.of(
                Arguments.of(Role.TEACHER, Relationship.TEACHES, "teaching", "yes", "yes", "no", "no"),
                Arguments.of(Role.TEACHER, Relationship.ON_ROLL, "teaching", "no", "no", "no", "no"),
                Arguments.of(Role.SENCO, Relationship.ON_ROLL, "send-support", "yes", "yes", "yes", "no"),
                Arguments.of(Role.SENCO, Relationship.ON_ROLL, "safeguarding", "no", "no", "no", "no"),
                Arguments.of(Role.DSL, Relationship.ON_ROLL, "safeguarding", "yes", "yes", "yes", "yes"),
                Arguments.of(Role.DSL, Relationship.ON_ROLL, "teaching", "no", "no", "no", "no"),
                Arguments.of(Role.HEAD, Relationship.ON_ROLL, "pastoral", "yes", "yes", "no", "no"),
                Arguments.of(Role.HEAD, Relationship.ON_ROLL, "safeguarding", "no", "no", "no", "no"),
                Arguments.of(Role.LEARNER, Relationship.SELF, "learner-request", "yes", "yes", "yes", "no"),
                Arguments.of(Role.LEARNER, Relationship.ON_ROLL, "learner-request", "no", "no", "no", "no"),
                Arguments.of(Role.GUARDIAN, Relationship.GUARDIAN_OF, "learner-request", "yes", "yes", "yes", "no"),
                Arguments.of(Role.ADVOCATE, Relationship.DELEGATED, "send-support", "yes", "yes", "yes", "no"),
                Arguments.of(Role.ADVOCATE, Relationship.DELEGATED, "teaching", "no", "no", "no", "no"),
                Arguments.of(Role.INSPECTOR, Relationship.ON_ROLL, "statutory-return", "no", "no", "no", "no"),
                Arguments.of(Role.DATABODY, Relationship.ON_ROLL, "teaching", "no", "no", "no", "no"));
    }

    @ParameterizedTest(name = "{0} via {1} for {2}: directory {3}, educational {4}, special-category {5}, safeguarding {6}")
    @MethodSource("table")
    void eachRoleReachesExactlyTheClassesItsRulesName(Role role, Relationship held, String purpose, String directory, String educational,
            String special, String safeguarding) {
        Permission read = RULES.permission(role, EnumSet.of(held), purpose(purpose), Action.READ, Consent.none());
        String[] expected = {directory, educational, special, safeguarding};
        for (Sensitivity s : Sensitivity.values()) {
            boolean reached = read.judge(Optional.empty(), of(s, false)) instanceof Permission.Permitted;
            assertEquals(expected[s.ordinal()].equals("yes"), reached, role + " " + purpose + " " + s);
        }
    }

    @Test
    void prohibitedPurposesReachNothingWhoeverAsksAndWhateverTheConsent() {
        for (String code : new String[] {"immigration-enforcement", "marketing", "insurance-pricing", "ai-product-development"}) {
            Purpose p = purpose(code);
            assertTrue(p.prohibited());
            for (Role role : Role.values()) {
                Permission any = RULES.permission(role, EnumSet.allOf(Relationship.class), p, Action.READ,
                        new Consent(java.util.Map.of(p.iri(), true)));
                assertTrue(any.isEmpty(), role + " " + code);
            }
        }
    }

    @Test
    void theCensusReachesOnlyWhatTheLawRequiresItsSpecialCategoryDataIncluded() {
        Permission census = RULES.permission(Role.HEAD, EnumSet.of(Relationship.ON_ROLL), purpose("statutory-return"), Action.READ, Consent.none());
        assertTrue(census.judge(Optional.empty(), of(Sensitivity.SPECIAL_CATEGORY, true)) instanceof Permission.Permitted);
        assertTrue(census.judge(Optional.empty(), of(Sensitivity.EDUCATIONAL, false)) instanceof Permission.Withheld);
        assertTrue(census.judge(Optional.empty(), of(Sensitivity.SAFEGUARDING, true)) instanceof Permission.Withheld);
    }

    @Test
    void transferSendsConsentBasedDataOnlyUntilTheLearnerDeclines() {
        Purpose transfer = purpose("transfer");
        Permission before = RULES.permission(Role.HEAD, EnumSet.of(Relationship.ON_ROLL), transfer, Action.READ, Consent.none());
        Permission declined = RULES.permission(Role.HEAD, EnumSet.of(Relationship.ON_ROLL), transfer, Action.READ,
                new Consent(java.util.Map.of(transfer.iri(), false)));
        assertTrue(before.judge(Optional.empty(), of(Sensitivity.EDUCATIONAL, false)) instanceof Permission.Permitted p
                && p.legalBasis().endsWith("#consent-given"));
        assertEquals(new Permission.Withheld(Permission.Withheld.Reason.CONSENT_DECLINED),
                declined.judge(Optional.empty(), of(Sensitivity.EDUCATIONAL, false)));
        assertTrue(declined.judge(Optional.empty(), of(Sensitivity.EDUCATIONAL, true)) instanceof Permission.Permitted p
                && p.legalBasis().endsWith("#statutory-duty"), "what the law requires still goes");
    }

    @Test
    void researchIsOffUntilTheLearnerOptsIn() {
        Purpose research = purpose("research");
        Permission off = RULES.permission(Role.DATABODY, EnumSet.of(Relationship.ON_ROLL), research, Action.READ, Consent.none());
        Permission on = RULES.permission(Role.DATABODY, EnumSet.of(Relationship.ON_ROLL), research, Action.READ,
                new Consent(java.util.Map.of(research.iri(), true)));
        assertEquals(new Permission.Withheld(Permission.Withheld.Reason.CONSENT_NOT_GIVEN), off.judge(Optional.empty(), of(Sensitivity.EDUCATIONAL, false)));
        assertTrue(on.judge(Optional.empty(), of(Sensitivity.EDUCATIONAL, false)) instanceof Permission.Permitted);
        assertTrue(on.judge(Optional.empty(), of(Sensitivity.SPECIAL_CATEGORY, false)) instanceof Permission.Withheld);
    }

    @Test
    void sensitivityClassesAreInTheOntologysRankOrder() {
        for (Sensitivity s : Sensitivity.values()) {
            var rank = org.satchel.vocab.Ontology.model().getResource(s.iri()).getProperty(org.satchel.vocab.terms.SAT.rank);
            assertEquals(s.ordinal(), rank.getInt(), s.name());
        }
    }

    @Test
    void everyRuleSaysInWordsWhatItAllows() {
        assertTrue(RULES.rules().size() >= 12);
        RULES.rules().forEach(r -> assertTrue(r.comment().length() > 40, r.id()));
    }

    @Test
    void aRuleThatCannotBeReadFullyIsRefusedInWords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path rules = dir.resolve("rules.ttl");
        java.nio.file.Files.writeString(rules, """
                @prefix access: <https://w3id.org/satchel/access#> . @prefix role: <https://w3id.org/satchel/role#> .
                @prefix purpose: <https://w3id.org/satchel/purpose#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                access:careless a access:Rule ; rdfs:comment "Teachers read everything, for any reason at all, whoever they are." ;
                    access:role role:teacher ; access:relationship "teaches" ; access:purpose purpose:teaching ;
                    access:action <https://w3id.org/satchel/code#action-read> ;
                    access:sensitivity <https://w3id.org/satchel/sensitivity#everything> ; access:scope access:any ;
                    access:legalBasis <https://w3id.org/satchel/basis#public-task> .
                """);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> AccessPolicy.load(rules));
        assertTrue(e.getMessage().contains("careless") && e.getMessage().contains("unknown sensitivity"), e.getMessage());
    }

    private static Purpose purpose(String code) {
        return Purposes.vocabulary().byCode(code).orElseThrow();
    }
}
