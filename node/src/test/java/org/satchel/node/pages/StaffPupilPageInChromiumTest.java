package org.satchel.node.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;

/**
 * A teacher signs in with a real browser, finds a pupil they teach, sees what they may see of the
 * record by kind, follows a kind to its records, and meets a refusal as a page in words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPupilPageInChromiumTest {
    SchoolNode node;
    Chromium chromium;
    String learner;
    String teacher;

    @BeforeAll
    void start() {
        Chromium.requireInstalled();
        node = SchoolNode.start(20);
        learner = node.school.learnerWith("SenProvision").orElseThrow();
        teacher = node.school.teacherOf(learner);
        node.account("teacher", new Principal(Role.TEACHER, teacher));
        chromium = Chromium.start();
    }

    @AfterAll
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (node != null) {
            node.close();
        }
    }

    void signIn() {
        chromium.driver.manage().deleteAllCookies();
        chromium.open(node.url("/sign-in"));
        chromium.find("#username").sendKeys("teacher");
        chromium.find("#password").sendKeys(SchoolNode.PASSWORD);
        chromium.find("form[action='/sign-in'] button[type=submit]").click();
        chromium.waiting().until(d -> chromium.path().equals("/staff"));
    }

    List<String> kindsListed() {
        return chromium.all("#kinds tbody th").stream().map(WebElement::getText).toList();
    }

    @Test
    void teacherFollowsAPupilAndAKindOfRecord() {
        signIn();
        assertEquals("Your learners", chromium.find("h1").getText());
        chromium.assertAccessibleBasics();
        chromium.find("#learners a[href^='/staff/learners/" + learner + "?']").click();
        chromium.waiting().until(d -> chromium.path().equals("/staff/learners/" + learner));
        chromium.assertAccessibleBasics();
        List<String> kinds = kindsListed();
        assertTrue(kinds.contains("Attendance mark"), kinds.toString());
        assertTrue(kinds.contains("Formative assessment"), kinds.toString());
        assertFalse(kinds.contains("SEN provision"), "a teacher does not see special-category records: " + kinds);
        assertEquals("teaching", new Select(chromium.find("#purpose")).getFirstSelectedOption().getAttribute("value"));

        chromium.find("#kinds a[href$='kind=AttendanceMark']").click();
        chromium.waiting().until(d -> d.getCurrentUrl().endsWith("kind=AttendanceMark"));
        chromium.assertAccessibleBasics();
        assertTrue(chromium.find("h1").getText().startsWith("Attendance mark records of "), chromium.find("h1").getText());
        List<WebElement> rows = chromium.all("main table tbody tr");
        assertFalse(rows.isEmpty(), "no attendance marks listed");
        assertTrue(rows.get(0).getText().contains("Attendance code"), rows.get(0).getText());
    }

    @Test
    void aRefusedKindIsAPageThatSaysWhyInWords() {
        signIn();
        chromium.open(node.url("/staff/learners/" + learner + "?purpose=teaching&kind=SenProvision"));
        assertEquals("The access rules do not allow this", chromium.find("h1").getText());
        String words = chromium.find("#problem").getText();
        assertTrue(words.contains("SenProvision") && words.contains("access log"), words);
        chromium.assertAccessibleBasics();
    }

    @Test
    void thePurposeFormAsksAgainForAnotherPurpose() {
        signIn();
        chromium.open(node.url("/staff/learners/" + learner));
        new Select(chromium.find("#purpose")).selectByValue("safeguarding");
        chromium.find("form.purpose button[type=submit]").click();
        chromium.waiting().until(d -> d.getCurrentUrl().contains("purpose=safeguarding"));
        // A teacher reads nothing for safeguarding: the designated safeguarding lead does.
        assertEquals("The access rules do not allow this", chromium.find("h1").getText());
        chromium.assertAccessibleBasics();
    }
}
