/**
 * The W3C VC API (now "Verifiable Credential API for Lifecycle Management", w3c/vcalm) on the
 * school node: {@link org.satchel.node.vcapi.VcApiService} answers {@code /credentials/issue},
 * {@code /credentials/verify} and {@code /presentations/verify} with the specification's request
 * and response shapes, so that the W3C conformance suites can be pointed at a node.
 */
package org.satchel.node.vcapi;
