package org.satchel.vocab.mis;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks on IRIs and the ids that become parts of IRIs, so that nothing read can break an IRI. */
final class Iris {
    private Iris() {}

    /** An absolute IRI with a host, such as https://oakfield.school.example/staff/T0001. */
    static boolean isAbsolute(String iri) {
        try {
            URI uri = new URI(iri);
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A base IRI records can be named under: absolute, ending in /, with no query or fragment. */
    static boolean isBase(String iri) {
        try {
            URI uri = new URI(iri);
            return uri.isAbsolute() && uri.getHost() != null && iri.endsWith("/") && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An id that can be a segment of an IRI as it is: letters, digits, '-', '.', '_' and '~' (RFC 3986 unreserved). */
    static boolean isSegment(String id) {
        if (id.isEmpty() || id.length() > 64 || id.equals(".") || id.equals("..")) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
