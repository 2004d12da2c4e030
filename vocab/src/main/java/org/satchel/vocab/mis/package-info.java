/**
 * Reading an MIS-style CSV export (a directory of files such as pupils.csv and attendance.csv, as
 * {@code SchoolGenerator.writeCsv} writes them) back into Satchel's RDF: the school graph and one
 * graph per learner, with every record named as the generator names it and traceable to the row it
 * came from. Start at {@link org.satchel.vocab.mis.MisExport}; problems with the files come back as
 * {@link org.satchel.vocab.mis.MisProblem} values, never as exceptions.
 */
package org.satchel.vocab.mis;
