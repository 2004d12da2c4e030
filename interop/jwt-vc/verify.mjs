// Verifies a VC Data Model 1.1 JWT credential (OpenID4VCI's jwt_vc_json) with decentralized-identity's
// did-jwt-vc, offline: the issuer's DID document comes on stdin with the JWT, never from the network.
//
// stdin:  {"jwt": "...", "didDocument": {...}, "now": 1767225600}
// stdout: {"verified": true, "issuer": "...", "subject": "...", "credential": {...}}  (exit 0)
//         {"verified": false, "error": "..."}                                       (exit 1)
import { verify, readStdin } from './verifying.mjs';

const result = await verify(await readStdin());
process.stdout.write(JSON.stringify(result));
if (!result.verified) {
  process.exit(1);
}
