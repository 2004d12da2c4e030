// Verifies one VC Data Model 1.1 JWT credential (OpenID4VCI's jwt_vc_json) with
// decentralized-identity's did-jwt-vc, offline: the issuer's DID document is given, never fetched.
// Shared by verify.mjs (one credential) and verify-many.mjs (several in one process).
import { verifyCredential } from 'did-jwt-vc';

export async function verify({ jwt, didDocument, now }) {
  // did-jwt predates DID 1.1's JsonWebKey method type; its JsonWebKey2020 carries the same publicKeyJwk.
  const document = structuredClone(didDocument);
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
    const result = await verifyCredential(jwt, resolver, { policies: { now } });
    return {
      verified: result.verified,
      issuer: result.issuer,
      subject: result.payload.sub ?? null,
      credential: result.verifiableCredential,
    };
  } catch (error) {
    return { verified: false, error: String(error.message ?? error) };
  }
}

export async function readStdin() {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return JSON.parse(text);
}
