// Takes up a school node's pre-authorised credential offer as an independent OpenID4VCI 1.0 wallet
// would, with Animo's oid4vc-ts (@openid4vc/openid4vci): resolve the offer and the issuer's and
// authorisation server's metadata, exchange the pre-authorised code and PIN for an access token,
// get a c_nonce from the nonce endpoint, sign a jwt key proof with the holder's key (jose), and
// request every offered configuration. Offline: fetch sends https://<issuer host>/… to the
// loopback node standing in for it, and nothing else anywhere.
//
// stdin:  {"offerUri": "openid-credential-offer://?credential_offer_uri=…", "txCode": "…",
//          "issuer": "https://oakfield.school.example", "route": "http://127.0.0.1:PORT",
//          "holderJwk": {private JWK, Ed25519 or P-256}}
// stdout: {"received": true, "credentials": [{"configurationId": …, "format": …, "credentials": [ … as the node sent them … ]}],
//          "requests": ["POST /token", …]}                                                    exit 0
//         {"received": false, "error": "…", "requests": [ … ]}                                   exit 1
import { Openid4vciClient } from '@openid4vc/openid4vci';
import { clientAuthenticationAnonymous } from '@openid4vc/oauth2';
import { importJWK, SignJWT } from 'jose';
import { createHash, randomBytes } from 'node:crypto';
import { text } from 'node:stream/consumers';

const input = JSON.parse(await text(process.stdin));
const issuer = new URL(input.issuer);
const route = new URL(input.route);
const requests = [];

// The loopback node answers for the issuer's host; any other host is refused, so nothing leaves the machine.
const loopbackFetch = async (resource, init) => {
  const url = new URL(resource instanceof Request ? resource.url : String(resource));
  if (url.origin !== issuer.origin) {
    throw new Error(`refusing to fetch ${url}: only ${issuer.origin} (on loopback) is reachable here`);
  }
  const routed = new URL(url.pathname + url.search, route);
  requests.push(`${init?.method ?? (resource instanceof Request ? resource.method : 'GET')} ${url.pathname}`);
  return fetch(routed, init);
};

const holder = input.holderJwk;
const { d, ...publicJwk } = holder;
const alg = holder.kty === 'OKP' ? 'EdDSA' : 'ES256';
const privateKey = await importJWK(holder, alg);

const client = new Openid4vciClient({
  callbacks: {
    fetch: loopbackFetch,
    hash: (data, algorithm) => createHash(algorithm.replace('-', ''))
      .update(data).digest(),
    generateRandom: (length) => randomBytes(length),
    clientAuthentication: clientAuthenticationAnonymous(),
    // The wallet's own signing: the jwt proof header and payload as oid4vc-ts built them, signed with jose.
    signJwt: async (signer, { header, payload }) => {
      if (signer.method !== 'jwk') throw new Error(`this wallet signs only with its jwk, not by ${signer.method}`);
      const jwt = await new SignJWT(payload).setProtectedHeader(header).sign(privateKey);
      return { jwt, signerJwk: signer.publicJwk };
    },
  },
});

try {
  const offer = await client.resolveCredentialOffer(input.offerUri);
  const metadata = await client.resolveIssuerMetadata(offer.credential_issuer);
  const { accessTokenResponse } = await client.retrievePreAuthorizedCodeAccessTokenFromOffer({
    credentialOffer: offer, issuerMetadata: metadata, txCode: input.txCode,
  });
  const received = [];
  for (const configurationId of offer.credential_configuration_ids) {
    // OpenID4VCI 1.0 §7: a fresh c_nonce from the nonce endpoint for each proof.
    const { c_nonce } = await client.requestNonce({ issuerMetadata: metadata });
    const { jwt } = await client.createCredentialRequestJwtProof({
      issuerMetadata: metadata, credentialConfigurationId: configurationId, nonce: c_nonce,
      signer: { method: 'jwk', alg, publicJwk },
    });
    const response = await client.retrieveCredentials({
      issuerMetadata: metadata, accessToken: accessTokenResponse.access_token, credentialConfigurationId: configurationId,
      proofs: { jwt: [jwt] },
    });
    received.push({
      configurationId,
      format: metadata.credentialIssuer.credential_configurations_supported[configurationId].format,
      credentials: response.credentialResponse.credentials.map((c) => c.credential),
    });
  }
  process.stdout.write(JSON.stringify({ received: true, credentials: received, requests }) + '\n');
} catch (e) {
  const detail = e?.response ? ` (HTTP ${e.response.status}: ${JSON.stringify(e.errorResponse ?? e.response.body ?? '')})` : '';
  process.stdout.write(JSON.stringify({ received: false, error: `${e?.name ?? 'Error'}: ${e?.message ?? e}${detail}`, requests }) + '\n');
  process.exitCode = 1;
}
