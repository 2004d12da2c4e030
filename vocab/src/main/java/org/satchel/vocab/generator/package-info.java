/**
 * The synthetic school generator: an all-through school over up to fourteen academic years,
 * one named graph per learner holding every record a school keeps (each with its provenance),
 * written as N-Quads, as an MIS-style CSV export, or handed over as Jena graphs one learner at a
 * time. Start at {@link org.satchel.vocab.generator.SchoolGenerator}; everything else in the
 * package is how it is made.
 *
 * <p>Rates follow published national statistics for England (absence, free school meals, SEN,
 * KS2, GCSE and A level results, suspensions), each cited where it is used, and move together
 * through a per-learner latent profile. Nothing reads a clock or a shared random source: the
 * same options give the same bytes.
 */
package org.satchel.vocab.generator;
