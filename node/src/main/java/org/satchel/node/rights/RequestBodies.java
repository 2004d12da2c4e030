package org.satchel.node.rights;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.satchel.node.access.Principal;
import org.satchel.node.access.Purpose;
import org.satchel.node.access.Purposes;
import org.satchel.node.records.RecordsService;
import org.satchel.node.web.ProblemException;
import org.satchel.node.web.ProblemType;
import org.satchel.vocab.terms.ATT;
import org.satchel.vocab.terms.CODE;
import org.satchel.vocab.terms.SAT;

/** Reads the rights' JSON request bodies and path segments into the terms the rights work in, or answers 400 saying what is wrong. */
final class RequestBodies {
    /** A relying party is named by its host name, such as {@code college.example}. */
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    /** An absolute IRI with nothing in it that could end an IRI early in a query or a document. */
    private static final Pattern IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+");
    /** Prefixes a code may be written with: {@code att:U}, {@code code:subject-music}. */
    private static final Map<String, String> CODE_PREFIXES = Map.of("sat", SAT.NS, "code", CODE.NS, "att", ATT.NS);

    private RequestBodies() {}

    /** {@code {"research": true, "transfer": false}}, or {@code {"declineAllNonStatutory": true}}. */
    static Map<Purpose, Boolean> consentChoices(JsonNode body, ConsentSettings consent) {
        String expected = "send {\"declineAllNonStatutory\": true}, or true or false for any of: " + String.join(", ", consent.codes());
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw malformed(expected);
        }
        Map<Purpose, Boolean> choices = new LinkedHashMap<>();
        if (body.has("declineAllNonStatutory")) {
            if (body.size() != 1 || !body.get("declineAllNonStatutory").isBoolean() || !body.get("declineAllNonStatutory").booleanValue()) {
                throw malformed("declineAllNonStatutory is true, on its own; to share again, name each purpose: " + expected);
            }
            consent.codes().forEach(code -> choices.put(consent.purpose(code).orElseThrow(), false));
            return choices;
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            Purpose purpose = consent.purpose(field.getKey()).orElseThrow(() ->
                    malformed("'" + field.getKey() + "' is not a purpose the learner's consent decides; " + expected));
            if (!field.getValue().isBoolean()) {
                throw malformed(field.getKey() + " is true or false");
            }
            choices.put(purpose, field.getValue().booleanValue());
        }
        return choices;
    }

    /** A property named in full, as {@code sat:score}, or by its Satchel local name. */
    static String propertyIri(String name) {
        if (name.startsWith("http://") || name.startsWith("https://")) {
            return checkedIri(name);
        }
        String local = name.startsWith("sat:") ? name.substring(4) : name;
        if (!local.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw malformed("'" + name + "' is not a property name or IRI");
        }
        return SAT.NS + local;
    }

    /** Text (typed later like the value it replaces; a JSON number is taken as its text) or {@code {"@id": "…"}}. */
    static Corrections.Proposal proposal(JsonNode value) {
        if (value != null && (value.isTextual() || value.isNumber())) {
            return new Corrections.Proposal.Text(value.asText());
        }
        if (value != null && value.isObject() && value.size() == 1 && value.path("@id").isTextual()) {
            return new Corrections.Proposal.Code(expand(value.get("@id").asText()));
        }
        throw malformed("proposedValue is text (typed like the value it replaces) or {\"@id\": \"…\"} for a code");
    }

    /** A relying party's host name, in lower case. */
    static String relyingParty(String name) {
        String host = name.toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw malformed("name the relying party by its host name, such as college.example");
        }
        return host;
    }

    /** {@code {"records": [IRI…]}} or {@code {"kinds": ["Reflection", …]}}, not both, neither empty. */
    static Erasure.Target erasure(JsonNode body) {
        object(body);
        String expected = "send {\"records\": [IRI, …]} or {\"kinds\": [\"Reflection\", …]}";
        if (body.size() != 1 || !(body.has("records") || body.has("kinds"))) {
            throw malformed(expected);
        }
        boolean byKind = body.has("kinds");
        JsonNode list = body.get(byKind ? "kinds" : "records");
        if (!list.isArray() || list.isEmpty()) {
            throw malformed(expected + ", with at least one");
        }
        Set<String> items = new TreeSet<>();
        for (JsonNode item : list) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw malformed(expected + "; each is text");
            }
            items.add(byKind ? RecordsService.kindIri(item.asText()) : item.asText());
        }
        return byKind ? new Erasure.Target.Kinds(items) : new Erasure.Target.Records(items);
    }

    /** A delegation: {@code {"advocate": "advocate:ID", "purpose": "send-support", "from": date, "until": date}}. */
    record DelegationBody(Principal advocate, Purpose purpose, LocalDate from, LocalDate until) {}

    static DelegationBody delegation(JsonNode body) {
        String who = text(body, "advocate", "the advocate, as advocate:ID");
        Principal advocate = Principal.parse(who).orElseThrow(() -> malformed("advocate is written advocate:ID, not '" + who + "'"));
        String code = text(body, "purpose", "the one purpose the advocate may read for, such as send-support");
        Purpose purpose = Purposes.vocabulary().byCode(code).orElseThrow(() -> malformed("'" + code + "' is not a purpose on the controlled list"));
        return new DelegationBody(advocate, purpose, date(body, "from"), date(body, "until"));
    }

    private static LocalDate date(JsonNode body, String field) {
        String text = text(body, field, "a date such as 2026-09-01");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(field + " is a date such as 2026-09-01, not '" + text + "'");
        }
    }

    /** A required, non-blank text field. */
    static String text(JsonNode body, String field, String what) {
        object(body);
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw malformed(field + " is required: " + what);
        }
        return value.asText();
    }

    /** An optional text field, non-blank if present. */
    static Optional<String> optionalText(JsonNode body, String field) {
        object(body);
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw malformed(field + ", if given, is non-empty text");
        }
        return Optional.of(value.asText());
    }

    /** A required boolean field. */
    static boolean flag(JsonNode body, String field, String what) {
        object(body);
        if (!body.path(field).isBoolean()) {
            throw malformed(field + " is required, true or false: " + what);
        }
        return body.get(field).booleanValue();
    }

    static void object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw malformed("the body is a JSON object");
        }
    }

    /** An absolute IRI, possibly written with a code prefix ({@code att:I}). */
    static String expand(String iri) {
        for (Map.Entry<String, String> p : CODE_PREFIXES.entrySet()) {
            if (iri.startsWith(p.getKey() + ":")) {
                return checkedIri(p.getValue() + iri.substring(p.getKey().length() + 1));
            }
        }
        return checkedIri(iri);
    }

    static String checkedIri(String iri) {
        if (!IRI.matcher(iri).matches()) {
            throw malformed("'" + iri + "' is not an absolute IRI");
        }
        return iri;
    }

    static ProblemException malformed(String words) {
        return new ProblemException(ProblemType.MALFORMED_REQUEST, words);
    }
}
