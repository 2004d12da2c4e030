package org.satchel.vocab.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.PURPOSE;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * Life skills shown at the age schools usually teach them (swimming 25 metres by year 6 is in
 * the national curriculum; Bikeability in years 5 and 6; first aid and budgeting in secondary
 * PSHE), and non-academic achievements: sport, arts, volunteering, awards and leadership, each
 * with its Open Badges 3.0 achievement type.
 */
final class Activities implements RecordFamily {
    private record Skill(Resource code, String label, String slug, String level, int yearGroup, double chance) {}

    private static final List<Skill> SKILLS = List.of(
            new Skill(CODE.skill_online_safety, "Staying safe online", "online-safety", "Smart rules", 2, 0.5),
            new Skill(CODE.skill_swimming, "Swimming 25 metres", "swimming", "25 metres unaided", 4, 0.7),
            new Skill(CODE.skill_cycling, "Cycling proficiency", "cycling", "Bikeability Level 2", 6, 0.6),
            new Skill(CODE.skill_first_aid, "First aid", "first-aid", "Emergency first aid", 8, 0.5),
            new Skill(CODE.skill_cooking, "Cooking a healthy meal", "cooking", "Two-course meal", 9, 0.6),
            new Skill(CODE.skill_budgeting, "Personal budgeting", "budgeting", "Monthly budget", 10, 0.5),
            new Skill(CODE.skill_public_speaking, "Public speaking", "public-speaking", "Class presentation", 10, 0.35),
            new Skill(CODE.skill_first_aid, "First aid", "first-aid", "Adult and child first aid", 12, 0.3));

    /** An achievement template: category, title, what it is, who awards it (null: the school), level, OB 3.0 type, youngest year group. */
    private record Kind(Resource category, String categoryLabel, String title, String description, String awardedBy,
            String level, String obType, int minYear) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(CODE.achievement_sport, "Sport", "County cross-country championships: top ten", "Finished in the top ten of their age group.", "County Schools' Athletics Association", "County", "Award", 5),
            new Kind(CODE.achievement_sport, "Sport", "District football cup winners", "Member of the school team that won the district cup.", "District Schools' Football Association", "District", "Award", 4),
            new Kind(CODE.achievement_sport, "Sport", "Netball: player of the season", "Voted player of the season by the squad.", null, "School", "Award", 5),
            new Kind(CODE.achievement_sport, "Sport", "Sports Leader Level 1", "Planned and led sports sessions for younger pupils.", "Sports Leaders UK", "Level 1", "Certificate", 9),
            new Kind(CODE.achievement_arts, "Arts", "Piano, Grade 3", "Passed the Grade 3 piano practical exam.", "ABRSM", "Grade 3", "Certificate", 3),
            new Kind(CODE.achievement_arts, "Arts", "Drama, Grade 4", "Passed the Grade 4 speech and drama exam.", "Trinity College London", "Grade 4", "Certificate", 5),
            new Kind(CODE.achievement_arts, "Arts", "School production: leading role", "Played a leading role in the school production.", null, "School", "CoCurricular", 3),
            new Kind(CODE.achievement_arts, "Arts", "Choir soloist at the winter concert", "Sang a solo at the winter concert.", null, "School", "CoCurricular", 1),
            new Kind(CODE.achievement_volunteering, "Volunteering", "Reading buddy", "Read every week with a younger pupil for a term.", null, "School", "CommunityService", 5),
            new Kind(CODE.achievement_volunteering, "Volunteering", "Food bank volunteer", "Volunteered at the local food bank for a term.", "Local food bank", "Community", "CommunityService", 9),
            new Kind(CODE.achievement_volunteering, "Volunteering", "Charity bake sale organiser", "Organised a bake sale that raised money for charity.", null, "School", "CommunityService", 3),
            new Kind(CODE.achievement_award, "Award", "Star of the week", "Chosen by the class teacher for effort and kindness.", null, "Class", "Badge", 0),
            new Kind(CODE.achievement_award, "Award", "Headteacher's award", "Recognised by the headteacher for outstanding effort.", null, "School", "Award", 0),
            new Kind(CODE.achievement_award, "Award", "Duke of Edinburgh's Award: Bronze", "Completed volunteering, physical, skills and expedition sections.", "The Duke of Edinburgh's Award", "Bronze", "Award", 9),
            new Kind(CODE.achievement_award, "Award", "Junior Mathematical Challenge: gold certificate", "Gold certificate in the national mathematics challenge.", "UK Mathematics Trust", "Gold", "Certificate", 7),
            new Kind(CODE.achievement_leadership, "Leadership", "School council representative", "Elected by the class to the school council.", null, "School", "CoCurricular", 2),
            new Kind(CODE.achievement_leadership, "Leadership", "Peer mentor", "Trained as a peer mentor and supported younger pupils.", null, "School", "CommunityService", 9),
            new Kind(CODE.achievement_leadership, "Leadership", "Prefect", "Appointed a prefect.", null, "School", "CoCurricular", 10));

    record LifeSkill(Skill skill, LocalDate on, Staff teacher) {}

    record Achievement(Kind kind, LocalDate on, Staff recordedBy) {}

    private final School school;
    private final List<LifeSkill> skills = new ArrayList<>();
    private final List<Achievement> achievements = new ArrayList<>();

    private Activities(School school) {
        this.school = school;
    }

    static Activities simulate(Learner learner, School school, SplittableRandom rnd) {
        Activities a = new Activities(school);
        for (Learner.Year year : learner.years) {
            SchoolCalendar cal = year.calendar();
            long key = learner.yearKey(year);
            Staff tutor = school.teacher(Subject.PHYSICAL_EDUCATION, year.yearGroup(), key);
            for (Skill skill : SKILLS) {
                if (skill.yearGroup() == year.yearGroup() && Draw.chance(rnd, skill.chance())) {
                    int day = rnd.nextInt(cal.summerStart(), cal.dayCount());
                    if (day <= year.lastDay()) {
                        a.skills.add(new LifeSkill(skill, cal.day(day), tutor));
                    }
                }
            }
            int n = Draw.poisson(rnd, 0.8 * Math.exp(0.3 * learner.ability - 0.045));
            List<Achievement> yearAchievements = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Kind kind = Draw.pick(rnd, KINDS);
                if (kind.minYear() > year.yearGroup()) {
                    continue;
                }
                LocalDate on = cal.day(rnd.nextInt(year.lastDay() + 1));
                yearAchievements.add(new Achievement(kind, on, tutor));
            }
            yearAchievements.sort((x, y) -> x.on().compareTo(y.on()));
            a.achievements.addAll(yearAchievements);
        }
        return a;
    }

    private String awardedBy(Kind kind) {
        return Optional.ofNullable(kind.awardedBy()).orElse(school.name);
    }

    @Override
    public void rdf(RecordOut out) {
        for (LifeSkill s : skills) {
            Node r = out.record(SAT.LifeSkillAssessment, "life-skill/" + s.on() + "-" + s.skill().slug(),
                    Provenance.at(s.teacher().iri(), s.on(), 16, 10, school.mis, PURPOSE.teaching));
            out.date(r, SAT.assessedOn, s.on());
            out.link(r, SAT.assessorRole, CODE.assessor_teacher);
            out.link(r, SAT.assessedBy, s.teacher().iri());
            out.link(r, SAT.conditions, CODE.conditions_supervised);
            out.link(r, SAT.skill, s.skill().code());
            out.text(r, SAT.skillLevel, s.skill().level());
        }
        int n = 0;
        for (Achievement a : achievements) {
            Kind k = a.kind();
            Node r = out.record(SAT.Achievement, "achievement/" + a.on() + "-" + (++n),
                    Provenance.at(a.recordedBy().iri(), a.on(), 15, 40, school.mis, PURPOSE.pastoral));
            out.text(r, SAT.title, k.title());
            out.link(r, SAT.achievementCategory, k.category());
            out.text(r, SAT.obAchievementType, k.obType());
            out.text(r, SCHEMA.description, k.description());
            out.date(r, SAT.achievedOn, a.on());
            out.text(r, SAT.awardedBy, awardedBy(k));
            out.text(r, SAT.level, k.level());
        }
    }

    @Override
    public void csv(CsvRows rows) {
        for (LifeSkill s : skills) {
            rows.learnerRow(CsvFile.LIFE_SKILLS, s.on(), s.skill().label(), s.skill().level(), s.teacher().code(),
                    s.teacher().code(), Literals.dateTimeText(s.on(), 16 * 60 + 10));
        }
        for (Achievement a : achievements) {
            Kind k = a.kind();
            rows.learnerRow(CsvFile.ACHIEVEMENTS, a.on(), k.categoryLabel(), k.title(), k.description(), awardedBy(k),
                    k.level(), k.obType(), a.recordedBy().code(), Literals.dateTimeText(a.on(), 15 * 60 + 40));
        }
    }
}
