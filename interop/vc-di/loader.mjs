// A JSON-LD document loader with no network: Satchel's bundled contexts, did:key DIDs and
// verification methods expanded locally by Digital Bazaar's did-method-key, and the DID documents
// (did:web, as a school node serves them) in the JSON file SATCHEL_DID_DOCUMENTS names, an object
// from DID to document, if set. Anything else is refused.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {driver} from '@digitalbazaar/did-method-key';
import {bundledContext} from './contexts.mjs';
import {readFileSync} from 'node:fs';

const didKey = driver();
didKey.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

export async function documentLoader(url) {
  const context = bundledContext(url);
  if(context !== undefined) {
    return {contextUrl: null, documentUrl: url, document: context};
  }
  if(url.startsWith('did:key:')) {
    const document = await didKey.get({url});
    return {contextUrl: null, documentUrl: url, document};
  }
  const pinned = pinnedDidDocument(url);
  if(pinned !== undefined) {
    return {contextUrl: null, documentUrl: url, document: pinned};
  }
  throw new Error(`refusing to load ${url}: not a bundled context or a did:key (no network here)`);
}

let pinnedDocuments;

// A DID's pinned document, or for a DID URL with a fragment the verification method it names,
// carrying the document's @context so that it is JSON-LD on its own.
function pinnedDidDocument(url) {
  if(!process.env.SATCHEL_DID_DOCUMENTS || !url.startsWith('did:')) {
    return undefined;
  }
  pinnedDocuments ??= JSON.parse(readFileSync(process.env.SATCHEL_DID_DOCUMENTS, 'utf8'));
  const [did] = url.split('#');
  const document = pinnedDocuments[did];
  if(document === undefined || did === url) {
    return document;
  }
  const method = (document.verificationMethod ?? []).find(m => m.id === url);
  return method === undefined ? undefined : {'@context': document['@context'], ...method};
}
