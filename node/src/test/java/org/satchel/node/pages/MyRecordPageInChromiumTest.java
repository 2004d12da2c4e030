package org.satchel.node.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;
import org.satchel.node.web.NodeServer;

/**
 * A learner signs in with a real browser and reads their own record page: the access log shows the
 * teacher who read their record, the census read the law requires, refusals, and this page's own
 * read; the consent and correction forms are there, labelled, and the consent form sends JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MyRecordPageInChromiumTest {
    SchoolNode node;
    Chromium chromium;
    String learner;
    String teacher;
    final ConsentApiStandIn consentApi = new ConsentApiStandIn();

    @BeforeAll
    void start() {
        Chromium.requireInstalled();
        node = SchoolNode.start(20, List.of(consentApi::service));
        learner = node.school.learnerWith("SenProvision").orElseThrow();
        teacher = node.school.teacherOf(learner);
        node.account("pupil", new Principal(Role.LEARNER, learner));
        // A teacher reads the record through the API, as their planning tool would; the head makes the census return.
        assertEquals(200, apiRead(new Principal(Role.TEACHER, teacher), "teaching", "").statusCode());
        assertEquals(200, apiRead(new Principal(Role.HEAD, "H0001"), "statutory-return", "").statusCode());
        // And the teacher asks for what the rules keep from teachers: refused, and logged.
        assertEquals(403, apiRead(new Principal(Role.TEACHER, teacher), "teaching", "?kind=SenProvision").statusCode());
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

    java.net.http.HttpResponse<String> apiRead(Principal who, String purpose, String query) {
        return node.get("/learners/" + learner + "/record" + query, Map.of("Authorization", node.bearer(who), "Satchel-Purpose", purpose,
                "Accept", "application/ld+json"));
    }

    void signIn() {
        chromium.driver.manage().deleteAllCookies();
        chromium.open(node.url("/sign-in"));
        chromium.find("#username").sendKeys("pupil");
        chromium.find("#password").sendKeys(SchoolNode.PASSWORD);
        chromium.find("form[action='/sign-in'] button[type=submit]").click();
        chromium.waiting().until(d -> chromium.path().equals("/me"));
    }

    /** The access log's rows as the reader sees them: cell texts, with the row's class last. */
    List<List<String>> logRows() {
        return chromium.all("#access-log-table tbody tr").stream().map(tr -> {
            List<String> cells = new java.util.ArrayList<>(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
            cells.add(tr.getAttribute("class"));
            return cells;
        }).toList();
    }

    static final int WHEN = 0, WHO = 1, ROLE = 2, PURPOSE = 3, KINDS = 4, ACTION = 5, OUTCOME = 6, BASIS = 7, CLASS = 8;

    @Test
    void signInPageIsAccessible() {
        chromium.driver.manage().deleteAllCookies();
        chromium.open(node.url("/sign-in"));
        assertEquals("Sign in", chromium.find("h1").getText());
        chromium.assertAccessibleBasics();
    }

    @Test
    void learnerSignsInAndSeesTheTeachersReadAndTheirOwnInTheAccessLog() {
        signIn();
        assertEquals("My record", chromium.find("h1").getText());
        chromium.assertAccessibleBasics();
        List<List<String>> rows = logRows();
        assertTrue(rows.stream().anyMatch(r -> r.get(WHO).equals(teacher) && r.get(ROLE).equals("teacher") && r.get(PURPOSE).equals("teaching")
                && r.get(OUTCOME).equals("Allowed") && r.get(BASIS).equals("public task")), "the teacher's read is not in " + rows);
        List<String> newest = rows.get(0);
        assertEquals(List.of("you", "learner", "the learner's own request", "read", "Allowed", "the learner's own request"),
                List.of(newest.get(WHO), newest.get(ROLE), newest.get(PURPOSE), newest.get(ACTION), newest.get(OUTCOME), newest.get(BASIS)),
                "this page's own read is the newest line");
        assertFalse(chromium.find("#access-log-table tbody tr time").getAttribute("datetime").isEmpty());
    }

    @Test
    void statutoryAccessesAndRefusalsAreInTheLogAndRefusalsAreMarked() {
        signIn();
        List<List<String>> rows = logRows();
        assertTrue(rows.stream().anyMatch(r -> r.get(ROLE).equals("head teacher") && r.get(PURPOSE).equals("statutory return (census)")
                && r.get(BASIS).equals("statutory duty")), "the census read is not in " + rows);
        List<String> refused = rows.stream().filter(r -> r.get(CLASS).equals("refused")).findFirst()
                .orElseThrow(() -> new AssertionError("no refused row in " + rows));
        assertEquals(teacher, refused.get(WHO));
        assertEquals("SEN provision", refused.get(KINDS));
        assertTrue(refused.get(OUTCOME).startsWith("Refused"), "a refusal says so in words, not by colour alone: " + refused);
        assertEquals("no lawful basis (refused)", refused.get(BASIS));
        WebElement cell = chromium.find("#access-log-table tr.refused td.outcome");
        assertFalse(cell.getCssValue("color").equals(chromium.find("#access-log-table tr.allowed td.outcome").getCssValue("color")),
                "and it stands out");
    }

    @Test
    void theRecordIsSummarisedByKindWithTheLearnersOwnStatementsApart() {
        signIn();
        String school = chromium.find("section[aria-labelledby=school-records]").getText();
        String own = chromium.find("section[aria-labelledby=own-statements]").getText();
        assertTrue(school.contains("Attendance mark"), school);
        assertFalse(school.contains("Reflection"), "a learner's statement among the school's records");
        assertTrue(own.contains("Reflection") || own.contains("not added any statements"), own);
        assertFalse(own.contains("Attendance mark"), "a school record among the learner's statements");
        assertTrue(chromium.find("#who").isDisplayed());
    }

    @Test
    void consentFormShowsTheCurrentChoicesAndSendsJsonWithTheSessionCookieToTheStandInApi() {
        signIn();
        assertTrue(chromium.find("#consent-now-research").getText().startsWith("Not shared"), "research is opt-in");
        WebElement research = chromium.find("#consent-form input[name=research]");
        assertFalse(research.isSelected());
        chromium.find("label[for=consent-research]").click();
        assertTrue(research.isSelected(), "the label is tied to its checkbox");
        chromium.find("#consent-form button[type=submit]").click();
        WebElement status = chromium.find("#consent-form [role=status]");
        chromium.waiting().until(d -> status.getText().startsWith("Saved"));
        // Until the rights service's own route is registered ahead of it, the stand-in takes the request.
        consentApi.last().ifPresent(sent -> {
            assertEquals("learner:" + learner, sent.principal());
            assertEquals("{\"research\":true,\"transfer\":true}", sent.body());
        });
        assertTrue(chromium.find("#decline-form input[name=declineAllNonStatutory]").getAttribute("type").equals("hidden"));
    }

    @Test
    void correctionFormNamesTheRecordsShownAndHasALabelForEveryField() {
        signIn();
        WebElement form = chromium.find("#correction-form");
        assertEquals("/learners/" + learner + "/corrections", form.getAttribute("data-api"));
        assertTrue(form.findElements(By.cssSelector("select[name=record] option")).size() > 1);
        assertTrue(form.findElements(By.cssSelector("select[name=property] option")).size() > 1);
        for (String field : List.of("record", "property", "proposedValue", "reason")) {
            WebElement control = form.findElement(By.name(field));
            assertFalse(chromium.driver.findElements(By.cssSelector("label[for='" + control.getAttribute("id") + "']")).isEmpty(),
                    field + " has no label");
        }
    }

    /**
     * A stand-in for {@code PUT /learners/{id}/consent}, which the rights service provides and this
     * branch does not have: it keeps what the page sent and who sent it, and answers 204.
     */
    static final class ConsentApiStandIn {
        record Sent(String principal, String body) {}

        private final AtomicReference<Sent> last = new AtomicReference<>();

        HttpService service(NodeServer.Parts parts) {
            return (HttpRules rules) -> rules.put("/learners/{id}/consent", (req, res) -> {
                Principal who = parts.callers().principal(req);
                last.set(new Sent(who.toString(), req.content().as(String.class)));
                res.status(204);
                res.send();
            });
        }

        Optional<Sent> last() {
            return Optional.ofNullable(last.get());
        }
    }
}
