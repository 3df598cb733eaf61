// `npm run pack -- INPUT… --out PACK.json` (or `npx parallax-pack …`): builds or extends a corpus pack from
// feeds, article addresses, saved pages and web archives. See pack-args.ts for the inputs and options.

import { rmSync } from 'node:fs';
import { runPack } from './pack-run';
import { temporaryPathFor } from './write-pack-file';

// Ctrl-C before the final rename leaves the old pack as it was; a temporary file being written is removed.
process.on('SIGINT', () => {
  const out = process.argv.slice(2).find((arg, i, all) => all[i - 1] === '--out') ?? /--out=(.*)/.exec(process.argv.join(' '))?.[1];
  if (out) rmSync(temporaryPathFor(out), { force: true });
  process.stderr.write(`\nparallax-pack: interrupted${out ? `; ${out} is left as it was` : ''}\n`);
  process.exit(130);
});

process.exitCode = await runPack(process.argv.slice(2), { out: process.stdout, err: process.stderr });
