package org.satchel.vocab.shacl;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** A year of one learner's records, about 5,000 triples: the size the generator produces. */
final class SyntheticLearner {
    private SyntheticLearner() {}

    /** The learner graph: the learner, an enrolment, two marks a school day, weekly checks and homework. */
    static Graph schoolYear(int schoolDays) {
        // Turtle 1.1 reads SPARQL-style BASE and PREFIX, so the tests' prologue serves here too.
        StringBuilder ttl = new StringBuilder(Fixtures.PROLOGUE).append("""
                        <learners/9b1d> a sat:Learner ; schema:givenName "Tomasz" ; schema:familyName "Nowak" ;
                            schema:birthDate "2012-05-17"^^xsd:date ; sat:upn "H801200001002" ; sat:firstLanguage "pl"^^xsd:language ;
                            prov:wasAttributedTo <staff/office-r-hughes> ; prov:generatedAtTime "2023-09-04T08:30:00Z"^^xsd:dateTime ;
                            sat:sourceSystem <systems/mis> ; sat:recordedFor purpose:statutory-return .
                        <learners/9b1d/records/enrolment> a sat:Enrolment ; sat:learner <learners/9b1d> ;
                            prov:wasAttributedTo <staff/office-r-hughes> ; prov:generatedAtTime "2023-09-04T08:30:00Z"^^xsd:dateTime ;
                            sat:sourceSystem <systems/mis> ; sat:recordedFor purpose:statutory-return ;
                            org:organization <school> ; sat:entryDate "2023-09-04"^^xsd:date ; sat:yearGroup 8 .
                        """);
        String[] codes = {"att:PresentAM", "att:L", "att:I", "att:M", "att:PresentAM", "att:PresentAM", "att:V"};
        LocalDate day = LocalDate.of(2024, 9, 3);
        int week = 0;
        for (int n = 0; n < schoolDays; day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            n++;
            for (String session : new String[] {"am", "pm"}) {
                String code = codes[n % codes.length];
                if (session.equals("pm") && code.equals("att:PresentAM")) {
                    code = "att:PresentPM";
                }
                ttl.append("<learners/9b1d/records/att-").append(day).append('-').append(session).append("> a sat:AttendanceMark ;")
                        .append(" sat:learner <learners/9b1d> ; prov:wasAttributedTo <staff/j-okafor> ;")
                        .append(" prov:generatedAtTime \"").append(day).append("T08:52:00Z\"^^xsd:dateTime ;")
                        .append(" sat:sourceSystem <systems/mis> ; sat:recordedFor purpose:statutory-return ;")
                        .append(" sat:sessionDate \"").append(day).append("\"^^xsd:date ; sat:session code:session-").append(session)
                        .append(" ; sat:attendanceCode ").append(code).append(" .\n");
            }
            if (day.getDayOfWeek() == DayOfWeek.FRIDAY) {
                week++;
                ttl.append("<learners/9b1d/records/formative-").append(day).append("> a sat:FormativeAssessment ;")
                        .append(" sat:learner <learners/9b1d> ; prov:wasAttributedTo <systems/quizzr> ;")
                        .append(" prov:generatedAtTime \"").append(day).append("T15:05:00Z\"^^xsd:dateTime ;")
                        .append(" sat:sourceSystem <systems/quizzr> ; sat:recordedFor purpose:teaching ;")
                        .append(" sat:assessorRole code:assessor-software ; sat:conditions code:conditions-supervised ;")
                        .append(" sat:confirmation code:confirmation-unconfirmed ; sat:subject code:subject-mathematics ;")
                        .append(" sat:weekStarting \"").append(day.minusDays(4)).append("\"^^xsd:date ;")
                        .append(" sat:score ").append(week % 21).append(" ; sat:maxScore 20 .\n");
                ttl.append("<learners/9b1d/records/homework-").append(day).append("> a sat:Homework ;")
                        .append(" sat:learner <learners/9b1d> ; prov:wasAttributedTo <staff/m-chen> ;")
                        .append(" prov:generatedAtTime \"").append(day).append("T17:30:00Z\"^^xsd:dateTime ;")
                        .append(" sat:sourceSystem <systems/mis> ; sat:recordedFor purpose:teaching ;")
                        .append(" sat:assessorRole code:assessor-teacher ; sat:conditions code:conditions-unsupervised ;")
                        .append(" sat:title \"History homework, week ").append(week).append("\" ; sat:subject code:subject-history ;")
                        .append(" sat:setOn \"").append(day.minusDays(4)).append("\"^^xsd:date ; sat:dueOn \"").append(day).append("\"^^xsd:date ;")
                        .append(" sat:submittedOn \"").append(day).append("\"^^xsd:date ; sat:submissionStatus code:homework-on-time ;")
                        .append(" sat:score ").append(week % 11).append(" ; sat:maxScore 10 .\n");
            }
        }
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(graph);
        return graph;
    }
}
