// Verifies an SD-JWT VC presentation with OpenWallet Foundation's sd-jwt-js, key binding included.
// stdin:  {"presentation": "...", "issuerJwk": {...}, "nonce": "...", "aud": "...",
//          "now": <seconds, optional>, "statusList": "<statuslist+jwt, optional>"}
// stdout: {"verified": true, "claims": {...}, "kb": {...}}  exit 0
//         {"verified": false, "error": "..."}                 exit 1
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { digest } from '@sd-jwt/crypto-nodejs';
import { readStdin, verifierFor } from './keys.mjs';

const input = await readStdin();
try {
  const issuerVerifier = await verifierFor(input.issuerJwk);
  const sdjwt = new SDJwtVcInstance({
    hasher: digest,
    verifier: issuerVerifier,
    // RFC 9901 §7.3 step 5.3: the KB-JWT must be signed by the key in the credential's cnf claim.
    kbVerifier: async (data, signature, payload) => {
      if (!payload?.cnf?.jwk) throw new Error('the credential names no holder key (cnf.jwk)');
      return (await verifierFor(payload.cnf.jwk))(data, signature);
    },
    // Offline: the status list the test serves, never the network.
    statusListFetcher: async (uri) => {
      if (!input.statusList) throw new Error(`no status list for ${uri}`);
      return input.statusList;
    },
  });
  const result = await sdjwt.verify(input.presentation, {
    keyBindingNonce: input.nonce,
    currentDate: input.now,
  });
  // sd-jwt-js leaves these to the application: checked here, as RFC 9901 §7.3 and SD-JWT VC ask.
  if (result.header?.typ !== 'dc+sd-jwt') throw new Error(`typ ${result.header?.typ} is not dc+sd-jwt`);
  if (!result.kb) throw new Error('no key binding JWT');
  if (result.kb.payload.aud !== input.aud) throw new Error(`aud ${result.kb.payload.aud} is not ${input.aud}`);
  process.stdout.write(JSON.stringify({ verified: true, claims: result.payload, kb: result.kb.payload }) + '\n');
} catch (e) {
  process.stdout.write(JSON.stringify({ verified: false, error: String(e?.message ?? e) }) + '\n');
  process.exitCode = 1;
}
