package org.satchel.vocab.generator;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.ROLE;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * The generated school: an all-through academy (reception to year 13), its staff, sized to the
 * roll at a pupil–teacher ratio near the national one, and its two software agents (the MIS and a
 * quiz and homework platform). Everything is drawn from the seed alone.
 */
final class School {
    /** Year-group weights: one form of entry from reception to year 11, about half staying on for the sixth form. */
    static final double[] YEAR_GROUP_WEIGHTS = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.55, 0.55};
    static final String MIS_NAME = "Management information system";
    static final String QUIZ_NAME = "Quiz and homework platform";

    final String base;
    final Node iri;
    final String graphIri;
    final String name;
    final String urn;
    final String host;
    final String telephone;
    final Node mis;
    final Node quiz;
    final List<Staff> staff = new ArrayList<>();
    final Staff head;
    final Staff dsl;
    final Staff senco;
    final Identifiers identifiers;
    private final Staff[][] classTeachers = new Staff[7][];
    private final Map<Subject, Staff[]> subjectTeachers = new EnumMap<>(Subject.class);
    private final Map<String, Integer> emailsTaken = new HashMap<>();
    private final SplittableRandom rnd;

    School(GeneratorOptions options) {
        this.base = options.baseIri();
        this.iri = NodeFactory.createURI(base);
        this.graphIri = base + "school";
        this.host = URI.create(base).getHost();
        String first = host.split("\\.")[0];
        this.name = Character.toUpperCase(first.charAt(0)) + first.substring(1) + " Academy";
        this.rnd = new SplittableRandom(Draw.mix(options.seed() ^ 0x5C400L));
        // Academy URNs are six digits, in the 13xxxx to 15xxxx range.
        this.urn = Integer.toString(135_000 + rnd.nextInt(20_000));
        // Ofcom reserves 0121 496 0000 to 0999 for drama: a number that rings nobody.
        this.telephone = "0121 496 0" + urn.substring(3);
        this.mis = NodeFactory.createURI(base + "systems/mis");
        this.quiz = NodeFactory.createURI(base + "systems/quiz");
        this.identifiers = new Identifiers(options.seed());

        double total = 0;
        for (double w : YEAR_GROUP_WEIGHTS) {
            total += w;
        }
        this.head = hire(List.of(ROLE.head), List.of());
        this.dsl = hire(List.of(ROLE.dsl, ROLE.teacher), List.of(Subject.RELIGIOUS_STUDIES));
        this.senco = hire(List.of(ROLE.senco, ROLE.teacher), List.of(Subject.ENGLISH_LANGUAGE));
        // Primary: a class of 30 per teacher (infant class size limit, School Admissions (Infant Class Sizes) Regulations 2012).
        for (int g = 0; g <= 6; g++) {
            int classes = (int) Math.max(1, Math.ceil(options.pupils() * YEAR_GROUP_WEIGHTS[g] / total / 30));
            classTeachers[g] = new Staff[classes];
            for (int c = 0; c < classes; c++) {
                classTeachers[g][c] = hire(List.of(ROLE.teacher), g == 6
                        ? List.of(Subject.READING, Subject.WRITING, Subject.MATHEMATICS, Subject.GRAMMAR)
                        : Subject.PRIMARY);
            }
        }
        double secondary = 0;
        for (int g = 7; g < YEAR_GROUP_WEIGHTS.length; g++) {
            secondary += options.pupils() * YEAR_GROUP_WEIGHTS[g] / total;
        }
        department(secondary / 160, Subject.ENGLISH_LANGUAGE, Subject.ENGLISH_LITERATURE);
        department(secondary / 160, Subject.MATHEMATICS);
        for (Subject science : List.of(Subject.BIOLOGY, Subject.CHEMISTRY, Subject.PHYSICS)) {
            department(secondary / 360, science, Subject.COMBINED_SCIENCE);
        }
        for (Subject s : List.of(Subject.HISTORY, Subject.GEOGRAPHY, Subject.FRENCH, Subject.SPANISH)) {
            department(secondary / 420, s);
        }
        for (Subject s : List.of(Subject.COMPUTING, Subject.ART_AND_DESIGN, Subject.MUSIC, Subject.RELIGIOUS_STUDIES,
                Subject.PHYSICAL_EDUCATION)) {
            department(secondary / 600, s);
        }
    }

    /** The primary class teacher of a class in year group 0 to 6. */
    Staff classTeacher(int yearGroup, long key) {
        Staff[] classes = classTeachers[yearGroup];
        return classes[(int) Long.remainderUnsigned(key, classes.length)];
    }

    /** Who teaches {@code subject} to a learner in {@code yearGroup}; {@code key} picks the class and stays the same all year. */
    Staff teacher(Subject subject, int yearGroup, long key) {
        if (yearGroup <= 6) {
            return classTeacher(yearGroup, key);
        }
        Staff[] pool = subjectTeachers.get(subject);
        return pool[(int) Long.remainderUnsigned(Draw.mix(key + subject.ordinal()), pool.length)];
    }

    /** Writes the school graph: the school, its staff and its software. */
    void describe(RecordOut.Sink out) {
        Node type = RDF.type.asNode();
        out.add(iri, type, SAT.School.asNode());
        out.add(iri, SCHEMA.name.asNode(), Literals.string(name));
        out.add(iri, SAT.urn.asNode(), Literals.string(urn));
        out.add(iri, SAT.phase.asNode(), CODE.phase_all_through.asNode());
        out.add(iri, SCHEMA.telephone.asNode(), Literals.string(telephone));
        out.add(iri, SCHEMA.email.asNode(), Literals.string("office@" + host));
        for (Staff s : staff) {
            out.add(s.iri(), type, SAT.StaffMember.asNode());
            out.add(s.iri(), SCHEMA.givenName.asNode(), Literals.string(s.givenName()));
            out.add(s.iri(), SCHEMA.familyName.asNode(), Literals.string(s.familyName()));
            out.add(s.iri(), SCHEMA.email.asNode(), Literals.string(s.email()));
            for (Resource role : s.roles()) {
                out.add(s.iri(), SAT.staffRole.asNode(), role.asNode());
            }
            for (Subject subject : s.subjects()) {
                out.add(s.iri(), SAT.teaches.asNode(), subject.code.asNode());
            }
        }
        out.add(mis, type, SAT.Software.asNode());
        out.add(mis, SCHEMA.name.asNode(), Literals.string(MIS_NAME));
        out.add(quiz, type, SAT.Software.asNode());
        out.add(quiz, SCHEMA.name.asNode(), Literals.string(QUIZ_NAME));
    }

    private void department(double teachers, Subject... subjects) {
        int n = (int) Math.max(1, Math.ceil(teachers));
        Staff[] hired = new Staff[n];
        for (int i = 0; i < n; i++) {
            hired[i] = hire(List.of(ROLE.teacher), List.of(subjects));
        }
        for (Subject s : subjects) {
            Staff[] pool = subjectTeachers.get(s);
            if (pool == null) {
                subjectTeachers.put(s, hired);
            } else {
                Staff[] merged = new Staff[pool.length + n];
                System.arraycopy(pool, 0, merged, 0, pool.length);
                System.arraycopy(hired, 0, merged, pool.length, n);
                subjectTeachers.put(s, merged);
            }
        }
    }

    private Staff hire(List<Resource> roles, List<Subject> subjects) {
        int group = Draw.weighted(rnd, Names.GROUP_SHARES);
        boolean female = Draw.chance(rnd, 0.74); // 76% of teachers in England are women (School workforce in England, 2024)
        String given = Names.given(rnd, group, female);
        String family = Names.family(rnd, group);
        String code = String.format(Locale.ROOT, "T%04d", staff.size() + 1);
        String local = ascii(given).charAt(0) + "." + ascii(family);
        int taken = emailsTaken.merge(local, 1, Integer::sum);
        String email = local + (taken > 1 ? Integer.toString(taken) : "") + "@" + host;
        Staff s = new Staff(code, NodeFactory.createURI(base + "staff/" + code), given, family, email, roles, subjects);
        staff.add(s);
        return s;
    }

    /** Lower-case ASCII letters only, for email addresses: "Wiśniewski" becomes "wisniewski", "O'Brien" "obrien". */
    static String ascii(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("ı", "i").replace("ł", "l").replace("Ł", "L");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
