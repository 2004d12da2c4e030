package org.satchel.node.pages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * What a page shows of the part of a record its reader was served: who the learner is, their
 * guardians, and the records kind by kind (how many, and the latest first), each kind placed in
 * its family so that what the school asserts and what the learner says of themselves stay apart.
 * Made only from the served graph: what the rules withheld is not here to show.
 */
record RecordSummary(Optional<Person> learner, List<Person> guardians, List<Kind> kinds) {
    // Provenance every record carries; shown as "recorded at" and "by", not as one of its facts.
    private static final Set<Node> PROVENANCE = Set.of(RDF.type.asNode(), SAT.learner.asNode(), PROV.generatedAtTime.asNode(),
            PROV.wasAttributedTo.asNode(), SAT.sourceSystem.asNode(), SAT.recordedFor.asNode());

    /** A person in the record: their name and what else the reader may see of them. */
    record Person(String iri, String name, List<Fact> facts) {}

    /** One property of a record or person in words: its IRI, its label and its values. */
    record Fact(String property, String label, String value) {}

    /** One kind of record: its label and family, how many the reader may see, and the newest {@code entries}. */
    record Kind(String iri, String label, Labels.Family family, int count, List<Entry> entries) {
        String localName() {
            return Labels.localName(iri);
        }
    }

    /** One record: when and by whom it was recorded, and its facts. */
    record Entry(String iri, Optional<Instant> recordedAt, Optional<String> recordedBy, List<Fact> facts) {}

    /** The summary of {@code graph} for the learner {@code learnerIri}, keeping at most {@code perKind} entries of each kind. */
    static RecordSummary of(Graph graph, String learnerIri, int perKind) {
        Map<Node, Map<Node, List<Node>>> subjects = new LinkedHashMap<>();
        graph.find().forEachRemaining((Triple t) -> subjects.computeIfAbsent(t.getSubject(), s -> new LinkedHashMap<>())
                .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject()));
        Map<Node, String> names = new HashMap<>();
        subjects.forEach((s, props) -> name(props).ifPresent(n -> names.put(s, n)));

        Optional<Person> learner = Optional.empty();
        List<Person> guardians = new ArrayList<>();
        Map<String, List<Entry>> byKind = new TreeMap<>();
        for (Map.Entry<Node, Map<Node, List<Node>>> e : subjects.entrySet()) {
            Node subject = e.getKey();
            Map<Node, List<Node>> props = e.getValue();
            Optional<String> kind = kind(props);
            if (subject.isURI() && subject.getURI().equals(learnerIri)) {
                learner = Optional.of(person(subject, props, names));
            } else if (kind.isPresent() && kind.get().equals(SAT.Guardian.getURI())) {
                guardians.add(person(subject, props, names));
            } else if (kind.isPresent()) {
                byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>()).add(entry(subject, props, names));
            }
        }
        Comparator<Entry> newestFirst = Comparator.comparing((Entry en) -> en.recordedAt().orElse(Instant.MIN)).reversed()
                .thenComparing(Entry::iri);
        List<Kind> kinds = new ArrayList<>();
        byKind.forEach((iri, entries) -> {
            entries.sort(newestFirst);
            kinds.add(new Kind(iri, Labels.of(iri), Labels.family(iri), entries.size(),
                    List.copyOf(entries.subList(0, Math.min(perKind, entries.size())))));
        });
        kinds.sort(Comparator.comparing(Kind::family).thenComparing(Kind::label, String.CASE_INSENSITIVE_ORDER));
        guardians.sort(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER));
        return new RecordSummary(learner, List.copyOf(guardians), List.copyOf(kinds));
    }

    /** The kinds in one family. */
    List<Kind> kinds(Labels.Family family) {
        return kinds.stream().filter(k -> k.family() == family).toList();
    }

    /** Every entry shown, for choosing which record a correction is about. */
    List<Entry> entries(Labels.Family family) {
        return kinds(family).stream().flatMap(k -> k.entries().stream()).toList();
    }

    private static Optional<String> kind(Map<Node, List<Node>> props) {
        List<Node> types = props.getOrDefault(RDF.type.asNode(), List.of());
        // A subject with several types is shown under the one the vocabulary names, if any.
        return types.stream().filter(Node::isURI).map(Node::getURI).sorted(Comparator.comparing((String t) -> !Labels.known(t)))
                .findFirst();
    }

    private static Optional<String> name(Map<Node, List<Node>> props) {
        Optional<String> given = first(props, SCHEMA.givenName.asNode());
        Optional<String> family = first(props, SCHEMA.familyName.asNode());
        if (given.isPresent() || family.isPresent()) {
            return Optional.of((given.orElse("") + " " + family.orElse("")).strip());
        }
        return first(props, SCHEMA.name.asNode());
    }

    private static Optional<String> first(Map<Node, List<Node>> props, Node property) {
        return props.getOrDefault(property, List.of()).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst();
    }

    private static Person person(Node subject, Map<Node, List<Node>> props, Map<Node, String> names) {
        String iri = subject.isURI() ? subject.getURI() : subject.toString();
        return new Person(iri, names.getOrDefault(subject, Labels.localName(iri)), facts(props, names));
    }

    private static Entry entry(Node subject, Map<Node, List<Node>> props, Map<Node, String> names) {
        Optional<Instant> at = props.getOrDefault(PROV.generatedAtTime.asNode(), List.of()).stream().filter(Node::isLiteral)
                .map(n -> instant(n.getLiteralLexicalForm())).flatMap(Optional::stream).findFirst();
        Optional<String> by = props.getOrDefault(PROV.wasAttributedTo.asNode(), List.of()).stream().findFirst()
                .map(n -> value(n, names));
        return new Entry(subject.isURI() ? subject.getURI() : subject.toString(), at, by, facts(props, names));
    }

    private static List<Fact> facts(Map<Node, List<Node>> props, Map<Node, String> names) {
        List<Fact> facts = new ArrayList<>();
        props.forEach((p, values) -> {
            if (!PROVENANCE.contains(p)) {
                facts.add(new Fact(p.getURI(), Labels.of(p.getURI()),
                        String.join(", ", values.stream().map(v -> value(v, names)).sorted().toList())));
            }
        });
        facts.sort(Comparator.comparing(Fact::label, String.CASE_INSENSITIVE_ORDER).thenComparing(Fact::property));
        return List.copyOf(facts);
    }

    /** A value in words: a coded value by its label, a person by name, a date as the school writes it, other literals as written. */
    static String value(Node v, Map<Node, String> names) {
        if (v.isLiteral()) {
            String lex = v.getLiteralLexicalForm();
            String type = v.getLiteralDatatypeURI();
            if (XSDDatatype.XSDboolean.getURI().equals(type)) {
                return lex.equals("true") || lex.equals("1") ? "yes" : "no";
            }
            try {
                if (XSDDatatype.XSDdate.getURI().equals(type)) {
                    return Tables.day(LocalDate.parse(lex));
                }
                if (XSDDatatype.XSDdateTime.getURI().equals(type)) {
                    return Tables.when(OffsetDateTime.parse(lex).toInstant());
                }
            } catch (DateTimeParseException e) {
                return lex;
            }
            return lex;
        }
        if (names.containsKey(v)) {
            return names.get(v);
        }
        if (v.isURI()) {
            return Labels.of(v.getURI());
        }
        return "(unnamed)";
    }

    private static Optional<Instant> instant(String lexical) {
        try {
            return Optional.of(OffsetDateTime.parse(lexical).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
