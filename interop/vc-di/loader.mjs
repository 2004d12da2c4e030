// A JSON-LD document loader with no network: Satchel's bundled contexts, and did:key DIDs and
// verification methods expanded locally by Digital Bazaar's did-method-key. Anything else is refused.
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {driver} from '@digitalbazaar/did-method-key';
import {bundledContext} from './contexts.mjs';

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
  throw new Error(`refusing to load ${url}: not a bundled context or a did:key (no network here)`);
}
