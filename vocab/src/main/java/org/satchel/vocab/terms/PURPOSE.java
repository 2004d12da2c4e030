package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Purposes of access: every read or write of a learner's data names one. Written from the ontology; {@code TermConstantsTest} keeps the two in step. */
public final class PURPOSE {
    private PURPOSE() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/satchel/purpose#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** Code {@code ai-product-development}: commercial AI product development. */
    public static final Resource ai_product_development = resource("ai-product-development");
    /** Code {@code immigration-enforcement}: immigration enforcement. */
    public static final Resource immigration_enforcement = resource("immigration-enforcement");
    /** Code {@code insurance-pricing}: insurance pricing. */
    public static final Resource insurance_pricing = resource("insurance-pricing");
    /** Code {@code learner-request}: the learner's own request. */
    public static final Resource learner_request = resource("learner-request");
    /** Code {@code marketing}: marketing. */
    public static final Resource marketing = resource("marketing");
    /** Code {@code pastoral}: pastoral care. */
    public static final Resource pastoral = resource("pastoral");
    /** Code {@code research}: research (opt-in). */
    public static final Resource research = resource("research");
    /** Code {@code safeguarding}: safeguarding. */
    public static final Resource safeguarding = resource("safeguarding");
    /** Purposes of access. */
    public static final Resource scheme = resource("scheme");
    /** Code {@code send-support}: special educational needs support. */
    public static final Resource send_support = resource("send-support");
    /** Code {@code statutory-return}: statutory return (census). */
    public static final Resource statutory_return = resource("statutory-return");
    /** Code {@code teaching}: teaching. */
    public static final Resource teaching = resource("teaching");
    /** Code {@code transfer}: school-to-school transfer. */
    public static final Resource transfer = resource("transfer");
}
