package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Sharing bases (statutory or consent) and the legal bases of an access. Written from the ontology; {@code TermConstantsTest} keeps the two in step. */
public final class BASIS {
    private BASIS() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/satchel/basis#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** consent. */
    public static final Resource consent = resource("consent");
    /** consent. */
    public static final Resource consent_given = resource("consent-given");
    /** the learner's own request. */
    public static final Resource learner_request = resource("learner-request");
    /** no lawful basis (refused). */
    public static final Resource none = resource("none");
    /** public task. */
    public static final Resource public_task = resource("public-task");
    /** Sharing and legal bases. */
    public static final Resource scheme = resource("scheme");
    /** statutory. */
    public static final Resource statutory = resource("statutory");
    /** statutory duty. */
    public static final Resource statutory_duty = resource("statutory-duty");
    /** vital interests. */
    public static final Resource vital_interests = resource("vital-interests");
}
