// Times @digitalbazaar/vc verifying eddsa-rdfc-2022 credentials, for `./satchel bench credentials`.
// Usage: node bench-verify.mjs CREDENTIALS.json ROUNDS
// CREDENTIALS.json holds an array of signed credentials. Each round verifies every credential
// once; the first round warms up and is not counted. Prints {"count", "msPerVerify", "rounds":[…]}
// and exits 1 if any credential fails to verify, so a bench never times failures.
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {documentLoader} from './loader.mjs';
import {readFile} from 'node:fs/promises';

const credentials = JSON.parse(await readFile(process.argv[2], 'utf8'));
const rounds = Number(process.argv[3] ?? 5);
const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

async function verifyAll() {
  for(const credential of credentials) {
    const result = await vc.verifyCredential({
      credential, suite, documentLoader, checkStatus: async () => ({verified: true})
    });
    if(!result.verified) {
      process.stdout.write(JSON.stringify({error: 'a credential did not verify'}) + '\n');
      process.exit(1);
    }
  }
}

await verifyAll();
const perRound = [];
for(let i = 0; i < rounds; i++) {
  const started = process.hrtime.bigint();
  await verifyAll();
  perRound.push(Number(process.hrtime.bigint() - started) / 1e6 / credentials.length);
}
const sorted = [...perRound].sort((a, b) => a - b);
process.stdout.write(JSON.stringify({
  count: credentials.length, msPerVerify: sorted[Math.floor(sorted.length / 2)], rounds: perRound
}) + '\n');
