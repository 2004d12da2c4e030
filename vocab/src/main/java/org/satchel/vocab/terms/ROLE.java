package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Roles of principals: staff, learner, guardian, advocate, data body, inspector. Written from the ontology; {@code TermConstantsTest} keeps the two in step. */
public final class ROLE {
    private ROLE() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/satchel/role#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** Code {@code advocate}: advocate. */
    public static final Resource advocate = resource("advocate");
    /** Code {@code databody}: data body. */
    public static final Resource databody = resource("databody");
    /** Code {@code dsl}: designated safeguarding lead. */
    public static final Resource dsl = resource("dsl");
    /** Code {@code guardian}: guardian. */
    public static final Resource guardian = resource("guardian");
    /** Code {@code head}: head teacher. */
    public static final Resource head = resource("head");
    /** Code {@code inspector}: inspector. */
    public static final Resource inspector = resource("inspector");
    /** Code {@code learner}: learner. */
    public static final Resource learner = resource("learner");
    /** Roles. */
    public static final Resource scheme = resource("scheme");
    /** Code {@code senco}: special educational needs co-ordinator. */
    public static final Resource senco = resource("senco");
    /** Code {@code teacher}: teacher. */
    public static final Resource teacher = resource("teacher");
}
