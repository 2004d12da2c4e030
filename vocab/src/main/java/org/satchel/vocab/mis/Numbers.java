package org.satchel.vocab.mis;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Number and boolean literals in their canonical forms, the small ones made once. */
final class Numbers {
    private static final Node[] INTEGERS = new Node[256];
    private static final Node[] DECIMALS = new Node[256];
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final Node FALSE = NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);

    static {
        for (int i = 0; i < INTEGERS.length; i++) {
            INTEGERS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
            DECIMALS[i] = NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDdecimal);
        }
    }

    private Numbers() {}

    static Node integer(long value) {
        return value >= 0 && value < INTEGERS.length ? INTEGERS[(int) value]
                : NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** A whole-number xsd:decimal, as scores are: "17", never "17.0". */
    static Node decimal(int value) {
        return value >= 0 && value < DECIMALS.length ? DECIMALS[value]
                : NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDdecimal);
    }

    static Node bool(boolean value) {
        return value ? TRUE : FALSE;
    }
}
