// WebCrypto parameters for the two key types Satchel signs with, for @sd-jwt/crypto-nodejs.
import { getSigner, getVerifier } from '@sd-jwt/crypto-nodejs';

function algorithms(jwk) {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') {
    return { alg: 'EdDSA', key: { name: 'Ed25519' }, sign: { name: 'Ed25519' } };
  }
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') {
    return { alg: 'ES256', key: { name: 'ECDSA', namedCurve: 'P-256' }, sign: { name: 'ECDSA', hash: { name: 'SHA-256' } } };
  }
  throw new Error(`unsupported key: ${jwk.kty} ${jwk.crv}`);
}

// WebCrypto refuses JWK members it does not expect on import (kid is fine, d is not for a public key).
function publicPart(jwk) {
  const { kty, crv, x, y } = jwk;
  return y === undefined ? { kty, crv, x } : { kty, crv, x, y };
}

export function signAlgorithm(jwk) {
  return algorithms(jwk).alg;
}

export async function signerFor(privateJwk) {
  const a = algorithms(privateJwk);
  const { kty, crv, x, y, d } = privateJwk;
  return getSigner(y === undefined ? { kty, crv, x, d } : { kty, crv, x, y, d }, a.key, a.sign);
}

export async function verifierFor(jwk) {
  const a = algorithms(jwk);
  return getVerifier(publicPart(jwk), a.key, a.sign);
}

export { publicPart };

export async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}
