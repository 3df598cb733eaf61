// Test access to the seeds and the bundled corpus built from them (the same build the extension ships).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSeedPack, SEEDS_DIR } from '../../src/cli/seed-corpus';
import type { CorpusPack } from '../../src/engine/corpus/pack-format';
import { buildCorpusIndex, type CorpusIndex } from '../../src/engine/match/corpus-index';
import type { ArticleInput } from '../../src/engine/types';

export const SEED_FILES = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

export function seedText(prefix: string): string {
  const file = SEED_FILES.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed file starting with ${prefix}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

export function seedInput(prefix: string): ArticleInput {
  return { title: '', text: seedText(prefix), date: '2025-02-12' };
}

let pack: Promise<CorpusPack> | undefined;
export function seedPack(): Promise<CorpusPack> {
  pack ??= buildSeedPack();
  return pack;
}

export async function seedCorpus(): Promise<CorpusIndex> {
  return buildCorpusIndex(await seedPack());
}

/** The seed pack without one seed: how the corpus looks to a reader on that seed's page before it is added. */
export async function seedCorpusWithout(prefix: string): Promise<CorpusIndex> {
  const full = await seedPack();
  const text = seedText(prefix);
  const id = full.articles.find((a) => a.text === text)!.id;
  return buildCorpusIndex({
    articles: full.articles.filter((a) => a.id !== id),
    events: full.events.map((e) => ({ ...e, articleIds: e.articleIds.filter((a) => a !== id) })),
  });
}

export const FIXTURE_ARTICLES = join(import.meta.dirname, '..', 'fixtures', 'articles');

/** A written test article: first line title, rest text. */
export function fixtureArticle(name: string, date: string | null = null): ArticleInput {
  const [title, ...rest] = readFileSync(join(FIXTURE_ARTICLES, `${name}.txt`), 'utf8').split('\n');
  return { title: title!.trim(), text: rest.join('\n'), date };
}
