// Reads a presentation secured with eddsa-rdfc-2022 on standard input and verifies it, and the
// credentials in it, with @digitalbazaar/vc, offline. Arguments: the challenge, optionally the
// domain and the time to check validity at. Prints {"verified": …, "errors": […]}; exit 0 when
// verified, 1 when not.
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {documentLoader} from './loader.mjs';
import {errorCollector} from './verifying.mjs';
import {text} from 'node:stream/consumers';

const [challenge, domain, now] = process.argv.slice(2);
const presentation = JSON.parse(await text(process.stdin));
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
let result;
try {
  result = await vc.verify({
    presentation, suite, challenge, ...(domain ? {domain} : {}), documentLoader, ...(now ? {now} : {}),
    checkStatus: async () => ({verified: true})
  });
} catch(e) {
  result = {verified: false, error: e};
}
const errors = [];
const collect = errorCollector(errors);
collect(result.error);
collect(result.presentationResult?.error);
for(const r of result.presentationResult?.results ?? []) {
  collect(r.error);
}
for(const c of result.credentialResults ?? []) {
  collect(c.error);
}
process.stdout.write(JSON.stringify({verified: result.verified === true, errors}) + '\n');
process.exitCode = result.verified === true ? 0 : 1;
