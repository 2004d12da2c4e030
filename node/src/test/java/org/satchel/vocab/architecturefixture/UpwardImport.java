package org.satchel.vocab.architecturefixture;

import org.satchel.node.cli.Satchel;

/** A deliberate violation for ModuleDirectionTest: a "vocab" class that reaches up into the node. */
public final class UpwardImport {
    private UpwardImport() {}

    /** Uses the node's launcher, which vocab must never do. */
    public static Satchel reachUp() {
        return new Satchel();
    }
}
