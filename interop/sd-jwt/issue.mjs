// Issues an SD-JWT VC with OpenWallet Foundation's sd-jwt-js and presents it with a KB-JWT.
// stdin:  {"issuerJwk": {...private}, "holderJwk": {...private}, "iss": "...", "vct": "...", "iat": <seconds>,
//          "claims": {...}, "disclosureFrame": {...}, "presentationFrame": {...}, "nonce": "...", "aud": "..."}
// stdout: {"issued": "<sd-jwt>", "presentation": "<sd-jwt+kb>"}
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { digest, generateSalt } from '@sd-jwt/crypto-nodejs';
import { publicPart, readStdin, signAlgorithm, signerFor } from './keys.mjs';

const input = await readStdin();
const sdjwt = new SDJwtVcInstance({
  hasher: digest,
  hashAlg: 'sha-256',
  saltGenerator: generateSalt,
  signer: await signerFor(input.issuerJwk),
  signAlg: signAlgorithm(input.issuerJwk),
  kbSigner: await signerFor(input.holderJwk),
  kbSignAlg: signAlgorithm(input.holderJwk),
});
const issued = await sdjwt.issue(
  { iss: input.iss, iat: input.iat, vct: input.vct, cnf: { jwk: publicPart(input.holderJwk) }, ...input.claims },
  input.disclosureFrame,
  input.issuerJwk.kid ? { header: { kid: input.issuerJwk.kid } } : undefined,
);
const presentation = await sdjwt.present(issued, input.presentationFrame, {
  kb: { payload: { iat: input.iat, aud: input.aud, nonce: input.nonce } },
});
process.stdout.write(JSON.stringify({ issued, presentation }) + '\n');
