package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The schema.org terms Satchel uses for people and descriptions (https://schema.org/). */
public final class SCHEMA {
    private SCHEMA() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "https://schema.org/";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    /** A person. */
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    /** Given name. */
    public static final Property givenName = ResourceFactory.createProperty(NS + "givenName");
    /** Family name. */
    public static final Property familyName = ResourceFactory.createProperty(NS + "familyName");
    /** Date of birth. */
    public static final Property birthDate = ResourceFactory.createProperty(NS + "birthDate");
    /** Name of a thing, a school or a member of staff. */
    public static final Property name = ResourceFactory.createProperty(NS + "name");
    /** Email address. */
    public static final Property email = ResourceFactory.createProperty(NS + "email");
    /** Telephone number. */
    public static final Property telephone = ResourceFactory.createProperty(NS + "telephone");
    /** A description in words. */
    public static final Property description = ResourceFactory.createProperty(NS + "description");
}
