// `npm run lint`'s cycle check: fails, naming each cycle, when the modules under a folder (src/ by default)
// import one another in a circle.

import { resolve } from 'node:path';
import { describeCycle, findImportCycles } from './import-cycles';

const root = resolve(process.argv[2] ?? 'src');
const cycles = findImportCycles(root);
for (const cycle of cycles) console.error(describeCycle(cycle));
if (cycles.length > 0) {
  console.error(`${cycles.length} import cycle(s) under ${root}: break each (a shared type moves to a module both import).`);
  process.exit(1);
}
console.log(`no import cycle under ${root}`);
