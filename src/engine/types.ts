// The engine's data types: what goes in (an article, a corpus) and what comes out (a comparison).
// Field names of `Comparison` are a contract shared with the `compare --json` output and the sidebar.
// This file imports nothing: the analyses import their result types from here, so the contract depends on no
// implementation (and no import cycle can run through it).

/** How an article's outlet is known: named in the text or metadata, inferred from evidence, or not at all. */
export type OutletKnown = 'stated' | 'inferred' | 'unknown';

export interface OutletInfo {
  /** Display name, or null when the outlet is unknown. */
  name: string | null;
  known: OutletKnown;
  /** Observable evidence behind `known` ("names nordkurier.de in the header", "old orthography: Rußland, daß"). */
  evidence: string[];
  /** The same evidence in German, line for line, when the corpus has it (the German UI shows it). */
  evidenceDe?: string[];
}

/** Where a corpus article came from. */
/** 'read': kept by "Keep what I read" when the reader opened Parallax on it. */
export type ArticleOrigin = 'bundled' | 'user' | 'imported' | 'read';

/** An article as the engine receives it for comparison (from a page, a file or the corpus). */
export interface ArticleInput {
  title: string;
  text: string;
  url?: string | null;
  outlet?: string | null;
  /** Publication date, YYYY-MM-DD, when known. */
  date?: string | null;
  /** BCP-47 primary language tag ("de", "en"); detected from the text when absent. */
  language?: string | null;
}

export interface CorpusArticle {
  id: string;
  title: string;
  text: string;
  url: string | null;
  outlet: OutletInfo;
  /** YYYY-MM-DD: publication date, or the reported event's date when `dateNote` says so. */
  date: string | null;
  dateNote?: string;
  language: string;
  origin: ArticleOrigin;
  /** Corpus packs only: the reader put the article in its event by hand (present only when true). */
  placedByReader?: true;
}

/** A group of corpus articles reporting one event, as clustered by the engine. */
export interface CorpusEvent {
  id: string;
  title: string;
  date: string | null;
  articleIds: string[];
}

export type EventRelation = 'same' | 'related';

export interface SentenceRef {
  index: number;
  text: string;
}

export interface FactMention {
  /** "current" for the compared article, else a corpus article id. */
  articleId: string;
  /** Index into that article's sentence list. */
  sentence: number;
  /** The whole sentence. */
  text: string;
  /** Character offsets of the claim that states the fact, in `text` (end exclusive); the whole sentence when
   *  the sentence makes one claim. */
  span: { start: number; end: number };
  /** The claim's text: `text.slice(span.start, span.end)`. */
  claim: string;
  /** To whom the outlet attributes the fact ("laut Polizei"), or null when it does not say. */
  attribution: string | null;
  /** Other articles of this fact that print this sentence's text too (reprinted copy). */
  reprintedBy: string[];
}

export interface Fact {
  id: string;
  label: string;
  mentions: FactMention[];
  /** Outlets without a mention whose closest claim is weakly similar to the fact: maybe reported, in other
   *  words. One per such outlet ("current" included), the closest claim first. */
  maybe: FactMention[];
  /** Outlets reporting the fact on their own: mentions that reprint one another count once. */
  independent: number;
}

export interface ComparisonArticle {
  title: string;
  outlet: string | null;
  language: string;
  /** Id of the corpus article with the same text, or null. */
  corpusId: string | null;
  sentences: SentenceRef[];
}

export interface ComparisonEventArticle {
  id: string;
  outlet: string | null;
  outletKnown: OutletKnown;
  outletEvidence: string[];
  /** `outletEvidence` in German, when the corpus has it. */
  outletEvidenceDe?: string[];
  /** The article's language (BCP-47 primary tag). */
  language?: string;
  title: string;
  url: string | null;
  date: string | null;
}

export interface ComparisonEvent {
  id: string;
  title: string;
  date: string | null;
  relation: EventRelation;
  /** 0..1: how sure the engine is that `relation` holds. */
  confidence: number;
  /** The event's other articles (never the compared article itself). */
  articles: ComparisonEventArticle[];
}

export interface Coverage {
  /** Facts that only the compared article reports, and no other outlet has even a weakly similar claim of. */
  onlyHere: string[];
  /** Facts that other outlets report and the compared article does not state even weakly. */
  omitted: string[];
  /** Facts whose coverage is uncertain: reported by others with a weakly similar claim here, or here only
   *  with a weakly similar claim elsewhere (see each fact's `maybe`). Never in `onlyHere` or `omitted`. */
  maybe: string[];
}

export interface QuoteRendering {
  text: string;
  direct: boolean;
  articleIds: string[];
  /** Words this rendering adds to or drops from the group's most common rendering. */
  diff?: { added: string[]; removed: string[] };
}

export interface QuoteStatement {
  speaker: string | null;
  variants: QuoteRendering[];
  /** True when at least two articles carry the statement. */
  shared: boolean;
}

/** What kind of quantity a number is; the quantities module reads the same union. */
export type QuantityKind = 'duration' | 'count' | 'percent' | 'money' | 'date' | 'year';

export interface ConflictValue {
  /** Minutes for durations, the ISO date for dates, the number otherwise. */
  value: number | string;
  unit: string;
  kind: QuantityKind;
  /** The value as each outlet wrote it. */
  texts: string[];
  articleIds: string[];
}

/** Where outlets that report one fact give different numbers, durations or dates for it. */
export interface FactConflict {
  factId: string;
  values: ConflictValue[];
}

/** Articles that print the same passages (agency copy). */
export interface ReuseReport {
  articleIds: string[];
  passages: string[];
  /** Per passage: true when it is (almost) only a quotation, which outlets may render alike on their own. */
  quoteOnly: boolean[];
  /** Share of each article's words that lie in these passages. */
  tokenShare: Record<string, number>;
}

export interface FramingVariant {
  term: string;
  articleIds: string[];
  /** A neutral note on what the choice signals (lexicon entries only). */
  note?: string;
  /** The note in German; a German interface shows `noteDe ?? note`. */
  noteDe?: string;
  /** Where that note comes from. */
  source?: string;
  /** The term as written in the articles, where it differs from `term` (inflection, case). */
  surfaces?: string[];
}

export type FramingSource = 'lexicon' | 'detected';

/** For one concept, which outlets use which words for it. */
export interface Framing {
  /** The concept's name in English (a lexicon label, or for detected concepts its first two wordings). */
  concept: string;
  /** The concept's name in German; a German interface shows `labelDe ?? concept`. */
  labelDe?: string;
  category: string;
  variants: FramingVariant[];
  source: FramingSource;
  /** For detected substitutions: the words around the slot, as one outlet wrote them ("um den … zu beenden"). */
  context?: string;
}

export interface Comparison {
  article: ComparisonArticle;
  event: ComparisonEvent | null;
  facts: Fact[];
  coverage: Coverage;
  framing: Framing[];
  quotes: QuoteStatement[];
  conflicts: FactConflict[];
  reuse: ReuseReport[];
  timings: { totalMs: number; matchMs: number; analysesMs: number };
}
