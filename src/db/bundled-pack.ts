// The corpus pack the extension ships, built from seeds/ by `npm run build:corpus` and bundled with the
// code (no fetch). Validated like any pack, so a broken build fails loudly, naming the record.

import json from '../generated/bundled-corpus.json';
import { parseCorpusPack, type CorpusPack } from '../engine';

export function bundledPack(): CorpusPack {
  return parseCorpusPack(json, 'bundled corpus', 'bundled');
}
