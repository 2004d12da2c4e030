package org.satchel.vocab.mis;

import java.util.List;

/** Reads one learner's rows of one file into that learner's graph, in the order the file gives them. */
@FunctionalInterface
interface RowReader {
    void read(List<Cursor.Line> rows, GraphOut out);
}
