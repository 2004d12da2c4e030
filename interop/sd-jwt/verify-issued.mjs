// Verifies SD-JWT VCs as issued (no key binding yet: the wallet presents later) with OpenWallet
// Foundation's sd-jwt-js, offline. The issuer's key is looked up, as a verifier would, by the
// header's kid in the issuer's DID document, which comes on stdin; the status list tokens the
// credentials point to come on stdin too, by URI, and are checked.
//
// stdin:  {"credentials": ["<sd-jwt>~", ...], "didDocument": {...},
//          "statusLists": {"<uri>": "<statuslist+jwt>", ...}, "now": <seconds>}
// stdout: a JSON array, in order, of
//           {"verified": true, "header": {...}, "claims": {...}, "disclosures": [[salt, name, value] | [salt, value], ...]}
//           {"verified": false, "error": "..."}
//         exit 0
import { SDJwtVcInstance } from '@sd-jwt/sd-jwt-vc';
import { digest } from '@sd-jwt/crypto-nodejs';
import { decodeSdJwt } from '@sd-jwt/decode';
import { readStdin, verifierFor } from './keys.mjs';

const input = await readStdin();
const document = input.didDocument;

// SD-JWT VC §3.5 (issuer-signed JWT verification key): a DID in iss names its key by a DID URL in kid.
function issuerKey(header) {
  if (typeof header.kid !== 'string') throw new Error('the header has no kid to find the issuer key by');
  const id = header.kid.startsWith('#') ? document.id + header.kid : header.kid;
  if (!id.startsWith(document.id + '#')) throw new Error(`kid ${header.kid} is not a key of ${document.id}`);
  const method = (document.verificationMethod ?? []).find((m) => m.id === id);
  if (!method?.publicKeyJwk) throw new Error(`${document.id} has no verification method ${id} with a publicKeyJwk`);
  const assertion = (document.assertionMethod ?? []).map((m) => (typeof m === 'string' ? m : m.id));
  if (!assertion.includes(id)) throw new Error(`${id} is not an assertionMethod of ${document.id}`);
  return method.publicKeyJwk;
}

async function verifyOne(credential) {
  const decoded = await decodeSdJwt(credential, digest);
  const header = decoded.jwt.header;
  const key = await verifierFor(issuerKey(header));
  const sdjwt = new SDJwtVcInstance({
    hasher: digest,
    verifier: key,
    statusListFetcher: async (uri) => {
      const token = input.statusLists?.[uri];
      if (!token) throw new Error(`no status list for ${uri}`);
      return token;
    },
  });
  const result = await sdjwt.verify(credential, { currentDate: input.now });
  // sd-jwt-js leaves these to the application: checked here, as SD-JWT VC asks.
  if (result.header?.typ !== 'dc+sd-jwt') throw new Error(`typ ${result.header?.typ} is not dc+sd-jwt`);
  if (result.payload.iss !== document.id) throw new Error(`iss ${result.payload.iss} is not ${document.id}`);
  if (typeof result.payload.vct !== 'string') throw new Error('no vct');
  return {
    verified: true,
    header: result.header,
    claims: result.payload,
    disclosures: decoded.disclosures.map((d) => (d.key === undefined ? [d.salt, d.value] : [d.salt, d.key, d.value])),
  };
}

const results = [];
for (const credential of input.credentials) {
  try {
    results.push(await verifyOne(credential));
  } catch (e) {
    results.push({ verified: false, error: String(e?.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(results) + '\n');
