// The JSON-LD contexts Satchel bundles, served from the project's own copies and nothing else.
// The table mirrors org.satchel.vocab.jsonld.BundledContexts; DigitalBazaarInteropTest runs
// `node contexts.mjs` and fails if the two drift apart.
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {dirname, join} from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, '..', '..', 'vocab', 'src', 'main', 'resources', 'org', 'satchel', 'vocab', 'contexts');

export const BUNDLED = new Map([
  ['https://www.w3.org/ns/credentials/v2', 'credentials-v2.jsonld'],
  ['https://www.w3.org/ns/credentials/examples/v2', 'credentials-examples-v2.jsonld'],
  ['https://www.w3.org/2018/credentials/v1', 'credentials-v1.jsonld'],
  ['https://w3id.org/security/data-integrity/v2', 'data-integrity-v2.jsonld'],
  ['https://w3id.org/security/multikey/v1', 'multikey-v1.jsonld'],
  ['https://www.w3.org/ns/did/v1', 'did-v1.jsonld'],
  ['https://www.w3.org/ns/did/v1.1', 'did-v1.1.jsonld'],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json', 'ob-v3p0-context-3.0.3.json'],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json', 'ob-v3p0-context-3.0.2.json'],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json', 'ob-v3p0-context-3.0.1.json'],
  ['https://purl.imsglobal.org/spec/ob/v3p0/context.json', 'ob-v3p0-context.json'],
  ['https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json', 'clr-v2p0-context-2.0.1.json'],
  ['https://w3id.org/satchel/credentials/v1', 'satchel-credentials-v1.jsonld'],
]);

const parsed = new Map();

/** The bundled context at exactly this URL, parsed, or undefined. */
export function bundledContext(url) {
  const file = BUNDLED.get(url);
  if(file === undefined) {
    return undefined;
  }
  if(!parsed.has(url)) {
    parsed.set(url, JSON.parse(readFileSync(join(folder, file), 'utf8')));
  }
  return parsed.get(url);
}

// Run directly, print the table so the Java side can compare it with BundledContexts.
if(process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(JSON.stringify(Object.fromEntries(BUNDLED)) + '\n');
}
