package org.satchel.node.issuance.types;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.satchel.node.issuance.CredentialType;

/** A credential type as declared: its shared description, what it may read, and how it is filled. */
record Declaration(CredentialType type, Set<String> reads, Query candidates, List<Claim> constants, List<Part> parts) {
    Declaration {
        reads = Set.copyOf(reads);
        constants = List.copyOf(constants);
        parts = List.copyOf(parts);
    }
}
