// The pack command from arguments to a written pack: read the pack to extend (refusing one that is not a
// valid pack, before anything is fetched), harvest every input, keep the chosen languages, place the new
// articles beside the pack's events, write the pack whole, and summarise. Returns the exit code.

import { readFile } from 'node:fs/promises';
import {
  CorpusPackError,
  parseCorpusPack,
  type CorpusPack,
  emptyPack,
  extendPack,
  type CorpusArticle,
} from '../../engine';
import { Harvest } from './harvest';
import { parsePackArgs, UsageError, type PackOptions } from './pack-args';
import { PackProgress, type Output } from './pack-progress';
import { PoliteFetcher } from './polite-fetcher';
import { writePackFile } from './write-pack-file';

export interface PackIo {
  /** The summary. */
  out: Output;
  /** Progress, and each failure and skip named. */
  err: Output;
  /** Delay before the one retry of a transient failure (tests shorten it). */
  retryDelayMs?: number;
}

async function readExistingPack(path: string): Promise<CorpusPack | null> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new UsageError(`${path}: cannot read the pack to extend (${(error as NodeJS.ErrnoException).code})`);
  }
  try {
    return parseCorpusPack(JSON.parse(raw), path);
  } catch (error) {
    if (error instanceof CorpusPackError) throw new UsageError(`${error.message}; it is left as it is`);
    throw new UsageError(`${path}: is not a corpus pack (not valid JSON: ${(error as Error).message.split('\n')[0]}); it is left as it is`);
  }
}

export async function runPack(argv: string[], io: PackIo): Promise<number> {
  let options: PackOptions;
  let existing: CorpusPack | null;
  try {
    options = parsePackArgs(argv);
    existing = await readExistingPack(options.out);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err.write(`parallax-pack: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  const progress = new PackProgress(io.err);
  const fetcher = new PoliteFetcher({ timeoutMs: options.timeoutMs, perHost: options.perHost, respectRobots: options.respectRobots, retryDelayMs: io.retryDelayMs });
  const harvest = new Harvest(fetcher, progress, { since: options.since, until: options.until });
  await harvest.run(options.inputs);
  // Network timing decides the order articles arrive in; the pack should not depend on it.
  harvest.articles.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  const candidates = harvest.articles.filter((article) => {
    if (options.languages.length === 0 || options.languages.includes(article.language)) return true;
    progress.skip(null, `language ${article.language} not in --lang`);
    return false;
  });
  progress.close();

  const harvested = performance.now();
  const base = existing ?? emptyPack(options.description ?? undefined);
  const result = extendPack(base, candidates);
  const placed = performance.now();
  for (const _ of result.alreadyHeld) progress.skip(null, 'already in the pack');
  let bytes: number | null = null;
  if (result.added.length > 0 || !existing) bytes = await writePackFile(options.out, result.pack);
  io.out.write(summary(options.out, result.pack, result.added, result.newEvents.length, result.grownEvents.length, bytes, existing !== null));
  io.out.write(`${progress.counts()}\n`);
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  const ended = performance.now();
  io.out.write(`time: ${seconds(started, ended)} (reading and extracting ${seconds(started, harvested)}, placing in events ${seconds(harvested, placed)}, writing ${seconds(placed, ended)})\n`);
  const nothingRead = progress.extracted === 0 && progress.failed.size > 0;
  return nothingRead ? 1 : 0;
}

function summary(path: string, pack: CorpusPack, added: CorpusArticle[], formed: number, grown: number, bytes: number | null, extended: boolean): string {
  const lines: string[] = [];
  if (bytes === null) lines.push(`${path}: nothing new; the pack is left as it was (${pack.articles.length} articles in ${pack.events.length} events)`);
  else {
    lines.push(`${path}: ${extended ? 'extended' : 'written'}: ${added.length} article${added.length === 1 ? '' : 's'} added, ${formed} new event${formed === 1 ? '' : 's'} formed${grown ? `, ${grown} existing event${grown === 1 ? '' : 's'} grown` : ''}`);
    lines.push(`pack: ${pack.articles.length} articles in ${pack.events.length} events, ${(bytes / 1024).toFixed(1)} KB`);
  }
  const perOutlet = new Map<string, number>();
  for (const a of added) perOutlet.set(a.outlet.name ?? '(outlet unknown)', (perOutlet.get(a.outlet.name ?? '(outlet unknown)') ?? 0) + 1);
  if (perOutlet.size > 0) {
    lines.push('added per outlet:');
    for (const [outlet, n] of [...perOutlet].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(`  ${outlet}: ${n}`);
  }
  return `${lines.join('\n')}\n`;
}
