package org.satchel.vocab.mis;

import org.apache.jena.graph.Node;

/**
 * A learner as pupils.csv lists them: their place in its order, their ids and the line of their row.
 *
 * @param index the pupil's place in pupils.csv among the pupils that can be read, from 0
 * @param id    the Pupil ID: the pseudonymous id their record graph is named by
 * @param upnValid whether the UPN is a valid one; if not, pupils.csv is reported, and the pupil's
 *              rows elsewhere are not held to it
 */
record Pupil(int index, String id, String upn, boolean upnValid, long line, Node node) {
    /** Whether {@code value} is a Contact ID of this pupil: their Pupil ID, a hyphen and a number. */
    boolean isContactId(String value) {
        int n = id.length();
        if (value.length() <= n + 1 || !value.startsWith(id) || value.charAt(n) != '-') {
            return false;
        }
        for (int i = n + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
