package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C Organization Ontology terms Satchel uses for schools and enrolment (http://www.w3.org/ns/org#). */
public final class ORG {
    private ORG() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "http://www.w3.org/ns/org#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    /** A formal organisation: a school. */
    public static final Resource FormalOrganization = ResourceFactory.createResource(NS + "FormalOrganization");
    /** A membership: an enrolment is one. */
    public static final Resource Membership = ResourceFactory.createResource(NS + "Membership");
    /** On an enrolment, the school. */
    public static final Property organization = ResourceFactory.createProperty(NS + "organization");
}
