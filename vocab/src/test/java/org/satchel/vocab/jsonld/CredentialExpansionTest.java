package org.satchel.vocab.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.nquads.NQuadsWriter;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

/** Real credentials from the specifications, processed with nothing but the bundle. */
class CredentialExpansionTest {

    private static final String CRED = "https://www.w3.org/2018/credentials#";
    private static final String OB = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#";

    @Test
    void credentialExpandsOfflineWithBundledContexts() throws JsonLdError {
        // VC Data Model 2.0 (REC 2025-05-15), Example 3 "Use of the id property".
        JsonObject vc = expand("vc2-example-3-use-of-id.json");

        assertEquals("http://university.example/credentials/3732", vc.getString("@id"));
        assertEquals(List.of(CRED + "VerifiableCredential", "https://www.w3.org/ns/credentials/examples#ExampleDegreeCredential"),
                strings(vc.getJsonArray("@type")));
        assertEquals("https://university.example/issuers/565049", vc.getJsonArray(CRED + "issuer").getJsonObject(0).getString("@id"));
        JsonObject validFrom = vc.getJsonArray(CRED + "validFrom").getJsonObject(0);
        assertEquals("http://www.w3.org/2001/XMLSchema#dateTime", validFrom.getString("@type"));
        JsonObject subject = vc.getJsonArray(CRED + "credentialSubject").getJsonObject(0);
        assertEquals("did:example:ebfeb1f712ebc6f1c276e12ec21", subject.getString("@id"));
        assertTrue(subject.containsKey("https://www.w3.org/ns/credentials/examples#degree"), subject.toString());
    }

    @Test
    void openBadgeExpandsOfflineWithBundledContexts() throws JsonLdError {
        // Open Badges 3.0, "Sample OpenBadgeCredential" (ob_v3p0/examples/basicOpenBadgeCredential.html).
        JsonObject badge = expand("ob3-sample-openbadgecredential.json");

        assertEquals(List.of(CRED + "VerifiableCredential", OB + "OpenBadgeCredential"), strings(badge.getJsonArray("@type")));
        JsonObject issuer = badge.getJsonArray(CRED + "issuer").getJsonObject(0);
        assertEquals(List.of(OB + "Profile"), strings(issuer.getJsonArray("@type")));
        assertEquals("Example Corp", issuer.getJsonArray("https://schema.org/name").getJsonObject(0).getString("@value"));
        JsonObject subject = badge.getJsonArray(CRED + "credentialSubject").getJsonObject(0);
        assertEquals(List.of(OB + "AchievementSubject"), strings(subject.getJsonArray("@type")));
        JsonObject achievement = subject.getJsonArray(OB + "achievement").getJsonObject(0);
        assertEquals("https://example.com/achievements/21st-century-skills/teamwork", achievement.getString("@id"));
        assertEquals(List.of(OB + "Achievement"), strings(achievement.getJsonArray("@type")));
        // The 3.0.3 context maps the property "criteria" to the class-like IRI #Criteria; we keep what it says.
        assertTrue(achievement.containsKey(OB + "Criteria"), achievement.toString());
    }

    @Test
    void vcDiEddsaTestVectorBecomesThePublishedNQuads() throws JsonLdError {
        // vc-di-eddsa TestVectors/unsigned.json and eddsa-rdfc-2022/canonDocDataInt.txt. The
        // published canonical form has no blank nodes, so the sorted quads must be identical.
        StringWriter nquads = new StringWriter();
        JsonLd.toRdf(document("vc-di-eddsa-unsigned.json")).options(JsonLdOffline.options()).provide(new NQuadsWriter(nquads));

        assertEquals(lines(resource("vc-di-eddsa-rdfc-2022-canonDoc.nq")), lines(nquads.toString()));
    }

    @Test
    void signedCredentialKeepsItsProofInItsOwnGraph() throws JsonLdError {
        // The v2 context makes "proof" a @graph container, so the proof's statements land in a
        // named graph of their own and the credential's quads are those of the unsigned vector.
        StringWriter nquads = new StringWriter();
        JsonLd.toRdf(document("vc-di-eddsa-rdfc-2022-signed.json")).options(JsonLdOffline.options()).provide(new NQuadsWriter(nquads));
        Set<String> all = lines(nquads.toString());

        Set<String> defaultGraph = all.stream().filter(q -> q.endsWith("> .") || q.endsWith("\" .")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> published = lines(resource("vc-di-eddsa-rdfc-2022-canonDoc.nq"));
        assertTrue(defaultGraph.containsAll(published), () -> "missing: " + published.stream().filter(q -> !defaultGraph.contains(q)).toList());
        assertTrue(all.stream().anyMatch(q -> q.contains("<https://w3id.org/security#cryptosuite> \"eddsa-rdfc-2022\"^^<https://w3id.org/security#cryptosuiteString> _:")),
                nquads::toString);
    }

    private static JsonObject expand(String name) throws JsonLdError {
        JsonArray expanded = JsonLd.expand(document(name)).options(JsonLdOffline.options()).get();
        assertEquals(1, expanded.size(), expanded::toString);
        return expanded.getJsonObject(0);
    }

    static JsonDocument document(String name) throws JsonLdError {
        return JsonDocument.of(new StringReader(resource(name)));
    }

    static String resource(String name) {
        try (InputStream in = CredentialExpansionTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static Set<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }
}
