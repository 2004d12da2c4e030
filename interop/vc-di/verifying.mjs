// Verifies one credential secured with eddsa-rdfc-2022 with @digitalbazaar/vc, offline (loader.mjs):
// {verified, errors}. Shared by verify.mjs (one credential) and verify-many.mjs (several in one process).
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {documentLoader} from './loader.mjs';

export async function verify(credential, now) {
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
  const collect = errorCollector(errors);
  collect(result.error);
  for(const r of result.results ?? []) {
    collect(r.error);
  }
  return {verified: result.verified === true, errors};
}

/** A function that flattens @digitalbazaar/vc's nested errors into messages pushed onto {@code errors}. */
export function errorCollector(errors) {
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
  return collect;
}
