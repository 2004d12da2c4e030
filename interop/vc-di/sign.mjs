// Reads an unsigned credential on standard input and signs it with eddsa-rdfc-2022 using
// @digitalbazaar/vc, offline. Argument 1: the Ed25519 private key as a JWK file. Argument 2
// (optional): the proof's `created` time (ISO 8601). The verification method is the key's did:key
// (did:key:z6Mk…#z6Mk…); the credential's issuer is left as given. Prints the signed credential.
import * as vc from '@digitalbazaar/vc';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {documentLoader} from './loader.mjs';
import {readFileSync} from 'node:fs';
import {text} from 'node:stream/consumers';

const [jwkFile, created] = process.argv.slice(2);
if(!jwkFile) {
  process.stderr.write('usage: node sign.mjs KEY.jwk [CREATED] < credential.json\n');
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

const credential = JSON.parse(await text(process.stdin));
const suite = new DataIntegrityProof({
  signer: keyPair.signer(), cryptosuite: eddsaRdfc2022CryptoSuite, ...(created ? {date: created} : {})
});
const signed = await vc.issue({credential, suite, documentLoader});
process.stdout.write(JSON.stringify(signed, null, 2) + '\n');
