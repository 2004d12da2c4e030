package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.SCHOOL;
import static org.satchel.vocab.mis.ExportFile.STAFF;
import static org.satchel.vocab.mis.ExportFile.SYSTEMS;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.satchel.vocab.mis.MisCodes.Named;
import org.satchel.vocab.mis.MisProblem.Code;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * The school graph, from school.csv, staff.csv and systems.csv, and the directory learner rows
 * refer to. A staff member or system whose code and IRI can be read is in the directory even if
 * the rest of their row cannot, so one bad cell does not turn every row naming them into a problem.
 */
final class SchoolFiles {
    /** Where records go when school.csv cannot say: a reserved name (RFC 2606), so that the other files can still be checked. */
    static final String NO_BASE = "https://school.invalid/";

    private static final int URN = SCHOOL.column("URN");
    private static final int NAME = SCHOOL.column("School Name");
    private static final int PHASE = SCHOOL.column("Phase");
    private static final int TELEPHONE = SCHOOL.column("Telephone");
    private static final int EMAIL = SCHOOL.column("Email");
    private static final int IRI = SCHOOL.column("School IRI");

    private static final int STAFF_CODE = STAFF.column("Staff Code");
    private static final int SURNAME = STAFF.column("Surname");
    private static final int FORENAME = STAFF.column("Forename");
    private static final int STAFF_EMAIL = STAFF.column("Email");
    private static final int ROLES = STAFF.column("Roles");
    private static final int SUBJECTS = STAFF.column("Subjects Taught");
    private static final int STAFF_IRI = STAFF.column("Staff IRI");

    private static final int SYSTEM_CODE = SYSTEMS.column("System Code");
    private static final int SYSTEM_NAME = SYSTEMS.column("Name");
    private static final int SYSTEM_IRI = SYSTEMS.column("System IRI");

    private static final Node TYPE = RDF.type.asNode();

    /** The school's directory and its graph. */
    record Read(Directory directory, GraphOut graph) {}

    private SchoolFiles() {}

    static Read read(Path dir, Problems problems, LiteralNodes literals, boolean keep) throws IOException {
        List<MisProblem> found = new ArrayList<>();
        List<Cursor.Line> schoolRows = rows(dir, SCHOOL, problems);
        String base = NO_BASE;
        String urn = "";
        Fields school = null;
        if (schoolRows.isEmpty()) {
            if (!problems.any(SCHOOL)) {
                problems.add(Code.MISSING_VALUE, SCHOOL, 2, null, "school.csv must have one row, for the school");
            }
        } else {
            school = new Fields(SCHOOL, schoolRows.get(0), null, literals, null, found);
            String iri = school.text(IRI);
            if (iri != null && !Iris.isBase(iri)) {
                school.problem(Code.BAD_VALUE, IRI, "School IRI '" + iri + "' is not an absolute IRI ending in / with no query or fragment");
            } else if (iri != null) {
                base = iri;
            }
            String number = school.text(URN);
            if (number != null && !(number.length() == 6 && number.chars().allMatch(c -> c >= '0' && c <= '9'))) {
                school.problem(Code.BAD_VALUE, URN, "URN '" + number + "' is not six digits");
            } else if (number != null) {
                urn = number;
            }
            for (Cursor.Line extra : schoolRows.subList(1, schoolRows.size())) {
                new Fields(SCHOOL, extra, null, literals, null, found).problem(Code.INCONSISTENT, -1,
                        "school.csv has one row, for the school; this is another");
            }
        }
        Node schoolNode = NodeFactory.createURI(base);
        GraphOut out = new GraphOut(base + "school", new Directory(base, schoolNode, urn, Map.of(), Map.of()),
                literals, null, keep);
        if (school != null) {
            describeSchool(school, schoolNode, out);
        }
        Map<String, Node> staff = staff(rows(dir, STAFF, problems), out);
        Map<String, Node> systems = systems(rows(dir, SYSTEMS, problems), out, problems);
        problems.addAll(found);
        problems.addAll(out.problems());
        return new Read(new Directory(base, schoolNode, urn, staff, systems), out);
    }

    private static void describeSchool(Fields f, Node school, GraphOut out) {
        String name = f.text(NAME);
        Node phase = f.code(PHASE, MisCodes.PHASES, "a phase of education");
        String telephone = f.text(TELEPHONE);
        String email = f.text(EMAIL);
        if (f.failed() || !out.claimPerson(f, school)) {
            return;
        }
        out.add(school, TYPE, SAT.School.asNode());
        out.text(school, SCHEMA.name, name);
        out.text(school, SAT.urn, f.raw(URN));
        out.link(school, SAT.phase, phase);
        out.text(school, SCHEMA.telephone, telephone);
        out.text(school, SCHEMA.email, email);
    }

    private static Map<String, Node> staff(List<Cursor.Line> rows, GraphOut out) {
        Map<String, Node> staff = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (Cursor.Line line : rows) {
            Fields f = out.row(STAFF, line);
            String code = f.text(STAFF_CODE);
            Long earlier = code == null ? null : lines.putIfAbsent(code, line.number());
            if (earlier != null) {
                f.problem(Code.DUPLICATE_KEY, STAFF_CODE, "Staff Code " + code + " is already on line " + earlier);
            }
            Node iri = iri(f, STAFF_IRI);
            if (earlier == null && code != null && iri != null) {
                staff.put(code, iri);
            }
            String surname = f.text(SURNAME);
            String forename = f.text(FORENAME);
            String email = f.text(STAFF_EMAIL);
            List<Node> roles = f.codes(ROLES, MisCodes.ROLES, "a staff role", false);
            List<Named> subjects = f.codes(SUBJECTS, MisCodes.SUBJECTS, "a subject", false);
            if (f.failed() || !out.claimPerson(f, iri)) {
                continue;
            }
            out.add(iri, TYPE, SAT.StaffMember.asNode());
            out.text(iri, SCHEMA.givenName, forename);
            out.text(iri, SCHEMA.familyName, surname);
            out.text(iri, SCHEMA.email, email);
            for (Node role : roles) {
                out.link(iri, SAT.staffRole, role);
            }
            for (Named subject : subjects) {
                out.link(iri, SAT.teaches, subject.code());
            }
        }
        return staff;
    }

    private static Map<String, Node> systems(List<Cursor.Line> rows, GraphOut out, Problems problems) {
        Map<String, Node> systems = new HashMap<>();
        Map<String, Long> lines = new HashMap<>();
        for (Cursor.Line line : rows) {
            Fields f = out.row(SYSTEMS, line);
            String code = f.text(SYSTEM_CODE);
            Long earlier = code == null ? null : lines.putIfAbsent(code, line.number());
            if (earlier != null) {
                f.problem(Code.DUPLICATE_KEY, SYSTEM_CODE, "System Code " + code + " is already on line " + earlier);
            }
            Node iri = iri(f, SYSTEM_IRI);
            if (earlier == null && code != null && iri != null) {
                systems.put(code, iri);
            }
            String name = f.text(SYSTEM_NAME);
            if (f.failed() || !out.claimPerson(f, iri)) {
                continue;
            }
            out.add(iri, TYPE, SAT.Software.asNode());
            out.text(iri, SCHEMA.name, name);
        }
        if (!problems.any(SYSTEMS)) {
            for (String code : List.of(Directory.MIS, Directory.PLATFORM)) {
                if (!lines.containsKey(code)) {
                    problems.add(Code.MISSING_VALUE, SYSTEMS, 0, null, "systems.csv must list the system with code "
                            + code + (code.equals(Directory.MIS) ? ", the MIS, which keeps every record whose file has no"
                            + " Source System column" : ", the learning platform learners write reflections and targets on"));
                }
            }
        }
        return systems;
    }

    private static Node iri(Fields f, int column) {
        String iri = f.text(column);
        if (iri != null && !Iris.isAbsolute(iri)) {
            f.problem(Code.BAD_VALUE, column, f.file().header.get(column) + " '" + iri + "' is not an absolute IRI");
            return null;
        }
        return iri == null ? null : NodeFactory.createURI(iri);
    }

    /** Every row of a small file; its problems of form go to {@code problems}. */
    private static List<Cursor.Line> rows(Path dir, ExportFile file, Problems problems) throws IOException {
        List<Cursor.Line> rows = new ArrayList<>();
        try (Cursor cursor = Cursor.open(dir, file, problems)) {
            for (Cursor.Line line = cursor.take(); line != null; line = cursor.take()) {
                if (line.size() != file.header.size()) {
                    problems.add(Code.WRONG_COLUMN_COUNT, file, line.number(), null, wrongColumnCount(file, line));
                } else {
                    rows.add(line);
                }
            }
        }
        return rows;
    }

    static String wrongColumnCount(ExportFile file, Cursor.Line line) {
        return "the row has " + line.size() + (line.size() == 1 ? " field" : " fields") + " but the header has "
                + file.header.size();
    }
}
