// `npm run build:corpus [out.json]`: writes the bundled corpus pack that the extension ships (the background
// imports it from src/generated/, so it is part of the build, not fetched).

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildSeedPack } from './seed-corpus';

const out = process.argv[2] ?? join(import.meta.dirname, '..', 'generated', 'bundled-corpus.json');
const pack = await buildSeedPack();
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(pack, null, 1)}\n`);
console.log(`bundled corpus: ${pack.articles.length} articles in ${pack.events.length} event(s) → ${out}`);
