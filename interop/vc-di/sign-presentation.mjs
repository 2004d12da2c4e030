// Reads an unsigned presentation on standard input and signs it with eddsa-rdfc-2022 for proof
// purpose authentication using @digitalbazaar/vc, offline. Arguments: the holder's Ed25519 private
// key as a JWK file, the verifier's challenge, and optionally its domain and the proof's `created`
// time. The verification method is the key's did:key. Prints the signed presentation.
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {documentLoader} from './loader.mjs';
import {readFileSync} from 'node:fs';
import {text} from 'node:stream/consumers';

const [jwkFile, challenge, domain, created] = process.argv.slice(2);
if(!jwkFile || !challenge) {
  process.stderr.write('usage: node sign-presentation.mjs KEY.jwk CHALLENGE [DOMAIN] [CREATED] < presentation.json\n');
  process.exit(2);
}
const jwk = JSON.parse(readFileSync(jwkFile, 'utf8'));
const key = await Ed25519Multikey.fromJwk({jwk, secretKey: true});
const did = `did:key:${key.publicKeyMultibase}`;
const keyPair = await Ed25519Multikey.from({
  ...(await key.export({publicKey: true, secretKey: true, includeContext: true})),
  id: `${did}#${key.publicKeyMultibase}`,
  controller: did
});

const presentation = JSON.parse(await text(process.stdin));
const suite = new DataIntegrityProof({
  signer: keyPair.signer(), cryptosuite: eddsaRdfc2022CryptoSuite, ...(created ? {date: created} : {})
});
const signed = await vc.signPresentation({
  presentation, suite, challenge, ...(domain ? {domain} : {}), documentLoader
});
process.stdout.write(JSON.stringify(signed, null, 2) + '\n');
