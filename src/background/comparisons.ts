// Each click's comparison in its two phases (engine/match/prepare-query, then compareArticle), kept in memory
// per token and corpus revision: asked twice, the answer is computed once; the prepared query and the corpus
// slice it was compared with are kept beside it, so that adding or keeping the page's article places it
// without parsing and searching again. After the corpus changed or the worker restarted, all is computed again.

import { compareInStages, loadSentenceSimilarity, prepareQuery, type Comparison, type PreparedQuery } from '../engine';
import type { PageArticle } from '../messaging/protocol';
import type { CorpusCache, IndexedCorpus } from './corpus-cache';

/** Comparisons are large (every sentence of the page); a reader has a few sidebars open at most. */
const KEEP = 16;

/** The article as the engine takes it: the page's site name stands for the outlet when none is given. */
export function engineInput(article: PageArticle) {
  return { ...article, outlet: article.outlet ?? article.siteName };
}

/** What one click prepared: the query and the corpus slice cut for it, at one corpus revision. */
export interface PreparedClick {
  query: PreparedQuery;
  corpus: IndexedCorpus;
}

interface Entry {
  prepared: Promise<PreparedClick>;
  /** The first stage (compareInStages): event, facts, coverage, numbers, reprints; no word choice or quotes. */
  facts: Promise<Comparison>;
  comparison: Promise<Comparison>;
  /** Whether the second stage has been computed. */
  complete: boolean;
}

/** Resolves in a later task: what awaited the first stage (the sidebar's answer) goes out before the second
 *  stage takes the worker's thread. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class Comparisons {
  private readonly computed = new Map<string, Entry>();
  private readonly running = new Set<Promise<unknown>>();
  /** Per token, the asks that are checking whether its entry is still current (one revision read each). */
  private readonly checking = new Map<string, Set<Promise<unknown>>>();

  constructor(private readonly corpus: CorpusCache) {}

  /** The whole comparison under `token`. */
  of(token: string, article: PageArticle): Promise<Comparison> {
    return this.track(this.entry(token, article).then((e) => e.comparison));
  }

  /** The comparison's first stage: what the sidebar shows first, without word choice and quotes (`of` has them). */
  factsOf(token: string, article: PageArticle): Promise<Comparison> {
    return this.track(this.entry(token, article).then((e) => e.facts));
  }

  /** The query and slice of the comparison under `token` (computed now if the corpus changed since). */
  preparedOf(token: string, article: PageArticle): Promise<PreparedClick> {
    return this.track(this.entry(token, article).then((e) => e.prepared));
  }

  /** On a toolbar click, before the page has sent its article: the corpus made ready (database opened,
   *  seeded, term index up to date) and the meaning data loaded, while the page injects its scripts and
   *  extracts. After a worker start that is most of the wait (the meaning data are 7 MB of JSON); in a
   *  running worker both are already done and this costs nothing. Errors surface in the comparison itself. */
  warmUp(): void {
    this.track(Promise.all([this.corpus.ready(), loadSentenceSimilarity()])).catch(() => undefined);
  }

  /** How far the comparison under `token` is: its first stage only, or complete (for tests; null if none). */
  stageOf(token: string): 'facts' | 'complete' | null {
    const entry = this.computed.get(token);
    return entry ? (entry.complete ? 'complete' : 'facts') : null;
  }

  /** Settles when every comparison asked for so far has finished. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private track<T>(run: Promise<T>): Promise<T> {
    this.running.add(run);
    run.then(
      () => this.running.delete(run),
      () => this.running.delete(run),
    );
    return run;
  }

  /** The entry under `token`, from the one already started while the corpus is unchanged: the content
   *  script's prepareComparison starts it and the sidebar's getComparison, arriving meanwhile, only checks the
   *  revision (one read) instead of cutting the corpus a second time. */
  private async entry(token: string, article: PageArticle): Promise<Entry> {
    const known = this.computed.get(token);
    if (known && (await this.checked(token, this.isCurrent(known)))) return known;
    return this.start(token, article);
  }

  private async isCurrent(entry: Entry): Promise<boolean> {
    // The revision now is read after the one the entry was made at: read side by side, a first click that
    // seeds the corpus read "now" before its own seeding wrote, and computed everything twice.
    const then = await entry.prepared.then((p) => p.corpus.revision).catch(() => -1);
    return then === (await this.corpus.revision());
  }

  /** `check` registered as running for `token` until it settles: the second stage waits for it (see start). */
  private checked<T>(token: string, check: Promise<T>): Promise<T> {
    const checks = this.checking.get(token) ?? new Set<Promise<unknown>>();
    this.checking.set(token, checks);
    checks.add(check);
    const done = () => {
      checks.delete(check);
      if (checks.size === 0 && this.checking.get(token) === checks) this.checking.delete(token);
    };
    check.then(done, done);
    return check;
  }

  /** Until no ask is checking `token`'s entry, and a task more: the sidebar's getComparison usually arrives
   *  while the first stage is computed, and its check (an IndexedDB read) answers only after that; the second
   *  stage (tens of milliseconds on the worker's one thread) must not go before that answer. */
  private async asksAnswered(token: string): Promise<void> {
    await nextTask();
    for (let checks = this.checking.get(token); checks?.size; checks = this.checking.get(token)) {
      await Promise.allSettled([...checks]);
      await nextTask();
    }
  }

  private start(token: string, article: PageArticle): Entry {
    const input = engineInput(article);
    // The meaning data (lemmas, dictionary, thesaurus, model) loads on the first click, beside the corpus's
    // readiness, not at the worker's start: the cold start stays fast and later clicks find it loaded. The
    // query is prepared after both, with the lexicon the term index was made with.
    const prepared = Promise.all([this.corpus.ready(), loadSentenceSimilarity()]).then(async ([revision]) => {
      const query = prepareQuery(input);
      return { query, corpus: await this.corpus.forQuery(query, revision) };
    });
    const staged = prepared.then(({ query, corpus }) => compareInStages(query, corpus.index, { framing: { lexicon: corpus.lexicon } }));
    const entry: Entry = {
      prepared,
      facts: staged.then((s) => s.facts),
      comparison: staged.then(async (s) => {
        await this.asksAnswered(token);
        const complete = s.complete();
        entry.complete = true;
        return complete;
      }),
      complete: false,
    };
    // Tracked itself: an add that asked only for the query and slice still leaves its comparison running.
    this.track(entry.comparison);
    this.computed.delete(token);
    this.computed.set(token, entry);
    entry.comparison.catch(() => this.computed.get(token) === entry && this.computed.delete(token));
    if (this.computed.size > KEEP) this.computed.delete(this.computed.keys().next().value!);
    return entry;
  }
}
