package org.satchel.vocab.terms;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** DfE attendance and absence codes, and their categories. Written from the ontology; {@code TermConstantsTest} keeps the two in step. */
public final class ATT {
    private ATT() {}

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/satchel/attendance#";

    /** The namespace of the vocabulary as a string. */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** Code {@code B}: attending any other approved educational activity. */
    public static final Resource B = resource("B");
    /** Code {@code C}: leave of absence for exceptional circumstances. */
    public static final Resource C = resource("C");
    /** Code {@code C1}: leave of absence for a regulated performance or employment abroad. */
    public static final Resource C1 = resource("C1");
    /** Code {@code C2}: leave of absence for a compulsory school age pupil on a part-time timetable. */
    public static final Resource C2 = resource("C2");
    /** Code {@code D}: dual registered, attending the other school. */
    public static final Resource D = resource("D");
    /** Code {@code E}: suspended or permanently excluded, no alternative provision made. */
    public static final Resource E = resource("E");
    /** Code {@code G}: holiday not granted by the school. */
    public static final Resource G = resource("G");
    /** Code {@code I}: illness (not medical or dental appointment). */
    public static final Resource I = resource("I");
    /** Code {@code J1}: leave of absence for an interview. */
    public static final Resource J1 = resource("J1");
    /** Code {@code K}: attending education provision arranged by the local authority. */
    public static final Resource K = resource("K");
    /** Code {@code L}: late, arrived before the register closed. */
    public static final Resource L = resource("L");
    /** Code {@code M}: leave of absence for a medical or dental appointment. */
    public static final Resource M = resource("M");
    /** Code {@code N}: reason for absence not yet established. */
    public static final Resource N = resource("N");
    /** Code {@code O}: absent in other or unknown circumstances. */
    public static final Resource O = resource("O");
    /** Code {@code P}: participating in a sporting activity. */
    public static final Resource P = resource("P");
    /** Code {@code #}: planned whole-school closure. */
    public static final Resource PlannedClosure = resource("PlannedClosure");
    /** Code {@code /}: present (morning). */
    public static final Resource PresentAM = resource("PresentAM");
    /** Code {@code \\}: present (afternoon). */
    public static final Resource PresentPM = resource("PresentPM");
    /** Code {@code R}: religious observance. */
    public static final Resource R = resource("R");
    /** Code {@code S}: leave of absence for study. */
    public static final Resource S = resource("S");
    /** Code {@code T}: parent travelling for occupational purposes. */
    public static final Resource T = resource("T");
    /** Code {@code U}: arrived after the register closed. */
    public static final Resource U = resource("U");
    /** Code {@code V}: attending an educational visit or trip. */
    public static final Resource V = resource("V");
    /** Code {@code W}: attending work experience. */
    public static final Resource W = resource("W");
    /** Code {@code X}: not required to attend: non-compulsory school age. */
    public static final Resource X = resource("X");
    /** Code {@code Y1}: transport normally provided not available. */
    public static final Resource Y1 = resource("Y1");
    /** Code {@code Y2}: widespread disruption to travel. */
    public static final Resource Y2 = resource("Y2");
    /** Code {@code Y3}: part of the school premises closed. */
    public static final Resource Y3 = resource("Y3");
    /** Code {@code Y4}: whole school site unexpectedly closed. */
    public static final Resource Y4 = resource("Y4");
    /** Code {@code Y5}: held in criminal justice detention. */
    public static final Resource Y5 = resource("Y5");
    /** Code {@code Y6}: public health guidance or law. */
    public static final Resource Y6 = resource("Y6");
    /** Code {@code Y7}: any other unavoidable cause. */
    public static final Resource Y7 = resource("Y7");
    /** Code {@code Z}: prospective pupil not on the admission register. */
    public static final Resource Z = resource("Z");
    /** administrative (not counted). */
    public static final Resource administrative = resource("administrative");
    /** attending an approved educational activity. */
    public static final Resource approved_activity = resource("approved-activity");
    /** authorised absence. */
    public static final Resource authorised_absence = resource("authorised-absence");
    /** present. */
    public static final Resource present = resource("present");
    /** DfE attendance and absence codes. */
    public static final Resource scheme = resource("scheme");
    /** unable to attend due to exceptional circumstances. */
    public static final Resource unable_to_attend = resource("unable-to-attend");
    /** unauthorised absence. */
    public static final Resource unauthorised_absence = resource("unauthorised-absence");
}
