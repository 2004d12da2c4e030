package org.satchel.node.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;

/**
 * A person makes a credential offer with a real browser and sees what to hand to the wallet: a
 * teacher from the pupil's page, choosing one of what the record gives and a format; a learner from
 * their own record page, for themself. Each ends on the QR code and the PIN.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferPagesInChromiumTest {
    SchoolNode node;
    Chromium chromium;
    String learner;

    @BeforeAll
    void start() {
        Chromium.requireInstalled();
        node = SchoolNode.start(20);
        learner = node.school.learnerWith("Achievement").orElseThrow();
        node.account("teacher", new Principal(Role.TEACHER, node.school.teacherOf(learner)));
        node.account("pupil", new Principal(Role.LEARNER, learner));
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

    void signIn(String username, String home) {
        chromium.driver.manage().deleteAllCookies();
        chromium.open(node.url("/sign-in"));
        chromium.find("#username").sendKeys(username);
        chromium.find("#password").sendKeys(SchoolNode.PASSWORD);
        chromium.find("form[action='/sign-in'] button[type=submit]").click();
        chromium.waiting().until(d -> chromium.path().equals(home));
    }

    /** The offer as the page shows it: a QR code a screen reader names, and a six-digit PIN. */
    void assertTheOfferIsShown(String wallet) {
        chromium.waiting().until(d -> !chromium.all("#tx-code").isEmpty());
        chromium.assertAccessibleBasics();
        WebElement qr = chromium.find("#offer-qr svg");
        assertTrue(qr.isDisplayed() && qr.getSize().getWidth() > 100, "the QR code is shown large enough to scan");
        assertEquals("QR code of the credential offer for a wallet to scan", qr.getAttribute("aria-label"));
        assertTrue(chromium.find("#tx-code").getText().matches("\\d{6}"), chromium.find("#tx-code").getText());
        assertTrue(chromium.find("#offer-qr figcaption").getText().startsWith("Scan with " + wallet + " wallet before "),
                chromium.find("#offer-qr figcaption").getText());
    }

    @Test
    void aTeacherOffersOneOfWhatTheRecordGivesAndSeesTheQrCodeAndPin() {
        signIn("teacher", "/staff");
        chromium.open(node.url("/staff/learners/" + learner + "?purpose=teaching"));
        chromium.find("form.offer button[type=submit]").click();
        chromium.waiting().until(d -> chromium.path().equals("/staff/learners/" + learner + "/credential-offers"));
        chromium.assertAccessibleBasics();
        WebElement achievement = chromium.find("#offer-kind-achievement input[name=credential]");
        achievement.click();
        chromium.find("#format-ldp-vc").click();
        chromium.find("#offer-form button[type=submit]").click();
        assertTheOfferIsShown("the learner's");
        assertEquals("Credential offer for learner " + learner, chromium.find("h1").getText());
        assertTrue(chromium.find("#offered").getText().contains("(Data Integrity)"), chromium.find("#offered").getText());
    }

    @Test
    void aLearnerCollectsACredentialFromTheirRecordPageAndSeesTheQrCodeAndPin() {
        signIn("pupil", "/me");
        WebElement choice = chromium.find("#collect-form input[name=credential]");
        chromium.script("arguments[0].scrollIntoView()", choice);
        choice.click();
        assertTrue(chromium.find("#format-dc-sd-jwt").isSelected(), "SD-JWT VC is chosen unless the learner chooses another");
        chromium.find("#collect-form button[type=submit]").click();
        assertTheOfferIsShown("your");
        assertEquals("Your credential offer", chromium.find("h1").getText());
        assertTrue(chromium.find("#offer-open").getAttribute("href").startsWith("openid-credential-offer://"), "a link for a wallet on this device");
    }
}
