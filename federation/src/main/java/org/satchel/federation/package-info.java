/**
 * What crosses between organisations: the trust registry, signed membership, learner transfer,
 * the Merkle audit log and privacy-preserving aggregates. Pure logic and HTTP clients.
 */
package org.satchel.federation;
