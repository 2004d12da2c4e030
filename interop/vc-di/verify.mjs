// Reads a credential secured with eddsa-rdfc-2022 on standard input and verifies it with
// @digitalbazaar/vc, offline. Prints {"verified": true|false, "errors": [...]} and exits 0 when
// verified, 1 when not. Optional argument: the time to check validity at (ISO 8601).
import {verify} from './verifying.mjs';
import {text} from 'node:stream/consumers';

const credential = JSON.parse(await text(process.stdin));
const result = await verify(credential, process.argv[2]);
process.stdout.write(JSON.stringify(result) + '\n');
process.exitCode = result.verified ? 0 : 1;
