package org.satchel.vocab.generator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * Formats quads as N-Quads lines (W3C RDF 1.1 N-Quads), straight into a buffer: several times
 * faster than a general-purpose writer, which matters at a hundred million quads. Only IRIs and
 * literals occur (no blank nodes). IRIs are written as they are: every IRI here is the validated
 * base IRI plus generated ASCII paths, or a vocabulary term, so none holds a character IRIREF
 * forbids. Literals are escaped exactly as STRING_LITERAL_QUOTE requires: {@code "}, {@code \},
 * line feed and carriage return become ECHARs; every other character is written as itself, UTF-8.
 */
final class NQuadsText {
    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private NQuadsText() {}

    /** Appends {@code s p o g .} and a line feed. {@code graph} is the graph IRI already written as {@code <…>}. */
    static void quad(StringBuilder out, Node s, Node p, Node o, String graph) {
        iri(out, s);
        out.append(' ');
        iri(out, p);
        out.append(' ');
        if (o.isURI()) {
            iri(out, o);
        } else {
            literal(out, o);
        }
        out.append(' ').append(graph).append(" .\n");
    }

    static String iri(String iri) {
        return "<" + iri + ">";
    }

    private static void iri(StringBuilder out, Node node) {
        if (!node.isURI()) {
            throw new IllegalArgumentException("only IRIs and literals are written: " + node);
        }
        out.append('<').append(node.getURI()).append('>');
    }

    private static void literal(StringBuilder out, Node node) {
        if (!node.isLiteral()) {
            throw new IllegalArgumentException("only IRIs and literals are written: " + node);
        }
        out.append('"');
        escape(out, node.getLiteralLexicalForm());
        out.append('"');
        String language = node.getLiteralLanguage();
        if (language != null && !language.isEmpty()) {
            out.append('@').append(language);
            return;
        }
        String datatype = node.getLiteralDatatypeURI();
        // RDF 1.1: a simple literal is an xsd:string; N-Quads writes it without a datatype.
        if (datatype != null && !datatype.equals(XSD_STRING)) {
            out.append("^^<").append(datatype).append('>');
        }
    }

    /** N-Quads STRING_LITERAL_QUOTE: everything but {@code " \ LF CR} as itself; those four as ECHAR. */
    static void escape(StringBuilder out, String lexical) {
        for (int i = 0; i < lexical.length(); i++) {
            char c = lexical.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
