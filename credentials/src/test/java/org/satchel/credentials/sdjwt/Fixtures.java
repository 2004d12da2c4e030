package org.satchel.credentials.sdjwt;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.satchel.credentials.keys.KeyType;
import org.satchel.credentials.keys.Keys;
import org.satchel.credentials.verify.IssuerTrust;
import org.satchel.credentials.verify.VerificationPolicy;

/** A school, a learner's wallet and one achievement credential, shared by the SD-JWT tests. */
final class Fixtures {
    static final String SCHOOL = "did:web:northfield.school.example";
    static final String VCT = "https://satchel.example/vct/achievement";
    static final String VERIFIER = "https://admissions.college.example";
    static final String NONCE = "n-0S6_WzA2Mj";
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String CLAIMS = """
            {
              "vct": "https://satchel.example/vct/achievement",
              "name": "Ada Lovelace",
              "achievement": {"name": "GCSE Mathematics", "grade": "9", "awardedOn": "2026-08-20"},
              "examResult": [{"paper": "1", "grade": "A"}, {"paper": "2", "grade": "B"}],
              "subjects": ["maths", "physics"]
            }""";

    final JWK schoolKey;
    final JWK holderKey;

    Fixtures(KeyType type) {
        this.schoolKey = Keys.generate(type);
        this.holderKey = Keys.generate(type);
    }

    Fixtures() {
        this(KeyType.ED25519);
    }

    /** The school's credential, bound to the learner's key, issued now, valid for a year. */
    String issue() {
        return SdJwtVc.issue(claims(), schoolKey, options().build());
    }

    IssuanceOptions.Builder options() {
        return IssuanceOptions.issuer(SCHOOL).issuedAt(NOW.minusSeconds(3600))
                .expiresAt(NOW.plusSeconds(365 * 86400L)).holderKey(holderKey.toPublicJWK());
    }

    /** A presentation of {@code paths} to the college, made now. */
    String present(String issued, String... paths) {
        return SdJwtVc.present(issued, holderKey, List.of(paths), NONCE, VERIFIER, CLOCK);
    }

    /** The college's policy: trusts the school, expects its nonce and itself as audience, at NOW. */
    VerificationPolicy.Builder policy() {
        return VerificationPolicy.trusting(IssuerTrust.keys(List.of(schoolKey))).nonce(NONCE).audience(VERIFIER)
                .clock(CLOCK);
    }

    static Map<String, Object> claims() {
        return json(CLAIMS);
    }

    static Map<String, Object> json(String text) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload of a compact JWS, as JSON. */
    static Map<String, Object> payloadOf(String compactJws) {
        return json(new Base64URL(compactJws.split("\\.")[1]).decodeToString());
    }

    /** The header of a compact JWS, as JSON. */
    static Map<String, Object> headerOf(String compactJws) {
        return json(new Base64URL(compactJws.split("\\.")[0]).decodeToString());
    }
}
