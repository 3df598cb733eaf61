// Each click's comparison in its two phases (engine/match/prepare-query, then compareArticle), kept in memory
// per token and corpus revision: asked twice, the answer is computed once; the prepared query and the corpus
// slice it was compared with are kept beside it, so that adding or keeping the page's article places it
// without parsing and searching again. After the corpus changed or the worker restarted, all is computed again.

import { compareInStages, loadSentenceSimilarity, prepareQuery, type Comparison, type PreparedQuery, type StagedComparison } from '../engine';
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
  /** Both stages (compareInStages): the first (event, facts, coverage, numbers, reprints) is computed as soon
   *  as the slice is read; the second (word choice, quotes) when someone asks for the whole comparison. */
  staged: Promise<StagedComparison>;
  /** Whether the second stage has been computed. */
  complete: boolean;
  /** Whether the first stage has settled: until then the entry is this click's comparison in the making. */
  settled: boolean;
}

export class Comparisons {
  private readonly computed = new Map<string, Entry>();
  private readonly running = new Set<Promise<unknown>>();
  /** The corpus readied for a click while its page extracted (warmUp), taken by that click's comparison. */
  private readonly readiedFor = new Map<string, Promise<number>>();

  constructor(private readonly corpus: CorpusCache) {}

  /** The whole comparison under `token`: its second stage is computed now if nobody asked for it yet. */
  of(token: string, article: PageArticle): Promise<Comparison> {
    return this.track(
      this.entry(token, article).then(async (entry) => {
        const complete = (await entry.staged).complete();
        entry.complete = true;
        return complete;
      }),
    );
  }

  /** The comparison's first stage: what the sidebar shows first, without word choice and quotes. Their stage
   *  waits until asked (`of`, which the sidebar's getWordingAndQuotes calls once it has painted the facts): computed
   *  eagerly, a task after the first, it went before the sidebar's ask for the facts when that ask was queued
   *  behind the first stage (seen in a trace), and the facts waited for it. */
  factsOf(token: string, article: PageArticle): Promise<Comparison> {
    return this.track(this.entry(token, article).then(async (entry) => (await entry.staged).facts));
  }

  /** The query and slice of the comparison under `token` (computed now if the corpus changed since). */
  preparedOf(token: string, article: PageArticle): Promise<PreparedClick> {
    return this.track(this.entry(token, article).then((e) => e.prepared));
  }

  /** When the sidebar under `token` asks for its article, before the page has sent it: the corpus made ready
   *  (database opened, seeded, term index up to date) and the meaning data loaded, while the page loads its
   *  article script and extracts. After a worker start that is most of the wait (the meaning data are 7 MB of
   *  JSON); in a running worker it spares the click's comparison its first database reads (a few ms on its
   *  path). Errors surface in the comparison itself. */
  warmUp(token: string): void {
    const ready = this.corpus.ready();
    // Kept for the click's comparison, which then starts without reading the corpus state again: it is read
    // after the click, some 40 ms before the article arrives (a write in between is answered as one a moment
    // after the comparison began). A failed one is not kept: the comparison asks again and reports its own error.
    this.readiedFor.set(token, ready);
    ready.catch(() => this.readiedFor.get(token) === ready && this.readiedFor.delete(token));
    if (this.readiedFor.size > KEEP) this.readiedFor.delete(this.readiedFor.keys().next().value!);
    this.track(Promise.all([ready, loadSentenceSimilarity()])).catch(() => undefined);
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
    // Still being computed: it began for the corpus as it is, moments ago (the sidebar asks while the page's
    // comparison runs); reading the revision again would only put a database round trip after it.
    if (known && !known.settled) return known;
    if (known) {
      // The revision now is read after the one the entry was made at: read side by side, a first click that
      // seeds the corpus read "now" before its own seeding wrote, and computed everything twice.
      const then = await known.prepared.then((p) => p.corpus.revision).catch(() => -1);
      if (then === (await this.corpus.revision())) return known;
    }
    return this.start(token, article);
  }

  private start(token: string, article: PageArticle): Entry {
    const input = engineInput(article);
    // The meaning data (lemmas, dictionary, thesaurus, model) loads on the first click, beside the corpus's
    // readiness, not at the worker's start: the cold start stays fast and later clicks find it loaded. The
    // query is prepared after both, with the lexicon the term index was made with.
    const readied = this.readiedFor.get(token);
    this.readiedFor.delete(token);
    const prepared = Promise.all([readied ?? this.corpus.ready(), loadSentenceSimilarity()]).then(async ([revision]) => {
      const query = prepareQuery(input);
      return { query, corpus: await this.corpus.forQuery(query, revision) };
    });
    const staged = prepared.then(({ query, corpus }) => compareInStages(query, corpus.index, { framing: { lexicon: corpus.lexicon }, features: corpus.features }));
    const entry: Entry = { prepared, staged, complete: false, settled: false };
    const settle = () => void (entry.settled = true);
    staged.then(settle, settle);
    // Tracked itself: an add that asked only for the query and slice still leaves its first stage running.
    this.track(staged);
    this.computed.delete(token);
    this.computed.set(token, entry);
    staged.catch(() => this.computed.get(token) === entry && this.computed.delete(token));
    if (this.computed.size > KEEP) this.computed.delete(this.computed.keys().next().value!);
    return entry;
  }
}
