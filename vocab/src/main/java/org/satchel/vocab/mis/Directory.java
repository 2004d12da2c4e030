package org.satchel.vocab.mis;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * What learner rows refer to, read from the school files: the school's base IRI and IRI, and its
 * staff and systems by the codes the export uses for them.
 *
 * @param base    the school's base IRI, ending in {@code /}; learners, guardians and records go under it
 * @param staff   staff code to the staff member's IRI
 * @param systems system code ({@code mis}, {@code quiz}) to the system's IRI
 */
record Directory(String base, Node school, String urn, Map<String, Node> staff, Map<String, Node> systems) {
    /** The code of the MIS, which kept every record whose file has no Source System column. */
    static final String MIS = "mis";
    /** The code of the learning platform, where learners write reflections and targets. */
    static final String PLATFORM = "quiz";

    Directory {
        staff = Map.copyOf(staff);
        systems = Map.copyOf(systems);
    }

    String graphIri() {
        return base + "school";
    }

    String learnerIri(String pupilId) {
        return base + "learners/" + pupilId;
    }

    Node guardian(String contactId) {
        return NodeFactory.createURI(base + "guardians/" + contactId);
    }
}
