// Prints the DID document Digital Bazaar's did-method-key expands a did:key into (argument 1).
import {documentLoader} from './loader.mjs';

const did = process.argv[2];
if(!did?.startsWith('did:key:')) {
  process.stderr.write('usage: node did.mjs did:key:z…\n');
  process.exit(2);
}
const {document} = await documentLoader(did);
process.stdout.write(JSON.stringify(document) + '\n');
