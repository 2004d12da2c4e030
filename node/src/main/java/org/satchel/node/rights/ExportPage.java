package org.satchel.node.rights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.satchel.node.access.Purposes;
import org.satchel.node.accesslog.AccessEvent;
import org.satchel.vocab.Ontology;
import org.satchel.vocab.terms.PROV;
import org.satchel.vocab.terms.SAT;
import org.satchel.vocab.terms.SCHEMA;

/**
 * An export as one page a person can read, offline and with assistive technology: server-rendered
 * HTML in English with no scripts and no external assets, a heading per part and per kind of
 * record, and a table with a caption and column headers for each. What the school asserts and what
 * the learner wrote themselves are shown apart. Written so that it also parses as XML.
 */
final class ExportPage {
    /** Provenance comes last in every table: what the record says matters more than who typed it. */
    private static final List<Node> PROVENANCE_ORDER = List.of(PROV.generatedAtTime.asNode(), PROV.wasAttributedTo.asNode(),
            SAT.sourceSystem.asNode(), SAT.recordedFor.asNode(), PROV.wasRevisionOf.asNode(), PROV.invalidatedAtTime.asNode());
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1b1b;background:#fff}
            table{border-collapse:collapse;margin:0 0 2rem;width:100%}caption{text-align:left;font-weight:600;padding:.25rem 0}
            th,td{border:1px solid #6b6b6b;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#eef}
            a{color:#0b4fa8}a:focus{outline:3px solid #fd0}.skip{position:absolute;left:-999px}.skip:focus{left:1rem}
            @media print{.skip,nav{display:none}}
            """;

    private final StringBuilder html = new StringBuilder(1 << 16);
    private final String base;

    private ExportPage(String base) {
        this.base = base;
    }

    /** The page for {@code export}; {@code school} names the school, {@code base} is the node's base IRI. */
    static String render(SubjectAccess.Export export, String school, String base) {
        return new ExportPage(base).page(export, school);
    }

    private String page(SubjectAccess.Export export, String school) {
        Graph g = export.record();
        Node learner = NodeFactory.createURI(export.learnerIri());
        String name = (value(g, learner, SCHEMA.givenName.asNode()) + " " + value(g, learner, SCHEMA.familyName.asNode())).trim();
        String who = name.isEmpty() ? "learner " + export.learnerId() : name;
        Map<String, List<Node>> byKind = new TreeMap<>(Comparator.comparing(ExportPage::label, String.CASE_INSENSITIVE_ORDER));
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !t.getSubject().equals(learner)) {
                byKind.computeIfAbsent(t.getObject().getURI(), k -> new ArrayList<>()).add(t.getSubject());
            }
        });
        Map<String, Map<String, List<Node>>> parts = new LinkedHashMap<>();
        parts.put("What the school records", new LinkedHashMap<>());
        parts.put("What you wrote yourself", new LinkedHashMap<>());
        parts.put("Records about your record", new LinkedHashMap<>());
        parts.put("People named in your record", new LinkedHashMap<>());
        byKind.forEach((kind, subjects) -> parts.get(part(kind)).put(kind, subjects));

        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(esc("Your record at " + school + ": " + who)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to your record</a>\n<header>\n")
                .append("<h1>").append(esc("Everything " + school + " holds about " + who + " that you may see")).append("</h1>\n")
                .append("<p>").append(esc("Made at " + export.at() + " at your request. This copy is itself in your access log. "
                        + "Earlier versions of amended records are included and marked as superseded.")).append("</p>\n</header>\n");
        html.append("<nav aria-label=\"Contents\">\n<ul>\n");
        link("about", "About you");
        link("consent", "Your sharing choices");
        link("corrections", "Corrections you asked for");
        parts.forEach((title, kinds) -> {
            if (!kinds.isEmpty()) {
                link(anchor(title), title);
            }
        });
        link("access-log", "Who has seen your record");
        html.append("</ul>\n</nav>\n<main id=\"main\">\n");

        section("about", "About you");
        table("What the record says about you", List.of("Detail", "Value"), g.find(learner, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !t.getPredicate().equals(RDF.type.asNode()))
                .sorted(Comparator.comparing((Triple t) -> PROVENANCE_ORDER.indexOf(t.getPredicate())).thenComparing(t -> label(t.getPredicate().getURI())))
                .map(t -> List.of(label(t.getPredicate().getURI()), show(t.getObject()))).toList());
        html.append("</section>\n");

        section("consent", "Your sharing choices");
        table("Sharing the law does not require, purpose by purpose", List.of("Purpose", "Shared", "Since"), export.consent().stream()
                .map(d -> List.of(d.purpose().label(), d.given() ? "yes" : "no",
                        d.setting().map(s -> s.at().toString()).orElse("by default: you have not decided"))).toList());
        html.append("</section>\n");

        section("corrections", "Corrections you asked for");
        table("Your correction requests and the school's answers", List.of("Asked at", "Record", "What", "Proposed value", "Status", "Answer"),
                export.corrections().stream().map(k -> List.of(k.requestedAt().toString(), k.kind().map(ExportPage::label).orElse(k.record()),
                        label(k.property()), show(k.proposedValue()), k.status().name().toLowerCase(Locale.ROOT),
                        k.decision().map(d -> d.reason() + " (" + show(NodeFactory.createURI(d.decidedBy())) + ", " + d.decidedOn() + ")")
                                .orElse("not decided yet"))).toList());
        html.append("</section>\n");

        parts.forEach((title, kinds) -> {
            if (kinds.isEmpty()) {
                return;
            }
            section(anchor(title), title);
            kinds.forEach((kind, subjects) -> kind(g, kind, subjects));
            html.append("</section>\n");
        });

        section("access-log", "Who has seen your record");
        table("Every access to your record, newest first", List.of("When", "Who", "Role", "Purpose", "Action", "Kinds of data", "Outcome", "Legal basis"),
                export.accessLog().stream().map(this::eventRow).toList());
        html.append("</section>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void kind(Graph g, String kind, List<Node> subjects) {
        String heading = capitalised(label(kind));
        html.append("<h3>").append(esc(heading + " (" + subjects.size() + ")")).append("</h3>\n");
        List<Node> columns = subjects.stream().flatMap(s -> g.find(s, Node.ANY, Node.ANY).toList().stream().map(Triple::getPredicate))
                .filter(p -> !p.equals(RDF.type.asNode()) && !p.equals(SAT.learner.asNode())).distinct()
                .sorted(Comparator.comparing((Node p) -> PROVENANCE_ORDER.indexOf(p)).thenComparing(p -> label(p.getURI()))).toList();
        List<Node> rows = new ArrayList<>(subjects);
        rows.sort(Comparator.comparing((Node s) -> value(g, s, PROV.generatedAtTime.asNode())).reversed()
                .thenComparing((Node s) -> s.toString()));
        table(heading, columns.stream().map(p -> label(p.getURI())).toList(), rows.stream()
                .map(s -> columns.stream().map(p -> g.find(s, p, Node.ANY).toList().stream().map(t -> show(t.getObject()))
                        .sorted().collect(Collectors.joining("; "))).toList()).toList());
    }

    private List<String> eventRow(AccessEvent e) {
        return List.of(e.at().toString(), show(NodeFactory.createURI(e.accessor())), e.role().code(),
                Purposes.vocabulary().byIri(e.purposeIri()).map(p -> p.label()).orElse(e.purposeIri()),
                e.action().name().toLowerCase(Locale.ROOT), e.dataKinds().stream().map(ExportPage::label).collect(Collectors.joining(", ")),
                e.allowed() ? "allowed" : "refused", label(e.legalBasis()));
    }

    private void table(String caption, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            html.append("<p>").append(esc(caption + ": none.")).append("</p>\n");
            return;
        }
        html.append("<table>\n<caption>").append(esc(caption)).append("</caption>\n<thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private void section(String id, String title) {
        html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n<h2 id=\"")
                .append(id).append("-heading\">").append(esc(title)).append("</h2>\n");
    }

    private void link(String id, String title) {
        html.append("<li><a href=\"#").append(id).append("\">").append(esc(title)).append("</a></li>\n");
    }

    /** A value as a person reads it: a code or term by its label, a person or record of this node by its path. */
    private String show(Node value) {
        if (value.isLiteral()) {
            String lexical = value.getLiteralLexicalForm();
            return switch (value.getLiteralDatatypeURI()) {
                case "http://www.w3.org/2001/XMLSchema#boolean" -> lexical.equals("true") || lexical.equals("1") ? "yes" : "no";
                default -> lexical;
            };
        }
        if (!value.isURI()) {
            return value.toString();
        }
        String iri = value.getURI();
        if (iri.startsWith(base)) {
            return iri.substring(base.length());
        }
        return label(iri);
    }

    /** The ontology's or code list's label for a term, else its local name. */
    static String label(String iri) {
        Resource term = Ontology.model().getResource(iri);
        for (var property : List.of(SKOS.prefLabel, RDFS.label)) {
            Optional<String> english = term.listProperties(property).toList().stream().map(Statement::getObject)
                    .filter(o -> o.isLiteral() && (o.asLiteral().getLanguage().isEmpty() || o.asLiteral().getLanguage().startsWith("en")))
                    .map(o -> o.asLiteral().getString()).findFirst();
            if (english.isPresent()) {
                return english.get();
            }
        }
        return StoredRecords.localName(iri);
    }

    private static String part(String kind) {
        if (StoredRecords.isA(kind, SAT.LearnerStatement)) {
            return "What you wrote yourself";
        }
        if (StoredRecords.isA(kind, SAT.RecordAboutRecord)) {
            return "Records about your record";
        }
        if (StoredRecords.isA(kind, SAT.Record)) {
            return "What the school records";
        }
        return "People named in your record";
    }

    private static String anchor(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
    }

    private static String value(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Escapes text for an element or a double-quoted attribute. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters have no place in a page (and break its reading as XML).
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
