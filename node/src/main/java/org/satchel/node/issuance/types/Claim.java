package org.satchel.node.issuance.types;

import java.util.Optional;

/**
 * Where one value goes: a query variable's value (or a JSON constant) set at a dotted path of the
 * SD-JWT claims and/or of the VC.
 */
record Claim(Optional<String> variable, Optional<Object> constant, Optional<String> sdJwtPath, Optional<String> vcPath) {
    Claim {
        if (variable.isPresent() == constant.isPresent()) {
            throw new IllegalArgumentException("a claim takes either ct:variable or ct:json");
        }
        if (sdJwtPath.isEmpty() && vcPath.isEmpty()) {
            throw new IllegalArgumentException("a claim names ct:sdJwt or ct:vc, or both");
        }
    }
}
