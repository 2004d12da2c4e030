package org.satchel.node.issuance.types;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * One SELECT of a credential type: one row whose values go at the claims' paths, or (many) one
 * object per row appended to the arrays it names.
 */
record Part(Query query, boolean many, Optional<String> sdJwtArray, Optional<String> vcArray, List<Claim> claims) {
    static final String SOURCE = "source";
    static final String RECORDED_AT = "recordedAt";

    Part {
        claims = List.copyOf(claims);
    }
}
