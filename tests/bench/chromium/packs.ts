// Generated corpus packs for the browser benchmarks, written once and cached in the temp directory, keyed by
// size, seed and a fingerprint of the generator's source: a changed generator writes new packs, an unchanged
// one reuses them (generating 50,000 articles takes a few seconds and ~0.5 GB).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../generate-corpus';

const CACHE_DIR = path.join(os.tmpdir(), 'parallax-bench-packs');
const GENERATOR_SOURCES = [path.join(import.meta.dirname, '..', 'generate-corpus.ts'), path.join(import.meta.dirname, '..', 'corpus-gen')];

export interface CachedPack {
  file: string;
  articles: number;
  bytes: number;
  /** Whether it was generated now (false: read from the cache). */
  generated: boolean;
}

function sourceFiles(entry: string): string[] {
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs.readdirSync(entry).sort().flatMap((name) => sourceFiles(path.join(entry, name)));
}

/** A hash of every generator source file, so a cached pack is never one an older generator wrote. */
export function generatorFingerprint(): string {
  const hash = crypto.createHash('sha256');
  for (const file of GENERATOR_SOURCES.flatMap(sourceFiles)) hash.update(file).update(fs.readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

export function cachedPack(articles: number, seed: number, log: (line: string) => void = () => undefined): CachedPack {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const stem = `generated-${articles}-seed${seed}`;
  const file = path.join(CACHE_DIR, `${stem}-${generatorFingerprint()}.json`);
  if (fs.existsSync(file)) return { file, articles, bytes: fs.statSync(file).size, generated: false };
  for (const stale of fs.readdirSync(CACHE_DIR).filter((name) => name.startsWith(`${stem}-`))) fs.rmSync(path.join(CACHE_DIR, stale), { force: true });
  log(`generating ${articles.toLocaleString('en-US')} articles (seed ${seed}) into ${file}`);
  const { pack } = generateCorpus({ articles, seed });
  if (pack.articles.length !== articles) throw new Error(`generateCorpus(${articles}, seed ${seed}) gave ${pack.articles.length} articles`);
  // Written under a temporary name and renamed: a run stopped half-way leaves no truncated pack in the cache.
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, JSON.stringify(pack));
  fs.renameSync(partial, file);
  return { file, articles, bytes: fs.statSync(file).size, generated: true };
}
