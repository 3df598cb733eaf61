// The articles a benchmark compares, each with the event it truly reports when that is known. Generated
// queries mix held-out reports of events in the pack, pack articles themselves (the engine recognises
// them by fingerprint) and reports of events the pack does not hold.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readArticleFile } from '../../../src/cli/read-article-file';
import type { CorpusPack } from '../../../src/engine/corpus/pack-format';
import type { ArticleInput, CorpusArticle } from '../../../src/engine/types';
import type { GeneratedCorpus } from '../generate-corpus';
import { createRng } from '../corpus-gen/prng';

export type QueryKind = 'held-out' | 'pack' | 'unrelated' | 'seed' | 'fixture';

export interface Query {
  name: string;
  kind: QueryKind;
  input: ArticleInput;
  /** The pack event the article reports, or null when the pack holds none (or it is not known). */
  truth: string | null;
}

export const FIXTURE_ARTICLES = join(import.meta.dirname, '..', '..', 'fixtures', 'articles');

function inputOf(article: CorpusArticle): ArticleInput {
  // No URL: the engine should find the event from the text, not recognise an address.
  return { title: article.title, text: article.text, date: article.date, language: article.language, outlet: article.outlet.name };
}

export function generatedQueries(corpus: GeneratedCorpus, packQueries: number, seed: number): Query[] {
  const eventIds = new Set(corpus.pack.events.map((e) => e.id));
  const held = corpus.heldOut.map((a): Query => {
    const label = corpus.labels.get(a.id)!;
    const inPack = eventIds.has(label);
    return { name: a.id, kind: inPack ? 'held-out' : 'unrelated', input: inputOf(a), truth: inPack ? label : null };
  });
  const fromPack = createRng(seed).sample(corpus.pack.articles, packQueries).map((a): Query => (
    { name: a.id, kind: 'pack', input: inputOf(a), truth: corpus.labels.get(a.id)! }));
  return [...held, ...fromPack];
}

/** The bundled seeds (as the extension would meet them on a page) and every article fixture. */
export async function seedQueries(pack: CorpusPack): Promise<Query[]> {
  const seeds = pack.articles.map((a): Query => ({ name: a.id, kind: 'seed', input: inputOf(a), truth: null }));
  const files = (await readdir(FIXTURE_ARTICLES)).filter((f) => f.endsWith('.txt')).sort();
  const fixtures = await Promise.all(files.map(async (file): Promise<Query> => {
    // A date in the file name ("…-2025-03-18.txt") is the article's date, as `compare --date` would give it.
    const date = /(\d{4}-\d{2}-\d{2})\.txt$/.exec(file)?.[1];
    return { name: file, kind: 'fixture', input: await readArticleFile(join(FIXTURE_ARTICLES, file), { date }), truth: null };
  }));
  return [...seeds, ...fixtures];
}
