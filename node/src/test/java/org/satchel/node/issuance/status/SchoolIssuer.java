package org.satchel.node.issuance.status;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.satchel.credentials.Verifier;
import org.satchel.credentials.did.DidResolver;
import org.satchel.credentials.did.DidTrust;
import org.satchel.credentials.did.DidWeb;
import org.satchel.credentials.jose.SigningKey;
import org.satchel.credentials.jose.VcJwt;
import org.satchel.credentials.sdjwt.IssuanceOptions;
import org.satchel.credentials.sdjwt.SdJwtVc;
import org.satchel.credentials.verify.Verification;
import org.satchel.credentials.verify.VerificationPolicy;
import org.satchel.node.issuance.CredentialFormat;
import org.satchel.node.issuance.CredentialType;
import org.satchel.node.issuance.IssuerKeys;
import org.satchel.node.web.RunningNode;

/**
 * The school issuing for a test, as the issuance code will: register the credential, sign a real
 * VC-JOSE or SD-JWT VC with the school's current issuer key carrying the registration's status;
 * and a verifier elsewhere that trusts the school and reaches https://oakfield.school.example
 * (its did.json and its status lists) through the node on loopback, and nothing else.
 */
final class SchoolIssuer {
    static final String DID = "did:web:oakfield.school.example";
    static final String HOST = "https://oakfield.school.example/";
    static final CredentialType ATTENDANCE = new CredentialType("attendance-summary", "Attendance summary",
            "https://w3id.org/satchel/vct/attendance-summary", List.of("AttendanceSummaryCredential"), List.of(),
            Set.of(CredentialFormat.DC_SD_JWT, CredentialFormat.JWT_VC_JSON));

    private final RunningNode node;
    private final Clock clock;
    final CredentialRegister register;

    SchoolIssuer(RunningNode node, Clock clock) {
        this.node = node;
        this.clock = clock;
        this.register = new CredentialRegister(node.server().parts().store(), node.server().parts().gate());
    }

    static String subject(String learner) {
        return "did:example:holder-of-" + learner;
    }

    static String source(String learner) {
        return HOST + "learners/" + learner + "/records/attendance-2025";
    }

    CredentialRegister.Registration registered(String learner, CredentialFormat format) {
        return register.register(learner, ATTENDANCE, format, subject(learner), List.of(source(learner)), Optional.empty());
    }

    private JWK key() {
        return IssuerKeys.open(node.dir()).current();
    }

    /** A VC 2.0 credential secured as vc+jwt, pointing into the revocation and suspension lists. */
    String vcJwt(CredentialRegister.Registration r, String learner) {
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        vc.put("id", r.credentialId());
        vc.put("type", List.of("VerifiableCredential"));
        vc.put("validFrom", "2026-07-01T00:00:00Z");
        vc.put("credentialSubject", Map.of("id", subject(learner)));
        vc.put("credentialStatus", r.credentialStatus());
        return VcJwt.issue(vc, DID, SigningKey.forDid(DID, key()));
    }

    /** An SD-JWT VC pointing into the Token Status List. */
    String sdJwt(CredentialRegister.Registration r, String learner) {
        IssuanceOptions.Builder options = IssuanceOptions.issuer(DID).vct(ATTENDANCE.vct()).issuedAt(clock.instant());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject(learner));
        claims.put("sessions_attended", 312);
        return SdJwtVc.issue(claims, key(), r.tokenStatus(options).build());
    }

    /** What the one verifier says of {@code credential} now, fetching the school's lists over loopback. */
    Verification verify(String credential) {
        DidResolver resolver = DidWeb.resolver(Set.of("oakfield.school.example"), this::fetch);
        VerificationPolicy policy = VerificationPolicy.trusting(DidTrust.of(Set.of(DID), resolver)).clock(clock)
                .statusLists(this::fetch).build();
        return new Verifier(resolver).verify(credential, policy);
    }

    /** https://oakfield.school.example/… as the node serves it; anything else is not fetched. */
    private Optional<String> fetch(URI url) {
        if (!url.toString().startsWith(HOST)) {
            throw new AssertionError("the verifier tried to fetch " + url + ", which is not the school's");
        }
        HttpResponse<String> response = node.get(url.getRawPath(), null, null);
        return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }
}
