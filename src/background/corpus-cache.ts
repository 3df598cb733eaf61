// The corpus as the engine needs it: the database opened once, seeded with the bundled pack (on install,
// and lazily when a stopped worker never finished), and one CorpusIndex kept in memory per corpus revision.

import { bundledPack } from '../db/bundled-pack';
import { addUserArticle, corpusRevision, loadCorpus, seedBundledCorpus, type UserArticlePlacement } from '../db/corpus-store';
import type { ParallaxDb } from '../db/schema';
import { loadUserLexicon } from '../db/corpus-store';
import { bundledLexicon, mergeLexicons, type Lexicon } from '../engine/framing/lexicon';
import { buildCorpusIndex, type CorpusIndex } from '../engine/match/corpus-index';
import type { CorpusArticle } from '../engine/types';

export interface IndexedCorpus {
  revision: number;
  index: CorpusIndex;
  /** The framing lexicon for a language: the bundled one with the reader's own terms merged over it. */
  lexicon(language: string): Lexicon;
}

export class CorpusCache {
  private db: ParallaxDb | undefined;
  private seeding: Promise<void> | undefined;
  private cached: { revision: number; index: Promise<IndexedCorpus> } | undefined;

  constructor(private readonly openDb: () => ParallaxDb) {}

  database(): ParallaxDb {
    this.db ??= this.openDb();
    return this.db;
  }

  /** Seeds the bundled pack; concurrent calls share one run. Unchanged packs are a no-op in the database. */
  seed(): Promise<void> {
    this.seeding ??= seedBundledCorpus(this.database(), bundledPack())
      .then(() => undefined)
      .finally(() => (this.seeding = undefined));
    return this.seeding;
  }

  /** The index of the corpus as it is now: the cached one while the revision is unchanged. Callers asking
   *  while it is built share the build. */
  async current(): Promise<IndexedCorpus> {
    if (this.seeding) await this.seeding;
    const revision = await corpusRevision(this.database());
    if (this.cached?.revision === revision) return this.cached.index;
    const entry = { revision, index: this.build() };
    this.cached = entry;
    // Keyed by what was actually read (a lazy seed or a concurrent write moves the revision on).
    entry.index.then(
      (built) => (entry.revision = built.revision),
      () => this.cached === entry && (this.cached = undefined),
    );
    return entry.index;
  }

  async add(article: CorpusArticle, placement: UserArticlePlacement): Promise<string> {
    const { eventId } = await addUserArticle(this.database(), article, placement);
    this.cached = undefined;
    return eventId;
  }

  async close(): Promise<void> {
    await this.seeding?.catch(() => undefined);
    this.db?.close();
    this.db = undefined;
    this.cached = undefined;
  }

  private async build(): Promise<IndexedCorpus> {
    let corpus = await loadCorpus(this.database());
    if (corpus.articles.length === 0) {
      await this.seed();
      corpus = await loadCorpus(this.database());
    }
    return { revision: corpus.revision, index: buildCorpusIndex(corpus), lexicon: await this.readerLexicons() };
  }

  /** The reader's lexicons, read with the corpus (saving one bumps the revision). One that no longer
   *  validates is skipped with a warning: the bundled terms still work. */
  private async readerLexicons(): Promise<(language: string) => Lexicon> {
    const own = new Map<string, Lexicon>();
    for (const row of await this.database().lexicons.toArray()) {
      try {
        const lexicon = await loadUserLexicon(this.database(), row.language);
        if (lexicon) own.set(row.language, lexicon);
      } catch (error) {
        console.warn('Parallax: the reader\'s lexicon was skipped:', (error as Error).message);
      }
    }
    const merged = new Map<string, Lexicon>();
    return (language) => {
      let lexicon = merged.get(language);
      if (!lexicon) {
        const extra = own.get(language);
        lexicon = extra ? mergeLexicons(bundledLexicon(language), extra) : bundledLexicon(language);
        merged.set(language, lexicon);
      }
      return lexicon;
    };
  }
}
