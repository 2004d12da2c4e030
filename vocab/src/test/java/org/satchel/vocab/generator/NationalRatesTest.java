package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;

/**
 * A mid-size school (1,000 pupils, 2025/26) checked the way a user of the data would check it:
 * attendance through the code list's categories, flags valid on census day, current SEN
 * labels, and GCSE grades by SPARQL. Tolerances are wide enough for 1,000 pupils.
 */
class NationalRatesTest {
    /** Spring census day 2026: the third Thursday in January. */
    private static final Node CENSUS_DAY = Literals.date(LocalDate.of(2026, 1, 15));
    private static final String GRADES = """
            PREFIX sat: <https://w3id.org/satchel/ns#>
            SELECT ?grade WHERE { ?r a sat:GcseResult ; sat:grade ?grade }""";

    private static int learners;
    private static int persistentlyAbsent;
    private static long possible;
    private static long absent;
    private static int fsm;
    private static int senSupport;
    private static int ehcPlan;
    private static int grades;
    private static int gradesFourOrAbove;
    private static long ks2Total;
    private static int ks2Scores;
    private static int safeguarding;

    @BeforeAll
    static void generate() {
        Map<Node, Boolean> countsAsPossible = new HashMap<>();
        Map<Node, Boolean> isAbsence = new HashMap<>();
        Vocabulary.MODEL.listSubjectsWithProperty(RDF.type, SAT.AttendanceCode).forEachRemaining(code -> {
            countsAsPossible.put(code.asNode(), code.getProperty(SAT.countsAsPossible).getBoolean());
            Resource category = code.getPropertyResourceValue(SAT.attendanceCategory);
            isAbsence.put(code.asNode(), category.equals(ATT.authorised_absence) || category.equals(ATT.unauthorised_absence));
        });
        new SchoolGenerator(GeneratorOptions.of(1000, 1, 7)).forEachLearner(learner -> {
            Graph g = learner.graph();
            learners++;
            int[] sessions = new int[2];
            g.find(Node.ANY, SAT.attendanceCode.asNode(), Node.ANY).forEachRemaining(t -> {
                if (countsAsPossible.get(t.getObject())) {
                    sessions[0]++;
                    sessions[1] += isAbsence.get(t.getObject()) ? 1 : 0;
                }
            });
            possible += sessions[0];
            absent += sessions[1];
            // Persistent absence: 10% or more of possible sessions missed (DfE definition since 2015/16).
            if (sessions[0] > 0 && sessions[1] * 10 >= sessions[0]) {
                persistentlyAbsent++;
            }
            if (g.find(Node.ANY, SAT.eligibility.asNode(), CODE.eligibility_fsm.asNode()).toList().stream()
                    .anyMatch(t -> validOnCensusDay(g, t.getSubject()))) {
                fsm++;
            }
            for (Triple t : g.find(Node.ANY, SAT.senProvision.asNode(), Node.ANY).toList()) {
                if (!g.contains(t.getSubject(), PROV.invalidatedAtTime.asNode(), Node.ANY)) {
                    senSupport += t.getObject().equals(CODE.sen_support.asNode()) ? 1 : 0;
                    ehcPlan += t.getObject().equals(CODE.ehc_plan.asNode()) ? 1 : 0;
                }
            }
            g.find(Node.ANY, SAT.scaledScore.asNode(), Node.ANY).forEachRemaining(t -> {
                ks2Total += ((Number) t.getObject().getLiteralValue()).intValue();
                ks2Scores++;
            });
            if (g.contains(Node.ANY, RDF.type.asNode(), SAT.SafeguardingConcern.asNode())) {
                safeguarding++;
            }
            if (g.contains(Node.ANY, RDF.type.asNode(), SAT.GcseResult.asNode())) {
                try (QueryExecution q = QueryExecution.create(GRADES, ModelFactory.createModelForGraph(g))) {
                    ResultSet rs = q.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution row = rs.next();
                        // A combined science double award ("5-4") is two grades.
                        for (String grade : row.getLiteral("grade").getString().split("-")) {
                            grades++;
                            gradesFourOrAbove += !grade.equals("U") && Integer.parseInt(grade) >= 4 ? 1 : 0;
                        }
                    }
                }
            }
        });
    }

    private static boolean validOnCensusDay(Graph g, Node flag) {
        Node from = g.find(flag, SAT.validFrom.asNode(), Node.ANY).next().getObject();
        Node expires = g.find(flag, SAT.expires.asNode(), Node.ANY).next().getObject();
        LocalDate census = LocalDate.parse(CENSUS_DAY.getLiteralLexicalForm());
        return !LocalDate.parse(from.getLiteralLexicalForm()).isAfter(census)
                && LocalDate.parse(expires.getLiteralLexicalForm()).isAfter(census);
    }

    private static double share(long part, long whole) {
        return part / (double) whole;
    }

    @Test
    void aboutOnePupilInFiveIsPersistentlyAbsent() {
        assertEquals(1000, learners);
        double rate = share(persistentlyAbsent, learners);
        assertTrue(rate >= 0.15 && rate <= 0.25, "persistent absence " + rate);
        double overall = share(absent, possible);
        assertTrue(overall >= 0.055 && overall <= 0.085, "overall absence " + overall);
    }

    @Test
    void aQuarterAreEligibleForFreeSchoolMeals() {
        double rate = share(fsm, learners);
        assertTrue(rate >= 0.20 && rate <= 0.30, "FSM " + rate);
    }

    @Test
    void senSupportAndEhcPlansAreAtNationalRates() {
        double support = share(senSupport, learners);
        double ehc = share(ehcPlan, learners);
        assertTrue(support >= 0.11 && support <= 0.17, "SEN support " + support);
        assertTrue(ehc >= 0.035 && ehc <= 0.065, "EHC plan " + ehc);
    }

    @Test
    void gcseGradesFollowTheEnglandDistribution() {
        assertTrue(grades > 300, "GCSE grades: " + grades);
        double standardPass = share(gradesFourOrAbove, grades);
        assertTrue(standardPass >= 0.65 && standardPass <= 0.75, "grade 4 or above " + standardPass);
    }

    @Test
    void ks2ScaledScoresCentreOn105() {
        assertTrue(ks2Scores > 150, "KS2 scores: " + ks2Scores);
        double mean = ks2Total / (double) ks2Scores;
        assertTrue(mean >= 103 && mean <= 107, "mean scaled score " + mean);
    }

    @Test
    void aFewPupilsHaveASafeguardingConcernInAYear() {
        double rate = share(safeguarding, learners);
        assertTrue(rate >= 0.015 && rate <= 0.045, "safeguarding " + rate);
    }
}
