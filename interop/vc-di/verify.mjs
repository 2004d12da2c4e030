// Reads a credential secured with eddsa-rdfc-2022 on standard input and verifies it with
// @digitalbazaar/vc, offline. Prints {"verified": true|false, "errors": [...]} and exits 0 when
// verified, 1 when not. Optional argument: the time to check validity at (ISO 8601).
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {documentLoader} from './loader.mjs';
import {text} from 'node:stream/consumers';

const credential = JSON.parse(await text(process.stdin));
const now = process.argv[2];
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

let result;
try {
  result = await vc.verifyCredential({
    credential, suite, documentLoader, ...(now ? {now} : {}),
    // Status lists are checked elsewhere; accept the entry unchecked so status never fails this.
    checkStatus: async () => ({verified: true})
  });
} catch(e) {
  result = {verified: false, error: e};
}
const errors = [];
const collect = e => {
  if(!e) {
    return;
  }
  if(Array.isArray(e)) {
    e.forEach(collect);
    return;
  }
  errors.push(String(e.message ?? e));
  collect(e.errors);
};
collect(result.error);
for(const r of result.results ?? []) {
  collect(r.error);
}
process.stdout.write(JSON.stringify({verified: result.verified === true, errors}) + '\n');
process.exitCode = result.verified === true ? 0 : 1;
