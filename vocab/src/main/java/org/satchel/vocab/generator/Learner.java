package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.CODE;

/**
 * One learner: who they are, the latent profile that makes their record hang together, and the
 * academic years they are on roll within the generated window. The profile is a handful of
 * correlated standard normals, so that each rate keeps its national value exactly while
 * attendance, attainment, free school meals and SEN move together as they do in the data.
 */
final class Learner {
    /**
     * Census ethnicity codes and shares of pupils in England (DfE, Schools, pupils and their
     * characteristics 2024/25, grouped into the codes of our list), with the name group (index in
     * {@link Names#GROUPS}) that usually goes with each.
     */
    private static final Resource[] ETHNICITIES = {CODE.ethnicity_WBRI, CODE.ethnicity_WOTH, CODE.ethnicity_MWBC,
        CODE.ethnicity_MOTH, CODE.ethnicity_AIND, CODE.ethnicity_APKN, CODE.ethnicity_ABAN, CODE.ethnicity_BAFR,
        CODE.ethnicity_BCRB, CODE.ethnicity_CHNE, CODE.ethnicity_OOTH, CODE.ethnicity_REFU};
    private static final double[] ETHNICITY_SHARES = {61.5, 8.0, 1.5, 5.5, 4.0, 4.8, 2.0, 4.5, 1.0, 0.6, 5.6, 1.0};
    private static final int[] NAME_GROUP = {0, 1, 0, 0, 2, 3, 3, 4, 4, 5, 6, 0};
    /** Chance of a first language other than English, and the languages (BCP 47), by ethnicity. */
    private static final double[] EAL = {0.01, 0.7, 0.02, 0.15, 0.5, 0.6, 0.7, 0.5, 0.02, 0.6, 0.6, 0.1};
    private static final String[][] LANGUAGES = {{"en"}, {"pl", "ro", "lt", "pt", "es", "it", "bg", "hu"}, {"en"},
        {"ar", "es", "pt"}, {"gu", "pa", "ta", "hi"}, {"ur", "pa"}, {"bn", "syl"}, {"so", "yo", "ar", "fr", "tw"},
        {"en"}, {"zh", "yue"}, {"ar", "ku", "fa", "tr", "ps"}, {"en"}};

    // Latent thresholds for national rates (DfE, Schools, pupils and their characteristics 2024/25;
    // Special educational needs in England 2024/25).
    private static final double FSM_CUT = Draw.normalQuantile(1 - 0.25);
    private static final double EVER6_CUT = Draw.normalQuantile(1 - 0.31);
    private static final double EHC_CUT = Draw.normalQuantile(1 - 0.05);
    private static final double SEN_SUPPORT_CUT = Draw.normalQuantile(1 - 0.05 - 0.14);

    /**
     * A year on roll: the calendar, the year group, the index of the last day the learner is in
     * school, and of the last day on roll (later only after a permanent exclusion, when the
     * learner stays on the register, off site, until the year ends).
     */
    record Year(SchoolCalendar calendar, int yearGroup, int lastDay, int lastDayOnRoll) {
        int academicYear() {
            return calendar.year;
        }

        boolean primary() {
            return yearGroup <= 6;
        }

        LocalDate lastDate() {
            return calendar.day(lastDay);
        }
    }

    final int index;
    final String id;
    final String iri;
    final String upn;
    final String givenName;
    final String familyName;
    final boolean female;
    final LocalDate birthDate;
    final Resource ethnicity;
    final String firstLanguage;
    final int nameGroup;
    /** Latent attainment, N(0, 1). */
    final double ability;
    /** Latent tendency to be absent, N(0, 1); higher is more absence. */
    final double absence;
    /** Latent tendency to behaviour incidents, N(0, 1). */
    final double conduct;
    final boolean fsm;
    final boolean ever6;
    /** {@code code:sen-support}, {@code code:ehc-plan}, or none. */
    final Optional<Resource> sen;
    final boolean sixthForm;
    final LocalDate entryDate;
    final int entryYearGroup;
    final Optional<LocalDate> leavingDate;
    final List<Year> years;
    /** Mixed into staff choices so a learner keeps their class and teachers all year. */
    final long key;
    /** The last school day generated (in 2025/26): the day the export is "taken". */
    final LocalDate windowEnd;

    private Learner(Learner from, List<Year> years, LocalDate leavingDate) {
        this.index = from.index;
        this.id = from.id;
        this.iri = from.iri;
        this.upn = from.upn;
        this.givenName = from.givenName;
        this.familyName = from.familyName;
        this.female = from.female;
        this.birthDate = from.birthDate;
        this.ethnicity = from.ethnicity;
        this.firstLanguage = from.firstLanguage;
        this.nameGroup = from.nameGroup;
        this.ability = from.ability;
        this.absence = from.absence;
        this.conduct = from.conduct;
        this.fsm = from.fsm;
        this.ever6 = from.ever6;
        this.sen = from.sen;
        this.sixthForm = from.sixthForm;
        this.entryDate = from.entryDate;
        this.entryYearGroup = from.entryYearGroup;
        this.key = from.key;
        this.windowEnd = from.windowEnd;
        this.years = List.copyOf(years);
        this.leavingDate = Optional.ofNullable(leavingDate);
    }

    private Learner(School school, GeneratorOptions options, int index, SplittableRandom rnd) {
        this.index = index;
        this.id = school.identifiers.learnerId(index);
        this.iri = school.base + "learners/" + id;
        this.key = rnd.nextLong();
        this.windowEnd = SchoolCalendar.of(GeneratorOptions.LAST_ACADEMIC_YEAR).lastDay();
        this.female = Draw.chance(rnd, 0.49);
        int e = Draw.weighted(rnd, ETHNICITY_SHARES);
        this.ethnicity = ETHNICITIES[e];
        this.nameGroup = Draw.chance(rnd, 0.85) ? NAME_GROUP[e] : Draw.weighted(rnd, Names.GROUP_SHARES);
        this.givenName = Names.given(rnd, nameGroup, female);
        int familyGroup = Draw.chance(rnd, 0.9) ? nameGroup : Draw.weighted(rnd, Names.GROUP_SHARES);
        this.familyName = Names.family(rnd, familyGroup);
        this.firstLanguage = Draw.chance(rnd, EAL[e]) ? Draw.pick(rnd, LANGUAGES[e]) : "en";

        this.ability = rnd.nextGaussian();
        double deprivation = Draw.correlated(rnd, -ability, 0.45);
        this.fsm = deprivation > FSM_CUT;
        this.ever6 = deprivation > EVER6_CUT;
        // SEN: half from (low) attainment, a little from deprivation, the rest its own; still N(0, 1).
        double senScore = 0.5 * -ability + 0.2 * deprivation + Math.sqrt(0.62) * rnd.nextGaussian();
        this.sen = senScore > EHC_CUT ? Optional.of(CODE.ehc_plan)
                : senScore > SEN_SUPPORT_CUT ? Optional.of(CODE.sen_support) : Optional.empty();
        double pressure = (0.5 * -ability + 0.5 * deprivation) / Math.sqrt(0.725);
        this.absence = Draw.correlated(rnd, pressure, 0.55);
        this.conduct = 0.4 * absence + 0.3 * -ability + Math.sqrt(0.647) * rnd.nextGaussian();
        this.sixthForm = Draw.chance(rnd, Draw.logistic(0.1 + 1.2 * ability));

        int first = options.firstAcademicYear();
        int startGroup = Draw.weighted(rnd, School.YEAR_GROUP_WEIGHTS);
        // Born in the academic year that puts them in startGroup (reception: rising fives).
        LocalDate bornFrom = LocalDate.of(first - startGroup - 5, 9, 1);
        this.birthDate = bornFrom.plusDays(rnd.nextInt((int) (bornFrom.plusYears(1).toEpochDay() - bornFrom.toEpochDay())));
        this.upn = school.identifiers.upn(index, first - startGroup);

        int entryGroup = startGroup >= 12 && Draw.chance(rnd, 0.3) ? 12
                : startGroup >= 7 && Draw.chance(rnd, 0.35) ? 7
                : startGroup >= 1 && Draw.chance(rnd, 0.12) ? rnd.nextInt(1, startGroup + 1)
                : 0;
        this.entryYearGroup = entryGroup;
        SchoolCalendar entryYear = SchoolCalendar.of(first - (startGroup - entryGroup));
        boolean inYear = entryGroup != 0 && entryGroup != 7 && entryGroup != 12;
        // In-year admissions arrive on any day of the year, but before the window starts.
        this.entryDate = inYear && entryYear.year < first ? entryYear.day(rnd.nextInt(entryYear.dayCount())) : entryYear.firstDay();

        List<Year> onRoll = new ArrayList<>();
        LocalDate left = null;
        for (int k = 0; k < options.years(); k++) {
            int group = startGroup + k;
            SchoolCalendar calendar = SchoolCalendar.of(first + k);
            onRoll.add(new Year(calendar, group, calendar.dayCount() - 1, calendar.dayCount() - 1));
            if (group == 13 || (group == 11 && !sixthForm && startGroup <= 11)) {
                left = calendar.lastDay();
                break;
            }
        }
        this.years = List.copyOf(onRoll);
        this.leavingDate = Optional.ofNullable(left);
    }

    /** Draws learner {@code index}'s identity, profile and years on roll. */
    static Learner draw(School school, GeneratorOptions options, int index, SplittableRandom rnd) {
        return new Learner(school, options, index, rnd);
    }

    /**
     * The same learner, permanently excluded: in school until {@code lastDay} of year
     * {@code yearIndex}, then on roll but off site until that year ends, when they leave.
     */
    Learner excludedAfter(int yearIndex, int lastDay) {
        List<Year> kept = new ArrayList<>(years.subList(0, yearIndex));
        Year last = years.get(yearIndex);
        kept.add(new Year(last.calendar(), last.yearGroup(), lastDay, last.lastDayOnRoll()));
        return new Learner(this, kept, last.calendar().day(last.lastDayOnRoll()));
    }

    /** The learner's key for a given academic year: picks their class and teachers that year. */
    long yearKey(Year year) {
        return Draw.mix(key + year.academicYear());
    }

    /** The census sex code. */
    Resource sex() {
        return female ? CODE.sex_F : CODE.sex_M;
    }

    Year finalYear() {
        return years.get(years.size() - 1);
    }

    /** The year group in the learner's last year on roll: "current" to an MIS. */
    int currentYearGroup() {
        return finalYear().yearGroup();
    }
}
