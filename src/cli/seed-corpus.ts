// Builds the bundled corpus pack from seeds/: the manifest says what is known about each file, the engine
// clusters the events. Shared by the build (which writes the pack into the extension) and `compare`.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCorpusPack, type CorpusPack, parseSeedManifest, seedArticle } from '../engine';

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

export async function buildSeedPack(seedsDir = SEEDS_DIR): Promise<CorpusPack> {
  const manifestPath = join(seedsDir, 'manifest.json');
  const manifest = parseSeedManifest(JSON.parse(await readFile(manifestPath, 'utf8')), manifestPath);
  const articles = await Promise.all(
    manifest.map(async (entry) => seedArticle(entry, await readFile(join(seedsDir, entry.file), 'utf8'))),
  );
  return buildCorpusPack(articles, 'Bundled with Parallax: German reports of one event from outlets of different leanings.');
}
