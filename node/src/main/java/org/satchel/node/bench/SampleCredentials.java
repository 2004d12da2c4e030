package org.satchel.node.bench;

import java.util.List;
import java.util.Locale;

/** Credentials of a realistic size for the benchmark: a GCSE certificate with eight subjects. */
final class SampleCredentials {
    private static final List<String> SUBJECTS = List.of("english-language", "english-literature", "mathematics",
            "combined-science", "history", "geography", "french", "computing");
    private static final List<String> NAMES = List.of("Amira", "Tomasz", "Grace", "Kwame", "Siobhan", "Ravi", "Mei", "Oliver");

    private SampleCredentials() {}

    /** SD-JWT VC claims: every one selectively disclosable, nested and in arrays. */
    static String sdJwtClaims() {
        StringBuilder results = new StringBuilder();
        for (int i = 0; i < SUBJECTS.size(); i++) {
            results.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"subject\": \"%s\", \"grade\": \"%d\", \"awardingBody\": \"AQA\"}", SUBJECTS.get(i), 9 - i % 5));
        }
        return """
                {"vct": "https://w3id.org/satchel/vct/examination-certificate",
                 "given_name": "Amira", "family_name": "Khan", "birthdate": "2010-11-02",
                 "school": {"name": "Oakfield Academy", "urn": "100001"},
                 "achievement": {"subject": "mathematics", "grade": "7", "awardingBody": "AQA", "examSeries": "2026-06"},
                 "results": [%s]}""".formatted(results);
    }

    /** A VC 2.0 examination certificate in Satchel's context, without issuer; {@code n} varies the learner. */
    static String examinationCertificate(int n) {
        StringBuilder results = new StringBuilder();
        for (int i = 0; i < SUBJECTS.size(); i++) {
            results.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"type\": \"GcseResult\", \"subject\": \"code:subject-%s\", \"qualification\": \"code:qualification-gcse\","
                            + " \"grade\": \"%d\", \"awardingBody\": \"AQA\", \"examSeries\": \"2026-06\"}",
                    SUBJECTS.get(i), 9 - (i + n) % 9));
        }
        return """
                {"@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/satchel/credentials/v1"],
                 "type": ["VerifiableCredential", "ExaminationCertificate"],
                 "validFrom": "2026-08-20T09:00:00Z",
                 "credentialSubject": {"type": "Learner", "givenName": "%s", "familyName": "Khan",
                   "school": {"id": "https://oakfield.school.example/", "type": "School", "name": "Oakfield Academy", "urn": "100001"},
                   "examResult": [%s]}}""".formatted(NAMES.get(n % NAMES.size()), results);
    }
}
