// Verifies a VC Data Model 1.1 JWT credential (OpenID4VCI's jwt_vc_json) with decentralized-identity's
// did-jwt-vc, offline: the issuer's DID document comes on stdin with the JWT, never from the network.
//
// stdin:  {"jwt": "...", "didDocument": {...}, "now": 1767225600}
// stdout: {"verified": true, "issuer": "...", "subject": "...", "credential": {...}}  (exit 0)
//         {"verified": false, "error": "..."}                                       (exit 1)
import { verifyCredential } from 'did-jwt-vc';

const input = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => resolve(text));
}));

// did-jwt predates DID 1.1's JsonWebKey method type; its JsonWebKey2020 carries the same publicKeyJwk.
const document = structuredClone(input.didDocument);
for (const method of document.verificationMethod ?? []) {
  if (method.type === 'JsonWebKey') {
    method.type = 'JsonWebKey2020';
  }
}
const resolver = {
  resolve: async (did) => did === document.id
    ? { didResolutionMetadata: { contentType: 'application/did+json' }, didDocument: document, didDocumentMetadata: {} }
    : { didResolutionMetadata: { error: 'notFound' }, didDocument: null, didDocumentMetadata: {} },
};

try {
  const result = await verifyCredential(input.jwt, resolver, { policies: { now: input.now } });
  process.stdout.write(JSON.stringify({
    verified: result.verified,
    issuer: result.issuer,
    subject: result.payload.sub ?? null,
    credential: result.verifiableCredential,
  }));
} catch (error) {
  process.stdout.write(JSON.stringify({ verified: false, error: String(error.message ?? error) }));
  process.exit(1);
}
