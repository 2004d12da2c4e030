package org.satchel.node.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.satchel.vocab.terms.SAT;

/** The rights' JSON responses, as maps for the node's one JSON writer: short names, plain values, IRIs in full. */
final class ResponseBodies {
    private ResponseBodies() {}

    /** The current decisions, as {@code consent} (code to true or false) and in detail. */
    static Map<String, Object> consent(String learnerId, List<ConsentSettings.Decision> decisions) {
        Map<String, Object> current = new LinkedHashMap<>();
        List<Map<String, Object>> details = new ArrayList<>();
        for (ConsentSettings.Decision d : decisions) {
            current.put(d.purpose().code(), d.given());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("purpose", d.purpose().code());
            m.put("label", d.purpose().label());
            m.put("given", d.given());
            m.put("byDefault", d.setting().isEmpty());
            d.setting().ifPresent(s -> {
                m.put("setting", s.iri());
                m.put("decidedAt", s.at().toString());
            });
            details.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("learner", learnerId);
        body.put("consent", current);
        body.put("decisions", details);
        return body;
    }

    /** One correction request with its status, and the decision once there is one. */
    static Map<String, Object> correction(Correction k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("version", k.iri());
        m.put("record", k.record());
        k.kind().ifPresent(kind -> m.put("kind", StoredRecords.localName(kind)));
        m.put("property", k.property().startsWith(SAT.NS) ? k.property().substring(SAT.NS.length()) : k.property());
        m.put("proposedValue", k.proposedValue().isURI() ? Map.of("@id", k.proposedValue().getURI()) : k.proposedValue().getLiteralLexicalForm());
        k.reason().ifPresent(r -> m.put("reason", r));
        m.put("requestedBy", k.requestedBy());
        m.put("requestedAt", k.requestedAt().toString());
        m.put("status", k.status().name().toLowerCase(Locale.ROOT));
        k.decision().ifPresent(d -> {
            m.put("decidedBy", d.decidedBy());
            m.put("decidedOn", d.decidedOn().toString());
            m.put("decisionReason", d.reason());
        });
        k.amendedRecord().ifPresent(a -> m.put("amendedRecord", a));
        return m;
    }

    /** What was erased. */
    static Map<String, Object> erased(String learnerId, Erasure.Erased erased) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("learner", learnerId);
        m.put("erased", erased.records().stream().sorted().toList());
        m.put("kinds", erased.kinds().stream().map(StoredRecords::localName).sorted().toList());
        return m;
    }

    /** One delegation to an advocate. */
    static Map<String, Object> delegation(Advocates.Delegation d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("delegation", d.iri());
        m.put("advocate", d.advocate());
        m.put("purpose", d.purpose().code());
        m.put("from", d.from().toString());
        m.put("until", d.until().toString());
        d.revoked().ifPresent(at -> m.put("revokedAt", at.toString()));
        return m;
    }
}
