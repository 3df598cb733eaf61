// Loads the corpus `compare` compares against: the packs named with --corpus, or the bundled one built
// from seeds/. A pack that cannot be read or is not a valid pack is an InputError naming the file.

import { readFile } from 'node:fs/promises';
import { CorpusPackError, parseCorpusPack, type CorpusPack, mergeCorpusPacks } from '../engine';
import { InputError } from './read-article-file';
import { buildSeedPack } from './seed-corpus';

async function readPack(path: string): Promise<CorpusPack> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read the corpus pack (${code === 'ENOENT' ? 'no such file' : code ?? 'unknown error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`${path}: the corpus pack is not valid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  try {
    return parseCorpusPack(json, path);
  } catch (error) {
    if (error instanceof CorpusPackError) throw new InputError(error.message);
    throw error;
  }
}

export async function loadCorpus(paths: string[]): Promise<CorpusPack> {
  if (paths.length === 0) return buildSeedPack();
  // Merging also clusters articles that a pack leaves outside any event (or a pack without events).
  return mergeCorpusPacks(await Promise.all(paths.map(readPack)));
}
