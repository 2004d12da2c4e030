package org.satchel.vocab.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The school days of one academic year in England: 190 days of teaching (the statutory
 * minimum, School Teachers' Pay and Conditions Document) from early September, skipping
 * weekends, bank holidays and the usual breaks: October half term, Christmas, February half
 * term, Easter, May half term. Summer begins once 190 days have been taught.
 */
final class SchoolCalendar {
    static final int SCHOOL_DAYS = 190;
    private static final int FIRST = 2000;
    private static final SchoolCalendar[] CACHE = new SchoolCalendar[60];

    /** The calendar year in which the academic year starts (2025 for 2025/26). */
    final int year;
    private final LocalDate[] days;
    private final int springStart;
    private final int summerStart;
    private final int[] weekStarts;

    private SchoolCalendar(int year) {
        this.year = year;
        List<LocalDate> closed = closures(year);
        List<LocalDate> open = new ArrayList<>(SCHOOL_DAYS);
        LocalDate spring = springStart(year + 1);
        LocalDate summer = easterSunday(year + 1).plusDays(8);
        int springIndex = -1;
        int summerIndex = -1;
        for (LocalDate d = autumnStart(year); open.size() < SCHOOL_DAYS; d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || closed.contains(d)) {
                continue;
            }
            if (springIndex < 0 && !d.isBefore(spring)) {
                springIndex = open.size();
            }
            if (summerIndex < 0 && !d.isBefore(summer)) {
                summerIndex = open.size();
            }
            open.add(d);
        }
        this.days = open.toArray(LocalDate[]::new);
        this.springStart = springIndex;
        this.summerStart = summerIndex;
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            if (i == 0 || !monday(days[i]).equals(monday(days[i - 1]))) {
                starts.add(i);
            }
        }
        this.weekStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The calendar of the academic year starting in September of {@code year}. */
    static SchoolCalendar of(int year) {
        int slot = year - FIRST;
        if (slot < 0 || slot >= CACHE.length) {
            return new SchoolCalendar(year);
        }
        synchronized (CACHE) {
            if (CACHE[slot] == null) {
                CACHE[slot] = new SchoolCalendar(year);
            }
            return CACHE[slot];
        }
    }

    int dayCount() {
        return days.length;
    }

    LocalDate day(int index) {
        return days[index];
    }

    LocalDate firstDay() {
        return days[0];
    }

    LocalDate lastDay() {
        return days[days.length - 1];
    }

    /** The index of {@code date} if a school day, else {@code -(insertion point) - 1}. */
    int indexOf(LocalDate date) {
        return Arrays.binarySearch(days, date);
    }

    /** The index of the first school day on or after {@code date}, or the last day's if none. */
    int onOrAfter(LocalDate date) {
        int i = indexOf(date);
        return i >= 0 ? i : Math.min(-i - 1, days.length - 1);
    }

    /** Index of the first day of the spring term, and of the summer term. */
    int springStart() {
        return springStart;
    }

    int summerStart() {
        return summerStart;
    }

    /** 0 autumn, 1 spring, 2 summer. */
    int termOf(int dayIndex) {
        return dayIndex >= summerStart ? 2 : dayIndex >= springStart ? 1 : 0;
    }

    int weekCount() {
        return weekStarts.length;
    }

    /** The index of the first school day of teaching week {@code week}. */
    int weekFirstDay(int week) {
        return weekStarts[week];
    }

    /** The number of school days in teaching week {@code week}. */
    int weekLength(int week) {
        int end = week + 1 < weekStarts.length ? weekStarts[week + 1] : days.length;
        return end - weekStarts[week];
    }

    /** The Monday of teaching week {@code week}, even when that Monday is a holiday. */
    LocalDate weekMonday(int week) {
        return monday(days[weekStarts[week]]);
    }

    /** KS2 tests are sat in the week of the second Monday in May (STA assessment timetable). */
    LocalDate ks2TestWeek() {
        return LocalDate.of(year + 1, Month.MAY, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
    }

    /** KS2 results reach schools on the second Tuesday of July. */
    LocalDate ks2ResultsDay() {
        return LocalDate.of(year + 1, Month.JULY, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
    }

    /** A level results day: the Thursday from 13 to 19 August (JCQ key dates). */
    LocalDate aLevelResultsDay() {
        return LocalDate.of(year + 1, Month.AUGUST, 13).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    /** GCSE results day: a week after A level results. */
    LocalDate gcseResultsDay() {
        return aLevelResultsDay().plusWeeks(1);
    }

    /** The end of the academic year, 31 August. */
    LocalDate yearEnd() {
        return LocalDate.of(year + 1, Month.AUGUST, 31);
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static LocalDate autumnStart(int year) {
        return weekdayOnOrAfter(LocalDate.of(year, Month.SEPTEMBER, 3));
    }

    private static LocalDate springStart(int year) {
        LocalDate d = weekdayOnOrAfter(LocalDate.of(year, Month.JANUARY, 4));
        return d.getDayOfWeek() == DayOfWeek.FRIDAY ? d.plusDays(3) : d;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate d) {
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Weekdays the school is shut during term-time months. */
    private static List<LocalDate> closures(int year) {
        List<LocalDate> closed = new ArrayList<>();
        LocalDate octoberHalfTerm = LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        week(closed, octoberHalfTerm, 5);
        // Christmas: from the day after the last weekday on or before 21 December to the start of spring.
        LocalDate lastAutumnDay = LocalDate.of(year, Month.DECEMBER, 21);
        while (lastAutumnDay.getDayOfWeek() == DayOfWeek.SATURDAY || lastAutumnDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
            lastAutumnDay = lastAutumnDay.minusDays(1);
        }
        for (LocalDate d = lastAutumnDay.plusDays(1); d.isBefore(springStart(year + 1)); d = d.plusDays(1)) {
            closed.add(d);
        }
        LocalDate february = LocalDate.of(year + 1, Month.FEBRUARY, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
        week(closed, february, 5);
        // Easter: the fortnight from the Monday before Easter Sunday, so Good Friday and Easter Monday fall inside it.
        week(closed, easterSunday(year + 1).minusDays(6), 12);
        closed.add(LocalDate.of(year + 1, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        week(closed, LocalDate.of(year + 1, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 5);
        return closed;
    }

    private static void week(List<LocalDate> closed, LocalDate from, int days) {
        for (int i = 0; i < days; i++) {
            closed.add(from.plusDays(i));
        }
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
