// verify.mjs for several credentials in one process (Node and the JSON-LD stack start once).
// stdin:  a JSON array of credentials secured with eddsa-rdfc-2022
// stdout: a JSON array of {"verified": true|false, "errors": [...]}, in the same order; exit 0
// Optional argument: the time to check validity at (ISO 8601).
import {verify} from './verifying.mjs';
import {text} from 'node:stream/consumers';

const credentials = JSON.parse(await text(process.stdin));
const results = [];
for(const credential of credentials) {
  results.push(await verify(credential, process.argv[2]));
}
process.stdout.write(JSON.stringify(results) + '\n');
