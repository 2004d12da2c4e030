package org.satchel.vocab.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {
    @Test
    void everyYearHas190SchoolDaysOnWeekdays() {
        for (int year = 2012; year <= 2025; year++) {
            SchoolCalendar cal = SchoolCalendar.of(year);
            assertEquals(190, cal.dayCount(), "days in " + year);
            for (int i = 0; i < cal.dayCount(); i++) {
                DayOfWeek day = cal.day(i).getDayOfWeek();
                assertTrue(day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY, cal.day(i).toString());
                assertTrue(i == 0 || cal.day(i).isAfter(cal.day(i - 1)));
            }
            assertEquals(9, cal.firstDay().getMonthValue(), "starts in September " + year);
            assertEquals(7, cal.lastDay().getMonthValue(), "ends in July " + year);
        }
    }

    @Test
    void theHolidaysOf2025To2026AreSkipped() {
        SchoolCalendar cal = SchoolCalendar.of(2025);
        assertEquals(LocalDate.of(2025, 9, 3), cal.firstDay());
        for (String closed : new String[] {"2025-10-27", "2025-10-31", "2025-12-22", "2026-01-02", "2026-02-16",
            "2026-02-20", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-05-29"}) {
            assertTrue(cal.indexOf(LocalDate.parse(closed)) < 0, closed + " should be a holiday");
        }
        for (String open : new String[] {"2025-10-24", "2025-11-03", "2025-12-19", "2026-01-05", "2026-02-23", "2026-06-01"}) {
            assertTrue(cal.indexOf(LocalDate.parse(open)) >= 0, open + " should be a school day");
        }
        assertEquals(LocalDate.of(2026, 4, 5), SchoolCalendar.easterSunday(2026));
        assertEquals(LocalDate.of(2026, 8, 13), cal.aLevelResultsDay());
        assertEquals(LocalDate.of(2026, 8, 20), cal.gcseResultsDay());
    }

    @Test
    void weeksCoverEverySchoolDayOnce() {
        SchoolCalendar cal = SchoolCalendar.of(2024);
        int days = 0;
        for (int w = 0; w < cal.weekCount(); w++) {
            assertEquals(DayOfWeek.MONDAY, cal.weekMonday(w).getDayOfWeek());
            days += cal.weekLength(w);
        }
        assertEquals(cal.dayCount(), days);
    }
}
