package org.satchel.vocab.generator;

/** One family of a learner's records (attendance, homework…), simulated once and written both ways. */
interface RecordFamily {
    /** Writes the family's records, with provenance, as triples. */
    void rdf(RecordOut out);

    /** Writes the same records as rows of the MIS-style CSV export. */
    void csv(CsvRows rows);
}
