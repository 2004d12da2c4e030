package org.satchel.vocab.mis;

import static org.satchel.vocab.mis.ExportFile.ACHIEVEMENTS;
import static org.satchel.vocab.mis.ExportFile.LIFE_SKILLS;

import java.util.List;
import org.apache.jena.graph.Node;
import org.satchel.vocab.mis.LiteralNodes.Day;
import org.satchel.vocab.mis.MisCodes.Named;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * Achievements (achievements.csv), numbered in the order of the pupil's rows because two may fall
 * on one day, and life skills (life_skills.csv), judged by a teacher in school (supervised).
 */
final class ActivityRows {
    private static final int DATE = ACHIEVEMENTS.column("Date");
    private static final int CATEGORY = ACHIEVEMENTS.column("Category");
    private static final int TITLE = ACHIEVEMENTS.column("Title");
    private static final int DESCRIPTION = ACHIEVEMENTS.column("Description");
    private static final int AWARDED_BY = ACHIEVEMENTS.column("Awarded By");
    private static final int LEVEL = ACHIEVEMENTS.column("Level");
    private static final int BADGE_TYPE = ACHIEVEMENTS.column("Open Badges Type");
    private static final int BY = ACHIEVEMENTS.column("Recorded By");
    private static final int AT = ACHIEVEMENTS.column("Recorded At");

    private static final int S_DATE = LIFE_SKILLS.column("Date");
    private static final int SKILL = LIFE_SKILLS.column("Skill");
    private static final int S_LEVEL = LIFE_SKILLS.column("Level");
    private static final int ASSESSED_BY = LIFE_SKILLS.column("Assessed By");
    private static final int S_BY = LIFE_SKILLS.column("Recorded By");
    private static final int S_AT = LIFE_SKILLS.column("Recorded At");

    private ActivityRows() {}

    static void readAchievements(List<Cursor.Line> rows, GraphOut out) {
        int n = 0;
        for (Cursor.Line line : rows) {
            n++; // counts every row, read or not, so a row's name does not depend on whether those before it could be read
            Fields f = out.row(ACHIEVEMENTS, line);
            Day on = f.date(DATE);
            Node category = f.code(CATEGORY, MisCodes.ACHIEVEMENT_CATEGORIES, "an achievement category");
            String title = f.text(TITLE);
            String description = f.optionalText(DESCRIPTION);
            String awardedBy = f.optionalText(AWARDED_BY);
            String level = f.optionalText(LEVEL);
            String badgeType = f.text(BADGE_TYPE);
            GraphOut.Provenance p = f.provenance(BY, AT, f.knownSystem(Directory.MIS), PURPOSE.pastoral);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.Achievement.asNode(), "achievement/" + on.text() + "-" + n, p);
            if (r == null) {
                continue;
            }
            out.text(r, SAT.title, title);
            out.link(r, SAT.achievementCategory, category);
            out.text(r, SAT.obAchievementType, badgeType);
            if (description != null) {
                out.text(r, SCHEMA.description, description);
            }
            out.date(r, SAT.achievedOn, on);
            if (awardedBy != null) {
                out.text(r, SAT.awardedBy, awardedBy);
            }
            if (level != null) {
                out.text(r, SAT.level, level);
            }
        }
    }

    static void readLifeSkills(List<Cursor.Line> rows, GraphOut out) {
        for (Cursor.Line line : rows) {
            Fields f = out.row(LIFE_SKILLS, line);
            Day on = f.date(S_DATE);
            Named skill = f.code(SKILL, MisCodes.SKILLS, "a life skill");
            String level = f.text(S_LEVEL);
            Node teacher = f.staff(ASSESSED_BY);
            GraphOut.Provenance p = f.provenance(S_BY, S_AT, f.knownSystem(Directory.MIS), PURPOSE.teaching);
            if (f.failed()) {
                continue;
            }
            Node r = out.record(f, SAT.LifeSkillAssessment.asNode(), "life-skill/" + on.text() + "-" + skill.slug(), p);
            if (r == null) {
                continue;
            }
            out.date(r, SAT.assessedOn, on);
            out.link(r, SAT.assessorRole, CODE.assessor_teacher.asNode());
            out.link(r, SAT.assessedBy, teacher);
            out.link(r, SAT.conditions, CODE.conditions_supervised.asNode());
            out.link(r, SAT.skill, skill.code());
            out.text(r, SAT.skillLevel, level);
        }
    }
}
