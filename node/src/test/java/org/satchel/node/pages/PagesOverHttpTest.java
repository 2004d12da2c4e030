package org.satchel.node.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Role;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.node.accesslog.AccessLogFilter;

/** The pages over plain HTTP, without a browser: sign-in, redirects, escaping, and errors as pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesOverHttpTest {
    static final String HOSTILE_ID = "L-HOSTILE";
    static final String HOSTILE_GIVEN = "<script>alert('given')</script>";
    static final String HOSTILE_FAMILY = "O'Brien & \"Sons\" <b>";

    SchoolNode node;
    String learner;
    String teacher;

    @BeforeAll
    void start() {
        node = SchoolNode.start(12);
        learner = node.school.learners().get(0);
        teacher = node.school.teacherOf(learner);
        node.account("pupil", new Principal(Role.LEARNER, learner));
        node.account("teacher", new Principal(Role.TEACHER, teacher));
        node.account("hostile", new Principal(Role.LEARNER, HOSTILE_ID));
        loadHostileLearner();
    }

    @AfterAll
    void stop() {
        node.close();
    }

    /** A learner whose name is markup, as a careless import or a hostile one might store it. */
    void loadHostileLearner() {
        String base = node.server.parts().gate().base();
        String ttl = """
                @prefix sat: <https://w3id.org/satchel/ns#> .
                @prefix schema: <https://schema.org/> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <%1$slearners/%2$s> a sat:Learner ; prov:generatedAtTime "2025-09-01T08:00:00Z"^^xsd:dateTime ;
                    schema:givenName %3$s ; schema:familyName %4$s .
                """.formatted(base, HOSTILE_ID, turtleString(HOSTILE_GIVEN), turtleString(HOSTILE_FAMILY));
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(ttl).lang(Lang.TURTLE).parse(m);
        node.server.parts().store().write(c -> {
            c.load(base + "learners/" + HOSTILE_ID + "/record", m);
            return null;
        });
    }

    static String turtleString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String errorText(String body) {
        Matcher m = Pattern.compile("<div class=\"error\" role=\"alert\" id=\"sign-in-error\"><p>(.*?)</p></div>").matcher(body);
        assertTrue(m.find(), "no error on the page: " + body);
        return m.group(1);
    }

    @Test
    void signInFailsWithTheSameWordsForAnUnknownUserAndAWrongPassword() {
        HttpResponse<String> unknown = node.signIn("nobody-here", SchoolNode.PASSWORD);
        HttpResponse<String> wrong = node.signIn("pupil", "not the right passphrase");
        for (HttpResponse<String> res : List.of(unknown, wrong)) {
            assertEquals(401, res.statusCode());
            assertTrue(res.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
            assertTrue(res.headers().firstValue("WWW-Authenticate").isPresent(), "a 401 names a scheme");
            assertTrue(res.headers().firstValue("Set-Cookie").isEmpty(), "no session for a failed sign-in");
            assertTrue(res.body().contains("<h1>Sign in</h1>"), "the form again");
        }
        assertEquals(errorText(unknown.body()), errorText(wrong.body()), "the words tell nobody which usernames exist");
        assertEquals(SignInPage.FAILED, errorText(unknown.body()));
    }

    @Test
    void signInSetsAnHttpOnlyStrictCookieAndSendsALearnerToTheirRecord() {
        HttpResponse<String> res = node.signIn("pupil", SchoolNode.PASSWORD);
        assertEquals(303, res.statusCode());
        assertEquals("/me", res.headers().firstValue("Location").orElseThrow());
        String cookie = res.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(PagesService.COOKIE + "=ey"), cookie);
        for (String attribute : List.of("HttpOnly", "SameSite=Strict", "Path=/")) {
            assertTrue(cookie.contains("; " + attribute), cookie + " lacks " + attribute);
        }
    }

    @Test
    void staffSignInLandsOnTheStaffPage() {
        HttpResponse<String> res = node.signIn("Teacher", SchoolNode.PASSWORD);
        assertEquals(303, res.statusCode());
        assertEquals("/staff", res.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void myRecordWithoutACookieRedirectsToSignIn() {
        HttpResponse<String> res = node.get("/me", Map.of());
        assertEquals(303, res.statusCode());
        assertEquals("/sign-in", res.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aCookieTheNodeDidNotSignIsForgottenAndSignInAskedForAgain() {
        HttpResponse<String> res = node.get("/me", Map.of("Cookie", PagesService.COOKIE + "=eyJhbGciOiJub25lIn0.e30."));
        assertEquals(303, res.statusCode());
        assertEquals("/sign-in?ended", res.headers().firstValue("Location").orElseThrow());
        assertTrue(res.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertTrue(node.get("/sign-in?ended", Map.of()).body().contains(SignInPage.SESSION_ENDED));
    }

    @Test
    void aLearnersNameWithMarkupIsShownEscaped() {
        HttpResponse<String> res = node.get("/me", Map.of("Cookie", node.session("hostile")));
        assertEquals(200, res.statusCode(), res.body());
        String body = res.body();
        assertFalse(body.contains("<script>alert"), "the name ran as script");
        assertFalse(body.contains("<b>"), "the name's markup was kept");
        assertTrue(body.contains("&lt;script&gt;alert(&#39;given&#39;)&lt;/script&gt;"), body);
        assertTrue(body.contains("O&#39;Brien &amp; &quot;Sons&quot; &lt;b&gt;"), body);
    }

    @Test
    void myRecordIsAnHtml5PageInEnglishThatNoCacheKeeps() {
        HttpResponse<String> res = node.get("/me", Map.of("Cookie", node.session("pupil")));
        assertEquals(200, res.statusCode(), res.body());
        assertEquals("text/html; charset=utf-8", res.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-store", res.headers().firstValue("Cache-Control").orElseThrow());
        String csp = res.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'nonce-"), csp);
        String body = res.body();
        assertTrue(body.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), body);
        assertEquals(1, count(body, "<h1"), "one h1");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(body).find(), "nothing loads from elsewhere");
        assertTrue(body.contains("id=\"access-log-table\""));
    }

    @Test
    void readingMyRecordPageIsLoggedAsTheLearnersOwnRequest() {
        String cookie = node.session("pupil");
        int before = events(learner).size();
        assertEquals(200, node.get("/me", Map.of("Cookie", cookie)).statusCode());
        List<AccessEvent> after = events(learner);
        // Two reads: the record, and the register of credentials issued from it (the page's Credentials section).
        assertEquals(before + 2, after.size());
        for (AccessEvent newest : after.subList(0, 2)) {
            assertEquals(Role.LEARNER, newest.role());
            assertTrue(newest.purposeIri().endsWith("#learner-request"), newest.purposeIri());
            assertTrue(newest.allowed());
        }
        assertTrue(after.get(0).dataKinds().contains(org.satchel.vocab.terms.SAT.IssuedCredential.getURI()), after.get(0).toString());
    }

    @Test
    void aRefusalOnTheStaffPupilPageIsAPageWithTheProblemsStatusAndIsLogged() {
        String cookie = node.session("teacher");
        int before = events(learner).size();
        HttpResponse<String> res = node.get("/staff/learners/" + learner + "?purpose=marketing", Map.of("Cookie", cookie));
        assertEquals(403, res.statusCode());
        assertTrue(res.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(res.body().contains("data-problem=\"prohibited-purpose\""), res.body());
        assertTrue(res.body().contains("A purpose refused whoever asks"), res.body());
        List<AccessEvent> after = events(learner);
        assertEquals(before + 1, after.size(), "the refusal is in the learner's access log");
        assertFalse(after.get(0).allowed());
    }

    @Test
    void aLearnerIsNotLetIntoTheStaffPages() {
        HttpResponse<String> res = node.get("/staff/learners/" + learner, Map.of("Cookie", node.session("pupil")));
        assertEquals(403, res.statusCode());
        assertTrue(res.body().contains("data-problem=\"access-refused\""), res.body());
    }

    @Test
    void anUnknownLearnerIsANotFoundPage() {
        HttpResponse<String> res = node.get("/staff/learners/NO-SUCH-PUPIL", Map.of("Cookie", node.session("teacher")));
        assertEquals(404, res.statusCode());
        assertTrue(res.body().contains("data-problem=\"unknown-learner\""), res.body());
    }

    @Test
    void anUnknownPurposeIsABadRequestPage() {
        HttpResponse<String> res = node.get("/staff/learners/" + learner + "?purpose=%3Cscript%3E", Map.of("Cookie", node.session("teacher")));
        assertEquals(400, res.statusCode());
        assertTrue(res.body().contains("&#39;&lt;script&gt;&#39; is not a purpose"), res.body());
    }

    @Test
    void theApiStillAnswersProblemJsonWithTheSameCookie() {
        HttpResponse<String> res = node.get("/learners/" + learner + "/record", Map.of("Cookie", node.session("pupil")));
        assertEquals(400, res.statusCode(), "no purpose named");
        assertEquals("application/problem+json", res.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void signingOutForgetsTheCookie() {
        HttpResponse<String> res = node.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(node.url("/sign-out")))
                .header("Cookie", node.session("pupil")).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(303, res.statusCode());
        assertEquals("/sign-in?signed-out", res.headers().firstValue("Location").orElseThrow());
        assertTrue(res.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
    }

    List<AccessEvent> events(String learnerId) {
        return node.server.parts().store().read(c -> node.server.parts().gate().log().events(c, learnerId, AccessLogFilter.all()));
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
