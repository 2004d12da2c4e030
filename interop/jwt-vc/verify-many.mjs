// verify.mjs for several credentials in one process.
// stdin:  {"jwts": ["...", ...], "didDocument": {...}, "now": 1767225600}
// stdout: a JSON array of verify.mjs's answers, in the same order; exit 0
import { verify, readStdin } from './verifying.mjs';

const input = await readStdin();
const results = [];
for (const jwt of input.jwts) {
  results.push(await verify({ jwt, didDocument: input.didDocument, now: input.now }));
}
process.stdout.write(JSON.stringify(results) + '\n');
