package org.satchel.credentials.jose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.satchel.credentials.jose.Refusals.assertRefused;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.satchel.credentials.did.DidJwk;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.ProblemCode;
import org.satchel.credentials.verify.Verification;

/** The examples W3C "Securing Verifiable Credentials using JOSE and COSE" publishes, run through Satchel. */
class VcJoseCoseExamplesTest {
    // vc-jose-cose §3.1.2, the example presentation's EnvelopedVerifiableCredential (its data: URL's data).
    static final String SPEC_ENVELOPED_VC_JWT = "eyJraWQiOiJFeEhrQk1XOWZtYmt2VjI2Nm1ScHVQMnNVWV9OX0VXSU4xbGFwVXpPOHJvIiwiYWxnIjoiRVMzODQifQ.eyJAY29ud"
            + "GV4dCI6WyJodHRwczovL3d3dy53My5vcmcvbnMvY3JlZGVudGlhbHMvdjIiLCJodHRwczovL3d3dy53My5vcmcvbnMvY3JlZGVud"
            + "GlhbHMvZXhhbXBsZXMvdjIiXSwiaWQiOiJodHRwOi8vdW5pdmVyc2l0eS5leGFtcGxlL2NyZWRlbnRpYWxzLzE4NzIiLCJ0eXBlI"
            + "jpbIlZlcmlmaWFibGVDcmVkZW50aWFsIiwiRXhhbXBsZUFsdW1uaUNyZWRlbnRpYWwiXSwiaXNzdWVyIjoiaHR0cHM6Ly91bml2Z"
            + "XJzaXR5LmV4YW1wbGUvaXNzdWVycy81NjUwNDkiLCJ2YWxpZEZyb20iOiIyMDEwLTAxLTAxVDE5OjIzOjI0WiIsImNyZWRlbnRpY"
            + "WxTY2hlbWEiOnsiaWQiOiJodHRwczovL2V4YW1wbGUub3JnL2V4YW1wbGVzL2RlZ3JlZS5qc29uIiwidHlwZSI6Ikpzb25TY2hlb"
            + "WEifSwiY3JlZGVudGlhbFN1YmplY3QiOnsiaWQiOiJkaWQ6ZXhhbXBsZToxMjMiLCJkZWdyZWUiOnsidHlwZSI6IkJhY2hlbG9yR"
            + "GVncmVlIiwibmFtZSI6IkJhY2hlbG9yIG9mIFNjaWVuY2UgYW5kIEFydHMifX19.d2k4O3FytQJf83kLh-HsXuPvh6yeOlhJELVo"
            + "5TF71gu7elslQyOf2ZItAXrtbXF4Kz9WivNdztOayz4VUQ0Mwa8yCDZkP9B2pH-9S_tcAFxeoeJ6Z4XnFuL_DOfkR1fP";
    // The public half of the example key the spec's examples are signed with (w3c/vc-jose-cose plugin/src/exampleKey.js).
    static final String SPEC_EXAMPLE_KEY = "{\"kid\":\"ExHkBMW9fmbkvV266mRpuP2sUY_N_EWIN1lapUzO8ro\",\"alg\":\"ES384\",\"kty\":\"EC\","
            + "\"crv\":\"P-384\",\"x\":\"8XkmqX3pxcYduNID8cK4mYA531PV7szaGh-yk-XIM9OQKZSO94y3xe67nyFvt0QP\","
            + "\"y\":\"kWjcg1gBVM752eQzXlMfHwEOzuUB4zCgi2z6X1p03ljAcp6b_FEINR-eONp00gX0\"}";

    @Test
    void section311ExampleCredentialIssuesAndVerifies() {
        // vc-jose-cose §3.1.1 example, with the school as issuer (the example names a university URL).
        Map<String, Object> credential = School.json("""
                {"@context":["https://www.w3.org/ns/credentials/v2","https://www.w3.org/ns/credentials/examples/v2"],
                 "id":"http://university.example/credentials/3732",
                 "type":["VerifiableCredential","ExampleDegreeCredential","ExamplePersonCredential"],
                 "validFrom":"2010-01-01T19:23:24Z",
                 "credentialSubject":{"id":"did:example:ebfeb1f712ebc6f1c276e12ec21",
                   "degree":{"type":"ExampleBachelorDegree","name":"Bachelor of Science and Arts"},
                   "alumniOf":{"name":"Example University"}},
                 "credentialSchema":[{"id":"https://example.org/examples/degree.json","type":"JsonSchema"},
                   {"id":"https://example.org/examples/alumni.json","type":"JsonSchema"}]}""");
        School school = new School();
        String jwt = VcJwt.issue(credential, School.DID, school.signingKey);
        Verification.Valid valid = assertInstanceOf(Verification.Valid.class, VcJwt.verify(jwt, school.policy().build()));
        assertEquals(credential.get("credentialSchema"), valid.claims().get("credentialSchema"));
    }

    @Test
    void section312ExampleEnvelopedCredentialIsUnwrappedExactlyAndRefusedOnlyForSatchelsPolicy() throws Exception {
        // The vector is genuine: the spec's key verifies it (P-384 is outside Satchel's keys, so nimbus checks it here).
        assertTrue(JWSObject.parse(SPEC_ENVELOPED_VC_JWT).verify(new ECDSAVerifier(ECKey.parse(SPEC_EXAMPLE_KEY))));
        assertEquals(List.of(), VcModel.contexts(School.payload(SPEC_ENVELOPED_VC_JWT)), "its contexts are bundled");

        // A learner presents it, wrapped exactly as the spec wraps it.
        School school = new School();
        var learnerKey = Keys.generate(KeyType.ED25519);
        Map<String, Object> enveloped = School.json("""
                {"@context":["https://www.w3.org/ns/credentials/v2"],"type":["EnvelopedVerifiableCredential"],
                 "id":"data:application/vc+jwt,%s"}""".formatted(SPEC_ENVELOPED_VC_JWT));
        assertEquals(VpJwt.envelope(SPEC_ENVELOPED_VC_JWT).get("id"), enveloped.get("id"));
        String vp = VpJwt.present(List.of(), SigningKey.didJwk(learnerKey), "n", "https://college.example", School.CLOCK);
        Map<String, Object> payload = School.payload(vp);
        payload.put("verifiableCredential", List.of(enveloped));
        String forged = Forge.sign(School.header(vp), payload, learnerKey);
        var policy = school.policy().nonce("n").audience("https://college.example").build();
        // Satchel signs with EdDSA or ES256 only, and requires typ: the example has ES384 and no typ.
        var problem = assertRefused(VpJwt.verify(forged, policy, DidJwk.resolver()), ProblemCode.ALGORITHM_NOT_ALLOWED, "ES384");
        assertEquals("verifiableCredential[0]", problem.path());
        assertRefused(VpJwt.verify(forged, policy, DidJwk.resolver()), ProblemCode.MALFORMED, "typ must be vc+jwt");
    }
}
