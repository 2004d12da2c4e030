package org.satchel.node.issuance.oid4vci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Making offers, through the API and the staff page: the access rules decide who may (as a read of
 * the learner's record, logged either way), the offer check decides what may be offered, and a
 * refused offer leaves nothing a wallet could take up.
 */
class CredentialOfferApiTest {
    static final String REFUSED_SUBJECT = "https://oakfield.school.example/learners/L1/achievements/withdrawn";
    static final String BODY = "{\"credential_configuration_ids\": [\"exam-certificate.dc+sd-jwt\"], \"subject\": \"%s\"}";

    /** An access event of the head of school in the learner's log (JSON as the access-log route writes it). */
    static final String HEAD = "\"role\":\"head\"";

    IssuingNode issuer;

    @BeforeEach
    void start() {
        issuer = new IssuingNode((learner, type, subject) -> subject.equals(REFUSED_SUBJECT)
                ? Optional.of("the record has no achievement " + subject) : Optional.empty());
    }

    @AfterEach
    void stop() {
        issuer.close();
    }

    String log() {
        return issuer.node.get("/learners/" + issuer.learner() + "/access-log", "learner:" + issuer.learner(), "learner-request").body();
    }

    void problem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("https://w3id.org/satchel/problems/" + slug, issuer.tree(response.body()).get("type").asText(), response.body());
    }

    @Test
    void staffTheRulesDoNotLetReadTheRecordAreRefusedAndTheRefusalIsLogged() {
        HttpResponse<String> refused = issuer.offer("teacher:T9999", issuer.learner(), BODY.formatted(IssuingNode.SUBJECT));
        problem(refused, 403, "access-refused");
        String event = issuer.tree(refused.body()).get("event").asText();
        assertTrue(log().contains(event), "the learner sees the refused attempt");
    }

    @Test
    void aProhibitedPurposeIsRefused() {
        problem(issuer.offer(IssuingNode.STAFF, issuer.learner(), "marketing", BODY.formatted(IssuingNode.SUBJECT)), 403, "prohibited-purpose");
    }

    @Test
    void aLearnerMayOfferThemselvesWhatTheirRecordHolds() {
        HttpResponse<String> made = issuer.offer("learner:" + issuer.learner(), issuer.learner(), "learner-request", BODY.formatted(IssuingNode.SUBJECT));
        assertEquals(201, made.statusCode(), made.body());
        assertEquals("no-store", made.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void whatTheOfferCheckRefusesIsNotOfferedAndNeedsNoLogOfAnOffer() {
        String before = log();
        problem(issuer.offer(IssuingNode.STAFF, issuer.learner(), BODY.formatted(REFUSED_SUBJECT)), 422, "credential-not-offered");
        assertEquals(count(before, HEAD), count(log(), HEAD), "no read is logged for an offer not made: the check ran on what the rules allowed");
        issuer.offer("exam-certificate.dc+sd-jwt");
        assertEquals(count(before, HEAD) + 1, count(log(), HEAD), "an offer made is one read in the log");
    }

    @Test
    void unknownConfigurationsAndEmptyOrMalformedBodiesAreRefusedBeforeAnythingIsRead() {
        String before = log();
        problem(issuer.offer(IssuingNode.STAFF, issuer.learner(), "{\"credential_configuration_ids\": [\"attendance-summary.ldp_vc\"], \"subject\": \"x\"}"),
                400, "malformed-request");
        problem(issuer.offer(IssuingNode.STAFF, issuer.learner(), "{\"credential_configuration_ids\": [], \"subject\": \"x\"}"), 400, "malformed-request");
        problem(issuer.offer(IssuingNode.STAFF, issuer.learner(),
                "{\"credential_configuration_ids\": [\"exam-certificate.ldp_vc\", \"exam-certificate.ldp_vc\"], \"subject\": \"x\"}"), 400, "malformed-request");
        problem(issuer.offer(IssuingNode.STAFF, issuer.learner(), "{\"credential_configuration_ids\": [\"exam-certificate.ldp_vc\"]}"), 400, "malformed-request");
        problem(issuer.offer(IssuingNode.STAFF, issuer.learner(), "not json"), 400, "malformed-request");
        problem(issuer.offer(IssuingNode.STAFF, "nobody-here", BODY.formatted(IssuingNode.SUBJECT)), 404, "unknown-learner");
        problem(issuer.offer(null, issuer.learner(), BODY.formatted(IssuingNode.SUBJECT)), 401, "unauthenticated");
        assertEquals(count(before, HEAD), count(log(), HEAD), "nothing was read for a request refused on its face");
    }

    @Test
    void thePupilPageLeadsToTheOfferFormAndTheFormShowsTheQrCodeAndPin() throws Exception {
        String pupil = issuer.node.get("/staff/learners/" + issuer.learner() + "?purpose=teaching", IssuingNode.STAFF, null).body();
        assertTrue(pupil.contains("action=\"/staff/learners/" + issuer.learner() + "/credential-offers\""), pupil);

        HttpResponse<String> form = issuer.node.get("/staff/learners/" + issuer.learner() + "/credential-offers?purpose=teaching", IssuingNode.STAFF, null);
        assertEquals(200, form.statusCode(), form.body());
        // What the record gives, by type, and the format chosen apart.
        for (String type : new String[] {"exam-certificate", "attendance-summary"}) {
            assertTrue(form.body().contains("value=\"" + type + " " + IssuingNode.SUBJECT + "\""), type);
        }
        for (String format : new String[] {"dc+sd-jwt", "jwt_vc_json", "ldp_vc"}) {
            assertTrue(form.body().contains("name=\"format\" value=\"" + format + "\""), format);
        }

        String body = "purpose=teaching&credential=" + URLEncoder.encode("exam-certificate " + IssuingNode.SUBJECT, StandardCharsets.UTF_8)
                + "&format=ldp_vc";
        HttpResponse<String> made = issuer.node.send(issuer.node.request("/staff/learners/" + issuer.learner() + "/credential-offers", IssuingNode.STAFF, null)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(201, made.statusCode(), made.body());
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(made.body());
        assertTrue(svg.find(), made.body());
        String uri = QrReader.decode(svg.group());
        assertTrue(uri.startsWith("openid-credential-offer://?credential_offer_uri="), uri);
        Matcher pin = Pattern.compile("<strong id=\"tx-code\">(\\d{6})</strong>").matcher(made.body());
        assertTrue(pin.find(), made.body());

        // What the page shows is a working offer: the wallet takes it up with the PIN the page showed.
        String reference = java.net.URLDecoder.decode(uri.substring(uri.indexOf('=') + 1), StandardCharsets.UTF_8);
        JsonNode offer = issuer.tree(issuer.node.get(URI.create(reference).getRawPath(), null, null).body());
        assertEquals(200, issuer.token(offer.get("grants").get(IssuerMetadata.PRE_AUTHORIZED_GRANT).get("pre-authorized_code").asText(), pin.group(1))
                .statusCode());
    }

    @Test
    void theOfferPageIsForStaff() {
        HttpResponse<String> page = issuer.node.get("/staff/learners/" + issuer.learner() + "/credential-offers", "learner:" + issuer.learner(), null);
        assertEquals(403, page.statusCode());
        assertFalse(page.body().contains("<form class=\"stacked\""));
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
