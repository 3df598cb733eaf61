// Comparisons computed from prepared pages, kept in memory per token and corpus revision: asked twice, the
// answer is computed once; after the corpus changed or the worker restarted, it is computed again.

import { parseArticle, compareArticle, loadSentenceSimilarity, type Comparison } from '../engine';
import type { PageArticle } from '../messaging/protocol';
import type { CorpusCache } from './corpus-cache';

/** Comparisons are large (every sentence of the page); a reader has a few sidebars open at most. */
const KEEP = 16;

/** The article as the engine takes it: the page's site name stands for the outlet when none is given. */
export function engineInput(article: PageArticle) {
  return { ...article, outlet: article.outlet ?? article.siteName };
}

export class Comparisons {
  private readonly computed = new Map<string, { revision: Promise<number>; comparison: Promise<Comparison> }>();
  private readonly running = new Set<Promise<Comparison>>();

  constructor(private readonly corpus: CorpusCache) {}

  of(token: string, article: PageArticle): Promise<Comparison> {
    const run = this.compute(token, article);
    this.running.add(run);
    run.then(
      () => this.running.delete(run),
      () => this.running.delete(run),
    );
    return run;
  }

  /** Settles when every comparison asked for so far has finished. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  /** The comparison under `token`, from the one already started while the corpus is unchanged: the content
   *  script's prepareComparison starts it and the sidebar's getComparison, arriving meanwhile, only checks the
   *  revision (one read) instead of cutting the corpus a second time. */
  private async compute(token: string, article: PageArticle): Promise<Comparison> {
    const known = this.computed.get(token);
    if (known) {
      const [then, now] = await Promise.all([known.revision.catch(() => -1), this.corpus.revision()]);
      if (then === now) return known.comparison;
    }
    return this.start(token, article);
  }

  private start(token: string, article: PageArticle): Promise<Comparison> {
    const input = engineInput(article);
    const parsed = parseArticle(input);
    const corpus = this.corpus.forArticle(parsed, input.url ?? null);
    // The meaning data (lemmas, dictionary, thesaurus, model) loads on the first click, beside the corpus slice,
    // not at the worker's start: the cold start stays as fast as before and later clicks find it loaded.
    const ready = Promise.all([corpus, loadSentenceSimilarity()]).then(([c]) => c);
    const entry = {
      revision: corpus.then((c) => c.revision),
      comparison: ready.then(({ index, lexicon }) => compareArticle(input, index, { framing: { lexicon }, parsed })),
    };
    this.computed.delete(token);
    this.computed.set(token, entry);
    entry.comparison.catch(() => this.computed.get(token) === entry && this.computed.delete(token));
    if (this.computed.size > KEEP) this.computed.delete(this.computed.keys().next().value!);
    return entry.comparison;
  }
}
