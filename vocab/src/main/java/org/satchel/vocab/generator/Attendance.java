package org.satchel.vocab.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;

/**
 * The register: a DfE code for every morning and afternoon session on roll. A learner's absence
 * rate for a year is lognormal around the national figures, so that about one pupil in five is
 * persistently absent (missing 10% or more of possible sessions): 20.0% in 2023/24, 14.6% in
 * primary and 25.6% in secondary, with overall absence of 7.1% (DfE, Pupil absence in schools in
 * England 2023/24). Absence comes in episodes (a few days of illness, a term-time holiday), and
 * its reasons follow the same publication's shares.
 */
final class Attendance implements RecordFamily {
    /** ln(absence rate) is N(MU, SIGMA): median 4.9%, mean 7.0%, 20% at 10% or more. */
    private static final double MU = -3.009;
    private static final double SIGMA = 0.84;
    /** Absence reasons and their shares of absent sessions. */
    private static final Resource[] REASONS = {ATT.I, ATT.M, ATT.C, ATT.R, ATT.G, ATT.O, ATT.N, ATT.U};
    private static final double[] REASON_SHARES = {49, 6, 4, 1, 7, 24, 4, 5};
    private static final int ILLNESS = 0;
    private static final int MEDICAL = 1;
    private static final int HOLIDAY = 4;
    private static final int OTHER_UNAUTHORISED = 5;
    private static final int NOT_YET_KNOWN = 6;
    private static final int LATE_AFTER_CLOSE = 7;
    /** Register times: 08:50 and 13:15. */
    static final int AM_REGISTER = 8 * 60 + 50;
    static final int PM_REGISTER = 13 * 60 + 15;

    /** One year's marks, session by session (2 per day, morning first), and who took the register. */
    record YearMarks(Learner.Year year, Resource[] codes, Staff tutor) {}

    private final School school;
    private final List<YearMarks> years = new ArrayList<>();

    private Attendance(School school) {
        this.school = school;
    }

    static Attendance simulate(Learner learner, School school, Conduct conduct, SplittableRandom rnd) {
        Attendance a = new Attendance(school);
        for (int y = 0; y < learner.years.size(); y++) {
            Learner.Year year = learner.years.get(y);
            Resource[] codes = new Resource[2 * (year.lastDayOnRoll() + 1)];
            Resource[] excluded = conduct.excludedDays(y);
            for (int d = 0; d <= year.lastDayOnRoll(); d++) {
                codes[2 * d] = excluded[d];
                codes[2 * d + 1] = excluded[d];
            }
            approvedActivities(year, codes, rnd);
            // This year's absence: mostly the learner's lasting tendency, partly this year's luck;
            // lower in primary and higher in secondary, as nationally.
            double z = Math.sqrt(0.7) * learner.absence + Math.sqrt(0.3) * rnd.nextGaussian();
            double rate = Math.min(0.6, Math.exp(MU + SIGMA * z + (year.primary() ? -0.15 : 0.15)));
            absences(codes, (int) Math.round(rate * codes.length), z, rnd);
            // Late before the register closed: a habit of a few.
            double lateRate = Math.min(0.2, 0.012 * Math.exp(0.9 * z));
            for (int s = 0; s < codes.length; s += 2) {
                if (codes[s] == null && Draw.chance(rnd, lateRate)) {
                    codes[s] = ATT.L;
                }
            }
            for (int s = 0; s < codes.length; s++) {
                if (codes[s] == null) {
                    codes[s] = s % 2 == 0 ? ATT.PresentAM : ATT.PresentPM;
                }
            }
            Subject tutorGroup = year.primary() ? Subject.MATHEMATICS : Subject.KS3_FOUNDATION.get((int) Long.remainderUnsigned(learner.yearKey(year), 8));
            a.years.add(new YearMarks(year, codes, school.teacher(tutorGroup, year.yearGroup(), learner.yearKey(year))));
        }
        return a;
    }

    /** Trips (V), fixtures (P) and a week of work experience in years 10 and 12 (W): present, elsewhere. */
    private static void approvedActivities(Learner.Year year, Resource[] codes, SplittableRandom rnd) {
        int days = codes.length / 2;
        if (Draw.chance(rnd, 0.6)) {
            int d = rnd.nextInt(days);
            fill(codes, 2 * d, 2 * d + 1, ATT.V);
        }
        if (!year.primary() || year.yearGroup() >= 5) {
            for (int i = Draw.chance(rnd, 0.15) ? Draw.between(rnd, 1, 4) : 0; i > 0; i--) {
                int d = rnd.nextInt(days);
                fill(codes, 2 * d + 1, 2 * d + 1, ATT.P);
            }
        }
        SchoolCalendar cal = year.calendar();
        if ((year.yearGroup() == 10 && Draw.chance(rnd, 0.9)) || (year.yearGroup() == 12 && Draw.chance(rnd, 0.5))) {
            int week = cal.weekCount() - 4;
            int first = cal.weekFirstDay(week);
            int last = first + cal.weekLength(week) - 1;
            if (last < days) {
                fill(codes, 2 * first, 2 * last + 1, ATT.W);
            }
        }
    }

    /** Places {@code target} absent sessions in episodes over the sessions not yet marked. */
    private static void absences(Resource[] codes, int target, double z, SplittableRandom rnd) {
        double[] shares = REASON_SHARES.clone();
        // The more a learner misses, the more of it is unauthorised.
        shares[OTHER_UNAUTHORISED] *= Math.exp(0.6 * z);
        shares[HOLIDAY] *= Math.exp(0.3 * z);
        int days = codes.length / 2;
        int placed = 0;
        for (int attempts = 0; placed < target && attempts < 20 * target + 50; attempts++) {
            int reason = Draw.weighted(rnd, shares);
            int day = rnd.nextInt(days);
            int length;
            int first;
            int last;
            if (reason == ILLNESS) {
                length = Draw.weighted(rnd, new double[] {45, 30, 15, 10}) + 1;
                first = 2 * day;
                last = Math.min(2 * (day + length) - 1, codes.length - 1);
                if (Draw.chance(rnd, 0.15)) {
                    first++; // taken ill at lunchtime
                }
            } else if (reason == HOLIDAY) {
                length = Draw.between(rnd, 3, 5);
                first = 2 * day;
                last = Math.min(2 * (day + length) - 1, codes.length - 1);
            } else if (reason == MEDICAL || reason == NOT_YET_KNOWN) {
                first = 2 * day + rnd.nextInt(2);
                last = first;
            } else if (reason == LATE_AFTER_CLOSE) {
                first = 2 * day;
                last = first;
            } else if (reason == OTHER_UNAUTHORISED && Draw.chance(rnd, 0.3)) {
                first = 2 * day + 1; // gone after lunch
                last = first;
            } else {
                first = 2 * day;
                last = 2 * day + 1;
            }
            last = Math.min(last, first + (target - placed) - 1);
            placed += fill(codes, first, last, REASONS[reason]);
        }
    }

    /** Marks the unmarked sessions from {@code first} to {@code last}; returns how many it marked. */
    private static int fill(Resource[] codes, int first, int last, Resource code) {
        int n = 0;
        for (int s = first; s <= last && s < codes.length; s++) {
            if (codes[s] == null) {
                codes[s] = code;
                n++;
            }
        }
        return n;
    }

    List<YearMarks> years() {
        return years;
    }

    /** Whether the learner was in school (present, late, or on an approved activity) for session {@code s}. */
    static boolean inSchool(Resource code) {
        return code == ATT.PresentAM || code == ATT.PresentPM || code == ATT.L || code == ATT.V || code == ATT.P;
    }

    /** The DfE notation of a code: "/" and "\" for present, else the code's own name. */
    static String notation(Resource code) {
        return code == ATT.PresentAM ? "/" : code == ATT.PresentPM ? "\\" : code.getLocalName();
    }

    @Override
    public void rdf(RecordOut out) {
        for (YearMarks y : years) {
            SchoolCalendar cal = y.year().calendar();
            Node tutor = y.tutor().iri();
            for (int s = 0; s < y.codes().length; s++) {
                boolean am = s % 2 == 0;
                var date = cal.day(s / 2);
                Node r = out.record(SAT.AttendanceMark, "attendance/" + date + (am ? "-am" : "-pm"),
                        new Provenance(tutor, date, am ? AM_REGISTER : PM_REGISTER, school.mis, PURPOSE.statutory_return));
                out.date(r, SAT.sessionDate, date);
                out.link(r, SAT.session, am ? CODE.session_am : CODE.session_pm);
                out.link(r, SAT.attendanceCode, y.codes()[s]);
            }
        }
    }

    @Override
    public void csv(CsvRows rows) {
        for (YearMarks y : years) {
            SchoolCalendar cal = y.year().calendar();
            String tutor = y.tutor().code();
            for (int s = 0; s < y.codes().length; s++) {
                boolean am = s % 2 == 0;
                var date = cal.day(s / 2);
                rows.learnerRow(CsvFile.ATTENDANCE, date, am ? "AM" : "PM", notation(y.codes()[s]), tutor,
                        Literals.dateTimeText(date, am ? AM_REGISTER : PM_REGISTER));
            }
        }
    }
}
