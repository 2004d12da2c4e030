package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * Behaviour incidents, suspensions and the rare permanent exclusion, driven by the learner's
 * conduct score. Simulated before attendance, which marks excluded sessions E. Rates follow
 * DfE, Suspensions and permanent exclusions in England 2023/24: 22.5 suspensions per 100
 * secondary pupils and 2.4 per 100 primary; permanent exclusions 0.26 and 0.03 per 100.
 */
final class Conduct implements RecordFamily {
    private static final Resource[] INCIDENTS = {CODE.incident_disruption, CODE.incident_defiance,
        CODE.incident_unkindness, CODE.incident_lateness, CODE.incident_equipment, CODE.incident_phone};
    private static final String[] INCIDENT_LABELS = {"Disruption to learning", "Refusal to follow instructions",
        "Unkindness to another pupil", "Repeated lateness to lessons", "No equipment or homework", "Mobile phone misuse"};
    private static final double[] PRIMARY_INCIDENTS = {40, 20, 25, 3, 12, 0};
    private static final double[] SECONDARY_INCIDENTS = {32, 20, 10, 12, 14, 12};
    private static final String[][] SUMMARIES = {
        {"Talking over the teacher during the starter.", "Repeatedly distracting others during group work.", "Calling out across the room."},
        {"Refused to move seats when asked.", "Would not stop and listen after two reminders.", "Walked out of the lesson without permission."},
        {"Name-calling at break time.", "Excluded a classmate from a game on purpose.", "Unkind comments about another pupil's work."},
        {"Third late arrival to lessons this week.", "Arrived ten minutes late after lunch.", "Late to registration again."},
        {"No homework handed in and no reason given.", "Came without a pen or exercise book.", "PE kit forgotten for the third time."},
        {"Phone out in lesson.", "Filming in the corridor.", "Messaging during a test."}};
    private static final String[] ACTIONS = {"Verbal warning", "Break-time detention", "After-school detention",
        "Parent contacted", "Restorative conversation", "Moved seat", "Phone held at reception until the end of the day"};
    /** DfE reasons, with the shares of suspensions they account for (2023/24). */
    private static final Resource[] REASONS = {CODE.reason_PD, CODE.reason_VA, CODE.reason_PA, CODE.reason_VP,
        CODE.reason_DA, CODE.reason_DM, CODE.reason_BU, CODE.reason_TH, CODE.reason_PP, CODE.reason_MT};
    private static final String[] REASON_CODES = {"PD", "VA", "PA", "VP", "DA", "DM", "BU", "TH", "PP", "MT"};
    private static final double[] REASON_SHARES = {47, 18, 13, 6, 3, 2, 1.5, 1, 5, 2};

    record Incident(LocalDate date, int minute, int type, int points, String summary, String action, Staff by) {}

    /** A suspension or permanent exclusion; sessions 0 for a permanent one. */
    record Exclusion(int yearIndex, int firstDay, int lastDay, boolean permanent, List<Integer> reasons, int sessions,
            LocalDate decidedOn, LocalDate start, LocalDate end) {}

    private Learner learner;
    private final School school;
    private final List<Incident> incidents = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final List<Resource[]> excludedDays = new ArrayList<>();

    private Conduct(Learner learner, School school) {
        this.learner = learner;
        this.school = school;
    }

    /** Simulates conduct; the returned learner may have been permanently excluded. */
    static Conduct simulate(Learner learner, School school, SplittableRandom rnd) {
        Conduct c = new Conduct(learner, school);
        for (int y = 0; y < learner.years.size(); y++) {
            Learner.Year year = learner.years.get(y);
            SchoolCalendar cal = year.calendar();
            Resource[] away = new Resource[cal.dayCount()];
            c.excludedDays.add(away);
            long staffKey = learner.yearKey(year);
            double base = year.primary() ? 0.6 : 2.5;
            int incidents = Draw.poisson(rnd, base * Math.exp(0.9 * learner.conduct - 0.405));
            List<Incident> yearIncidents = new ArrayList<>();
            for (int i = 0; i < incidents; i++) {
                int day = rnd.nextInt(year.lastDay() + 1);
                int type = Draw.weighted(rnd, year.primary() ? PRIMARY_INCIDENTS : SECONDARY_INCIDENTS);
                Subject lesson = Draw.pick(rnd, year.primary() ? Subject.PRIMARY : Subject.KS3_FOUNDATION);
                yearIncidents.add(new Incident(cal.day(day), Draw.between(rnd, 9 * 60, 15 * 60), type,
                        type == 2 || type == 1 ? 2 : 1, Draw.pick(rnd, SUMMARIES[type]), Draw.pick(rnd, ACTIONS),
                        school.teacher(lesson, year.yearGroup(), staffKey)));
            }

            // Suspensions are concentrated on a few pupils (about 3% have one or more in a year, with
            // 3 to 4 each): a steep function of conduct, scaled so that E[exp(3 z)] = exp(4.5)
            // gives the national mean per pupil.
            double suspensionScale = (year.primary() ? 0.024 : 0.225) / Math.exp(4.5);
            int suspensions = Draw.poisson(rnd, suspensionScale * Math.exp(3 * learner.conduct));
            List<Exclusion> yearExclusions = new ArrayList<>();
            for (int s = 0; s < suspensions; s++) {
                int days = Draw.weighted(rnd, new double[] {55, 25, 10, 5, 5}) + 1;
                int first = rnd.nextInt(1, Math.max(2, year.lastDay() - days));
                int last = Math.min(first + days - 1, year.lastDay());
                if (mark(away, first, last, ATT.E)) {
                    yearExclusions.add(new Exclusion(y, first, last, false, reasons(rnd), 2 * (last - first + 1),
                            cal.day(first - 1), cal.day(first), cal.day(last)));
                }
            }
            double permanent = (year.primary() ? 0.0003 : 0.0026) * Math.exp(2 * learner.conduct - 2);
            int decided = year.lastDay() > 20 ? rnd.nextInt(10, year.lastDay() - 6) : -1;
            boolean excluded = year.yearGroup() >= 1 && year.yearGroup() <= 11 && decided > 0 && Draw.chance(rnd, permanent)
                    && mark(away, decided + 1, decided + 5, ATT.E);
            if (excluded) {
                // The first five days are the school's (E); from the sixth the local authority provides
                // education elsewhere, and the pupil stays on the register, dual registered (D), until the year ends.
                for (int d = decided + 6; d <= year.lastDayOnRoll(); d++) {
                    away[d] = ATT.D;
                }
                LocalDate lastInSchool = cal.day(decided);
                yearIncidents.removeIf(i -> i.date().isAfter(lastInSchool));
                yearExclusions.removeIf(e -> e.start().isAfter(lastInSchool));
                yearExclusions.add(new Exclusion(y, decided + 1, decided + 5, true, reasons(rnd), 0, lastInSchool,
                        cal.day(decided + 1), null));
                c.learner = learner.excludedAfter(y, decided);
            }
            yearIncidents.sort((a, b) -> a.date().equals(b.date()) ? Integer.compare(a.minute(), b.minute()) : a.date().compareTo(b.date()));
            yearExclusions.sort((a, b) -> a.start().compareTo(b.start()));
            c.incidents.addAll(yearIncidents);
            c.exclusions.addAll(yearExclusions);
            if (excluded) {
                break;
            }
        }
        return c;
    }

    /** The learner, as they end up after their conduct (possibly permanently excluded). */
    Learner learner() {
        return learner;
    }

    /** For each day of year {@code yearIndex}: E if suspended or excluded, D if off site after a permanent exclusion, else null. */
    Resource[] excludedDays(int yearIndex) {
        return excludedDays.get(yearIndex);
    }

    private static List<Integer> reasons(SplittableRandom rnd) {
        List<Integer> reasons = new ArrayList<>();
        int n = Draw.weighted(rnd, new double[] {80, 15, 5}) + 1;
        while (reasons.size() < n) {
            int r = Draw.weighted(rnd, REASON_SHARES);
            if (!reasons.contains(r)) {
                reasons.add(r);
            }
        }
        return reasons;
    }

    /** Marks days {@code first} to {@code last} with {@code code}, unless one is marked already; says whether it did. */
    private static boolean mark(Resource[] days, int first, int last, Resource code) {
        for (int d = first; d <= last; d++) {
            if (days[d] != null) {
                return false;
            }
        }
        for (int d = first; d <= last; d++) {
            days[d] = code;
        }
        return true;
    }

    private static String time(int minute) {
        return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }

    @Override
    public void rdf(RecordOut out) {
        int n = 0;
        for (Incident i : incidents) {
            Node r = out.record(SAT.BehaviourIncident, "behaviour/" + i.date() + "-" + (++n),
                    new Provenance(i.by().iri(), i.date(), Math.min(i.minute() + 30, 17 * 60), school.mis, PURPOSE.pastoral));
            out.dateTime(r, SAT.occurredAt, i.date(), i.minute());
            out.link(r, SAT.incidentType, INCIDENTS[i.type()]);
            out.integer(r, SAT.behaviourPoints, i.points());
            out.text(r, SAT.summary, i.summary());
            out.text(r, SAT.actionTaken, i.action());
        }
        for (Exclusion e : exclusions) {
            Node r = out.record(SAT.Exclusion, "exclusion/" + e.start(),
                    Provenance.at(school.head.iri(), e.decidedOn(), 16, 30, school.mis, PURPOSE.pastoral));
            out.link(r, SAT.exclusionType, e.permanent() ? CODE.exclusion_permanent : CODE.exclusion_suspension);
            for (int reason : e.reasons()) {
                out.link(r, SAT.exclusionReason, REASONS[reason]);
            }
            out.date(r, SAT.startDate, e.start());
            if (e.end() != null) {
                out.date(r, SAT.endDate, e.end());
            }
            if (!e.permanent()) {
                out.integer(r, SAT.sessionsExcluded, e.sessions());
            }
            out.link(r, SAT.decidedBy, school.head.iri());
            out.dateTime(r, SAT.decidedOn, e.decidedOn(), 16 * 60);
            out.text(r, SAT.summary, summary(e));
        }
    }

    private static String summary(Exclusion e) {
        return e.permanent() ? "Permanently excluded after a serious breach of the behaviour policy; the local authority has been informed."
                : "Suspended for " + e.sessions() / 2 + (e.sessions() == 2 ? " day" : " days") + "; reintegration meeting with parents on return.";
    }

    @Override
    public void csv(CsvRows rows) {
        for (Incident i : incidents) {
            rows.learnerRow(CsvFile.BEHAVIOUR, i.date(), time(i.minute()), INCIDENT_LABELS[i.type()], i.points(),
                    i.summary(), i.action(), i.by().code(),
                    Literals.dateTimeText(i.date(), Math.min(i.minute() + 30, 17 * 60)));
        }
        for (Exclusion e : exclusions) {
            List<Integer> r = e.reasons();
            rows.learnerRow(CsvFile.EXCLUSIONS, e.permanent() ? "Permanent exclusion" : "Suspension", e.start(),
                    e.end(), e.permanent() ? null : e.sessions(), REASON_CODES[r.get(0)],
                    r.size() > 1 ? REASON_CODES[r.get(1)] : null, r.size() > 2 ? REASON_CODES[r.get(2)] : null,
                    school.head.code(), Literals.dateTimeText(e.decidedOn(), 16 * 60), summary(e),
                    school.head.code(), Literals.dateTimeText(e.decidedOn(), 16 * 60 + 30));
        }
    }
}
