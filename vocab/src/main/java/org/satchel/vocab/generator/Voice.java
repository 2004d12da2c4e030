package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * What learners say of themselves: an end-of-term reflection and a target they set, from year 2
 * on, written on the learning platform and attributed to the learner alone; and the learner's
 * consent setting for research, which is off unless someone opted in.
 */
final class Voice implements RecordFamily {
    private static final String[] YOUNG_REFLECTIONS = {
        "I got better at %s this term because I practised a lot.",
        "%s was tricky this term but I kept trying.",
        "I liked %s this term. My favourite part was working with my group.",
        "I am proud of my work in %s. I want to show my family."};
    private static final String[] OLDER_REFLECTIONS = {
        "This term in %s I found the new topic hard at first, but revisiting my notes each week helped.",
        "I think I rushed my work in %s this term. Next term I want to check my answers before handing in.",
        "My confidence in %s has grown. Asking questions in class made the biggest difference.",
        "I did not do as well as I hoped in %s, mostly because I missed some homework. I know what to change.",
        "Working with a study partner in %s helped me understand the parts I was stuck on."};
    private static final String[] YOUNG_TARGETS = {
        "I will read every night to get better at %s.",
        "I will try my best in %s and ask for help when I am stuck.",
        "I will learn my spellings and times tables for %s every week."};
    private static final String[] OLDER_TARGETS = {
        "Spend twenty minutes a day revising %s.",
        "Hand in every %s homework on time this term.",
        "Raise my %s test scores by checking my working.",
        "Ask at least one question in every %s lesson."};

    record Statement(boolean target, LocalDate writtenOn, Subject subject, String text, Optional<LocalDate> targetDate,
            Optional<Boolean> met) {}

    private final Learner learner;
    private final School school;
    private final List<Statement> statements = new ArrayList<>();
    private final boolean researchConsent;
    private final LocalDate consentOn;
    private final Node consentBy;

    private Voice(Learner learner, School school, boolean researchConsent, LocalDate consentOn, Node consentBy) {
        this.learner = learner;
        this.school = school;
        this.researchConsent = researchConsent;
        this.consentOn = consentOn;
        this.consentBy = consentBy;
    }

    static Voice simulate(Learner learner, School school, SplittableRandom rnd) {
        LocalDate firstDay = learner.years.get(0).calendar().firstDay();
        // Opting in to research is the learner's (from 13) or a parent's decision; off by default, set by the MIS.
        boolean optedIn = Draw.chance(rnd, 0.08);
        LocalDate on = optedIn ? firstDay.plusDays(rnd.nextInt(1, 120)) : firstDay;
        boolean ownDecision = !learner.birthDate.plusYears(13).isAfter(on);
        Node by = !optedIn ? school.mis
                : ownDecision ? NodeFactory.createURI(learner.iri)
                : NodeFactory.createURI(school.base + "guardians/" + learner.id + "-1");
        Voice v = new Voice(learner, school, optedIn, on, by);
        LocalDate windowEnd = learner.windowEnd;
        for (Learner.Year year : learner.years) {
            if (year.yearGroup() < 2) {
                continue;
            }
            SchoolCalendar cal = year.calendar();
            List<Subject> subjects = Curriculum.taught(learner, year);
            int[] termEnds = {cal.springStart() - 1, cal.summerStart() - 1, cal.dayCount() - 1};
            boolean young = year.yearGroup() <= 6;
            for (int term = 0; term < 3; term++) {
                int day = termEnds[term] - rnd.nextInt(8);
                if (day > year.lastDay()) {
                    break;
                }
                LocalDate written = cal.day(day);
                if (Draw.chance(rnd, 0.8)) {
                    Subject s = Draw.pick(rnd, subjects);
                    String text = String.format(Locale.ROOT, Draw.pick(rnd, young ? YOUNG_REFLECTIONS : OLDER_REFLECTIONS), s.inSentence());
                    v.statements.add(new Statement(false, written, s, capitalise(text), Optional.empty(), Optional.empty()));
                }
                if (Draw.chance(rnd, 0.7)) {
                    Subject s = Draw.pick(rnd, subjects);
                    String text = String.format(Locale.ROOT, Draw.pick(rnd, young ? YOUNG_TARGETS : OLDER_TARGETS), s.inSentence());
                    LocalDate due = written.plusWeeks(Draw.between(rnd, 6, 12));
                    Optional<Boolean> met = due.isAfter(windowEnd) ? Optional.empty()
                            : Optional.of(Draw.chance(rnd, Draw.logistic(0.4 + 0.6 * learner.ability)));
                    v.statements.add(new Statement(true, written, s, capitalise(text), Optional.of(due), met));
                }
            }
        }
        return v;
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private Provenance provenance(Statement s) {
        return Provenance.at(NodeFactory.createURI(learner.iri), s.writtenOn(), 14, 30, school.quiz, PURPOSE.teaching);
    }

    /** An opt-in is made on the learning platform; the default is the MIS's. */
    private Node consentSystem() {
        return researchConsent ? school.quiz : school.mis;
    }

    @Override
    public void rdf(RecordOut out) {
        for (Statement s : statements) {
            Node r = out.record(s.target() ? SAT.SelfSetTarget : SAT.Reflection,
                    (s.target() ? "target/" : "reflection/") + s.writtenOn(), provenance(s));
            out.text(r, SAT.text, s.text());
            out.date(r, SAT.writtenOn, s.writtenOn());
            out.link(r, SAT.subject, s.subject().code);
            s.targetDate().ifPresent(d -> out.date(r, SAT.targetDate, d));
            s.met().ifPresent(m -> out.bool(r, SAT.targetMet, m));
        }
        Node c = out.record(SAT.ConsentSetting, "consent/research",
                Provenance.at(consentBy, consentOn, 12, 0, consentSystem(), PURPOSE.learner_request));
        out.link(c, SAT.consentPurpose, PURPOSE.research);
        out.bool(c, SAT.consentGiven, researchConsent);
    }

    @Override
    public void csv(CsvRows rows) {
        for (Statement s : statements) {
            Provenance p = provenance(s);
            if (s.target()) {
                rows.learnerRow(CsvFile.TARGETS, s.writtenOn(), s.subject().label, s.text(), s.targetDate().orElse(null),
                        s.met().map(CsvRows::yesNo).orElse(null), p.agentCode(), p.timeLexical());
            } else {
                rows.learnerRow(CsvFile.REFLECTIONS, s.writtenOn(), s.subject().label, s.text(), p.agentCode(), p.timeLexical());
            }
        }
        rows.learnerRow(CsvFile.CONSENTS, "Research", CsvRows.yesNo(researchConsent), Provenance.lastSegment(consentBy),
                Literals.dateTimeText(consentOn, 12 * 60), Provenance.lastSegment(consentSystem()));
    }
}
