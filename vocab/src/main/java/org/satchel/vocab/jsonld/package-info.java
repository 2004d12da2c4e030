/**
 * JSON-LD without the network: the contexts Satchel ships ({@link org.satchel.vocab.jsonld.BundledContexts}),
 * a titanium loader that serves only those ({@link org.satchel.vocab.jsonld.OfflineDocumentLoader}), and
 * titanium options and a Jena reader wired to it ({@link org.satchel.vocab.jsonld.JsonLdOffline}).
 */
package org.satchel.vocab.jsonld;
