package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms Satchel uses for provenance (W3C PROV-O, http://www.w3.org/ns/prov#). */
public final class PROV {
    private PROV() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "http://www.w3.org/ns/prov#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    /** An entity: every Satchel record is one. */
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    /** An agent: a person, organisation or software that bears responsibility. */
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    /** A software agent: the MIS, a quiz platform, the generator. */
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
    /** An organisation. */
    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    /** Who recorded a record. */
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS + "wasAttributedTo");
    /** When a record was recorded. */
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS + "generatedAtTime");
    /** The record an amendment replaces. */
    public static final Property wasRevisionOf = ResourceFactory.createProperty(NS + "wasRevisionOf");
    /** When a record was superseded by an amendment. */
    public static final Property invalidatedAtTime = ResourceFactory.createProperty(NS + "invalidatedAtTime");
}
