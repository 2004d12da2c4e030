package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Sensitivity classes of properties and record kinds, lowest first. Written from the ontology; {@code TermConstantsTest} keeps the two in step. */
public final class SENSITIVITY {
    private SENSITIVITY() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/satchel/sensitivity#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** directory. */
    public static final Resource directory = resource("directory");
    /** educational. */
    public static final Resource educational = resource("educational");
    /** safeguarding. */
    public static final Resource safeguarding = resource("safeguarding");
    /** Sensitivity classes. */
    public static final Resource scheme = resource("scheme");
    /** special category. */
    public static final Resource special_category = resource("special-category");
}
