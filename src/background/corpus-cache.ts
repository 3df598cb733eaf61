// The corpus as the engine needs it: the database opened once, seeded with the bundled pack (on install,
// and lazily when a stopped worker never finished), its term index brought up to date after writes, and for
// each comparison a slice of the corpus (the candidate events' articles) read from IndexedDB. Nothing the
// size of the corpus is held in memory: a worker with 50,000 articles starts and answers like one with five.

import { bundledPack } from '../db/bundled-pack';
import { addUserArticle, corpusRevision, seedBundledCorpus, type UserArticlePlacement } from '../db/corpus-store';
import { corpusSliceFor } from '../db/corpus-slice';
import { SliceRowCache } from '../db/slice-row-cache';
import type { ParallaxDb } from '../db/schema';
import { loadUserLexicon } from '../db/corpus-store';
import { updateTermIndex } from '../db/term-index-update';
import { TermReadCache } from '../db/term-read-cache';
import {
  ArticleFeatureCache,
  type ParsedArticle,
  type PreparedQuery,
  bundledLexicon,
  mergeLexicons,
  type Lexicon,
  parseCorpusArticle,
  type CorpusIndex,
  corpusView,
  type CorpusArticle,
  loadMeaning,
} from '../engine';

/** Parsed corpus articles kept between comparisons: the events a reader looks at again stay parsed. */
const PARSED_KEEP = 200;

export interface IndexedCorpus {
  revision: number;
  index: CorpusIndex;
  /** The corpus articles' readings kept between comparisons (the worker's one cache; see the class). */
  features: ArticleFeatureCache;
  /** The framing lexicon for a language: the bundled one with the reader's own terms merged over it. */
  lexicon(language: string): Lexicon;
}

export class CorpusCache {
  private db: ParallaxDb | undefined;
  private seeding: Promise<void> | undefined;
  private indexing: Promise<number> | undefined;
  private readonly parsedArticles = new Map<string, ParsedArticle>();
  private lexicons: { revision: number; lexicon: Promise<(language: string) => Lexicon> } | undefined;
  private parsedRevision = -1;
  private readonly termReads = new TermReadCache();
  /** The slice's rows (hits' languages and events, member articles) at the revision last read. */
  private readonly sliceRows = new SliceRowCache();
  /** What alignment reads of each corpus article on its own (tokens, titles, stems), kept for the events a
   *  reader looks at again. Keyed by the article's id and full text, so a write (import, add, delete) never
   *  leaves a stale reading to be served: it is not emptied with the parsed articles, only outlived. */
  private readonly features = new ArticleFeatureCache();

  constructor(private readonly openDb: () => ParallaxDb) {}

  database(): ParallaxDb {
    this.db ??= this.openDb();
    return this.db;
  }

  /** Seeds the bundled pack and indexes it; concurrent calls share one run. Unchanged packs are a no-op. */
  seed(): Promise<void> {
    this.seeding ??= seedBundledCorpus(this.database(), bundledPack())
      .then(() => this.indexed())
      .then(() => undefined)
      .finally(() => (this.seeding = undefined));
    return this.seeding;
  }

  /** The corpus seeded and its term index up to date, the meaning lexicon loaded: ready for a query to be
   *  prepared (engine/match/prepare-query) and sliced. Returns the revision it is ready at. */
  async ready(): Promise<number> {
    if (this.seeding) await this.seeding;
    const db = this.database();
    // An emptied corpus (or a worker stopped before its install seeding finished) gets the bundled pack.
    if ((await db.articles.limit(1).primaryKeys()).length === 0) await this.seed();
    const revision = await this.indexed();
    if (revision !== this.parsedRevision) {
      // An update may have changed an article's text under its id: parse again what is asked for next.
      this.parsedArticles.clear();
      this.parsedRevision = revision;
    }
    return revision;
  }

  /** The corpus as far as a comparison of `query` needs it (prepared after `ready()` returned `revision`). */
  async forQuery(query: PreparedQuery, revision: number): Promise<IndexedCorpus> {
    const [slice, lexicon] = await Promise.all([corpusSliceFor(this.database(), query, this.termReads, this.sliceRows), this.lexiconsAt(revision)]);
    return { revision, index: corpusView(slice, (a) => this.parsed(a)), features: this.features, lexicon };
  }

  /** The corpus revision as stored now (bumped by every write). */
  revision(): Promise<number> {
    return corpusRevision(this.database());
  }

  async add(article: CorpusArticle, placement: UserArticlePlacement): Promise<string> {
    const { eventId } = await addUserArticle(this.database(), article, placement);
    return eventId;
  }

  async close(): Promise<void> {
    await this.seeding?.catch(() => undefined);
    await this.indexing?.catch(() => undefined);
    this.db?.close();
    this.db = undefined;
    this.parsedArticles.clear();
    this.features.clear();
    this.sliceRows.clear();
    this.lexicons = undefined;
  }

  /** Brings the term index up to date (a no-op when nothing was written since); callers share one run. The
   *  meaning lexicon is loaded first (once, on the first click or the install's seeding, not at the worker's
   *  start): the indexed terms and every comparison's query carry its language-neutral keys, so an English
   *  page finds the German reports of its event (the slice's query uses the lexicon loaded here). */
  private indexed(): Promise<number> {
    this.indexing ??= loadMeaning()
      .then(() => updateTermIndex(this.database()))
      .finally(() => (this.indexing = undefined));
    return this.indexing;
  }

  private parsed(article: CorpusArticle): ParsedArticle {
    let parsed = this.parsedArticles.get(article.id);
    if (parsed) {
      this.parsedArticles.delete(article.id); // most recently used last
    } else {
      parsed = parseCorpusArticle(article);
      if (this.parsedArticles.size >= PARSED_KEEP) this.parsedArticles.delete(this.parsedArticles.keys().next().value!);
    }
    this.parsedArticles.set(article.id, parsed);
    return parsed;
  }

  private lexiconsAt(revision: number): Promise<(language: string) => Lexicon> {
    if (this.lexicons?.revision !== revision) this.lexicons = { revision, lexicon: this.readerLexicons() };
    return this.lexicons.lexicon;
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
