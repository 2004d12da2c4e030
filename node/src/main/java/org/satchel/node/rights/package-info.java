/**
 * The learner's rights, made real over HTTP by {@link org.satchel.node.rights.RightsService}:
 * deciding what is shared beyond what the law requires, having a wrong record put right, getting
 * everything held about them at once, having erased what the school need not keep, delegating
 * access to an advocate, and a different identifier for each relying party
 * ({@link org.satchel.node.rights.PairwiseIdentifiers}). Each right asks the gatekeeper first and
 * writes its access event in the same update as its change; a refusal is logged and changes nothing.
 */
package org.satchel.node.rights;
