// The engine's second phase: a prepared query (prepare-query: the article parsed, its terms) and the corpus
// it needs (a slice cut for it, or a whole corpus in memory) in, a comparison out. Recognises the article if
// the corpus already holds it, finds its event and lays out the facts with each outlet's mentions.

import { factConflicts } from './analyses/fact-conflicts';
import { framingOf, type FramingOptions } from './analyses/framing';
import { quoteRenderings } from './analyses/quote-renderings';
import { findReprints, independentCount, type Reprints } from './analyses/reprints';
import { CURRENT } from './align/align-event';
import type { ArticleFeatureCache } from './align/article-feature-cache';
import type { AlignedFact } from './align/align-facts';
import type { SentenceFeatures } from './align/sentence-features';
import { weakMentionsOf } from './align/weak-mentions';
import { shorten, type ParsedArticle } from './article/parse-article';
import type { CorpusIndex } from './match/corpus-index';
import { evaluateEvent, matchEvent, type EventMatch } from './match/match-event';
import { asPreparedQuery, type PreparedQuery } from './match/prepare-query';
import type { ArticleInput, Comparison, ComparisonEvent, Coverage, Fact, FactMention } from './types';

const LABEL_LENGTH = 160;

export interface CompareOptions {
  /** Clock for `timings`; injectable so tests can pin it. */
  now?: () => number;
  framing?: FramingOptions;
  /** false: facts and coverage only, no framing, quotes, conflicts or reprints (for measuring their cost). */
  analyses?: boolean;
  /** Keeps what alignment reads of each corpus article on its own between comparisons (a long-lived caller's,
   *  such as the extension's background); the answer is the same with it and without. */
  features?: ArticleFeatureCache;
}

/** The stored article the page is: the same text from the same outlet (either unknown counts as the same),
 *  else the same address. Another outlet's copy of the same text is a reprint, an article of its own. */
function recogniseSelf({ parsed: article, input }: PreparedQuery, corpus: CorpusIndex): string | null {
  const outlet = input.outlet ?? null;
  const sameOutlet = (id: string) => {
    const stored = corpus.articles.get(id)?.outlet.name ?? null;
    return outlet === null || stored === null || stored === outlet;
  };
  const sameText = corpus.byFingerprint(article.fingerprint);
  if (sameText && sameOutlet(sameText)) return sameText;
  const sameUrl = input.url ? corpus.byUrl(input.url) : undefined;
  if (sameUrl) return sameUrl;
  if (!sameText) return null;
  // The corpus answered with another outlet's copy; this outlet's own copy would be in the same event.
  const members = corpus.eventOf(sameText)?.articleIds ?? [];
  return members.find((id) => id !== sameText && sameOutlet(id) && corpus.parsed(id).fingerprint === article.fingerprint) ?? null;
}

/** A page that is not itself stored but has the text of a stored article (another outlet's word-for-word
 *  reprint) reports that article's event, with every member beside it. */
function reprintedEvent(article: ParsedArticle, corpus: CorpusIndex, selfId: string | null, features?: ArticleFeatureCache): EventMatch | null {
  if (selfId) return null;
  const copy = corpus.byFingerprint(article.fingerprint);
  const event = copy ? corpus.eventOf(copy) : undefined;
  return event ? { ...evaluateEvent(article, event, null, 1, corpus, features), relation: 'same', confidence: 1 } : null;
}

function mentionOf(m: SentenceFeatures, reprints: Reprints, factArticles: Set<string>): FactMention {
  const reprintedBy = reprints.reprintedBy(m.articleId, m.index).filter((id) => factArticles.has(id));
  return {
    articleId: m.articleId,
    sentence: m.index,
    text: m.text,
    span: { start: m.claim.start, end: m.claim.end },
    claim: m.claim.text,
    attribution: m.attribution,
    reprintedBy,
  };
}

/** Claims that read on their own; a relative clause ("das … dauerte") needs its sentence around it. */
const SELF_CONTAINED = new Set(['whole', 'main', 'coordinated']);

/** The fact's most typical wording: the self-contained claim most similar to all the others. */
function labelOf(fact: AlignedFact): string {
  const best = fact.mostTypical((m) => (SELF_CONTAINED.has(m.claim.kind) ? 1000 : 0));
  const text = SELF_CONTAINED.has(best.claim.kind) ? best.claim.text.replace(LEADING_CONJUNCTION, '') : best.text;
  return shorten(text.charAt(0).toUpperCase() + text.slice(1), LABEL_LENGTH);
}

const LEADING_CONJUNCTION = /^(?:und|sowie|aber|doch|and|but)\s+/iu;

function weakMentions(alignment: EventMatch['alignment'], articleIds: string[]): (fact: AlignedFact) => SentenceFeatures[] {
  return (fact) => weakMentionsOf(fact, alignment, articleIds);
}

function orderFacts(facts: AlignedFact[], articleOrder: Map<string, number>): AlignedFact[] {
  const position = (f: AlignedFact) => {
    const own = f.mentions.find((m) => m.articleId === CURRENT);
    return own ? own.index : Number.MAX_SAFE_INTEGER;
  };
  const firstArticle = (f: AlignedFact) => Math.min(...f.mentions.map((m) => (articleOrder.get(m.articleId) ?? 0) * 1000 + m.index));
  return [...facts].sort((a, b) => position(a) - position(b) || b.mentions.length - a.mentions.length || firstArticle(a) - firstArticle(b));
}

/** The facts of an aligned event with each outlet's mentions, and what this article alone says, leaves out or
 *  maybe reports. Exported for tests that align with a given event. */
export function factsOf(match: EventMatch, reprints: Reprints = NO_REPRINTS): { facts: Fact[]; coverage: Coverage; ordered: AlignedFact[] } {
  const articleOrder = new Map<string, number>([[CURRENT, 0], ...match.articleIds.map((id, i) => [id, i + 1] as const)]);
  const facts: Fact[] = [];
  const coverage: Coverage = { onlyHere: [], omitted: [], maybe: [] };
  const weak = weakMentions(match.alignment, [CURRENT, ...match.articleIds]);
  const ordered = orderFacts(match.alignment.facts, articleOrder);
  ordered.forEach((fact, i) => {
    const id = `f${i + 1}`;
    const factArticles = new Set(fact.mentions.map((m) => m.articleId));
    const mentions = [...fact.mentions]
      .sort((a, b) => (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0))
      .map((m) => mentionOf(m, reprints, factArticles));
    const maybe = weak(fact).map((m) => mentionOf(m, reprints, new Set()));
    facts.push({ id, label: labelOf(fact), mentions, maybe, independent: independentCount(mentions, reprints) });
    const hasCurrent = mentions.some((m) => m.articleId === CURRENT);
    // Said only when true: "only here" when no other outlet has even a weakly similar claim, "left out"
    // when this article has none; anything in between is "maybe", with the claim that makes it so.
    if (hasCurrent && mentions.length === 1) (maybe.length > 0 ? coverage.maybe : coverage.onlyHere).push(id);
    if (!hasCurrent) (maybe.some((m) => m.articleId === CURRENT) ? coverage.maybe : coverage.omitted).push(id);
  });
  return { facts, coverage, ordered };
}

function eventOf(match: EventMatch, corpus: CorpusIndex): ComparisonEvent {
  return {
    id: match.event.id,
    title: match.event.title,
    date: match.event.date,
    relation: match.relation,
    confidence: Math.round(match.confidence * 100) / 100,
    articles: match.articleIds.map((id) => {
      const a = corpus.articles.get(id)!;
      return {
        id,
        outlet: a.outlet.name,
        outletKnown: a.outlet.known,
        outletEvidence: a.outlet.evidence,
        ...(a.outlet.evidenceDe?.length ? { outletEvidenceDe: a.outlet.evidenceDe } : {}),
        language: a.language,
        title: a.title || corpus.parsed(id).title,
        url: a.url,
        date: a.date,
      };
    }),
  };
}

/** A comparison in two stages, for a reader who should see the facts before the rest is computed. */
export interface StagedComparison {
  /** The event, facts, coverage, number conflicts and reprints; `framing` and `quotes` empty until
   *  `complete()`. */
  facts: Comparison;
  /** The whole comparison: word choice and quote renderings computed now (once), the rest as in `facts`. */
  complete(): Comparison;
}

/** Compares a prepared query (or an article, prepared here) with `corpus`, deciding once: which stored article
 *  it is, which event it reports, and the facts. Word choice and quote renderings (a third of the work) wait
 *  for `complete()`, so a sidebar can show the facts first; `compareArticle` is both stages at once. */
export function compareInStages(query: PreparedQuery | ArticleInput, corpus: CorpusIndex, options: CompareOptions = {}): StagedComparison {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const prepared = asPreparedQuery(query);
  const { parsed: article, input } = prepared;
  const selfId = recogniseSelf(prepared, corpus);
  const match = reprintedEvent(article, corpus, selfId, options.features) ?? matchEvent(prepared, corpus, selfId, options.features);
  const matched = now();
  const factAnalyses = match ? factsAndReprints(match, options) : EMPTY_ANALYSES;
  const factsDone = now();
  const facts: Comparison = {
    article: {
      title: article.title,
      outlet: input.outlet ?? (selfId ? corpus.articles.get(selfId)?.outlet.name ?? null : null),
      language: article.language,
      corpusId: selfId,
      sentences: article.sentences.map((s) => ({ index: s.index, text: s.text })),
    },
    event: match ? eventOf(match, corpus) : null,
    ...factAnalyses,
    timings: { totalMs: ms(factsDone - started), matchMs: ms(matched - started), analysesMs: ms(factsDone - matched) },
  };
  let completed: Comparison | undefined;
  return {
    facts,
    complete() {
      if (completed) return completed;
      const from = now();
      const rest = match && options.analyses !== false ? wordingAnalyses(match, options) : { framing: [], quotes: [] };
      const spent = now() - from;
      completed = { ...facts, ...rest, timings: { ...facts.timings, totalMs: ms(factsDone - started + spent), analysesMs: ms(factsDone - matched + spent) } };
      return completed;
    },
  };
}

/** Compares a prepared query (or an article, prepared here) with `corpus`: the facts and everything computed
 *  from them, in one go (see compareInStages). */
export function compareArticle(query: PreparedQuery | ArticleInput, corpus: CorpusIndex, options: CompareOptions = {}): Comparison {
  return compareInStages(query, corpus, options).complete();
}

const ms = (x: number) => Math.round(x * 100) / 100;

type Analyses = Pick<Comparison, 'facts' | 'coverage' | 'framing' | 'quotes' | 'conflicts' | 'reuse'>;

const NO_REPRINTS: Reprints = { groups: [], reprintedBy: () => [] };

const EMPTY_ANALYSES: Analyses = { facts: [], coverage: { onlyHere: [], omitted: [], maybe: [] }, framing: [], quotes: [], conflicts: [], reuse: [] };

/** The first stage's share of the analyses: facts and coverage, number conflicts, reprints. */
function factsAndReprints(match: EventMatch, options: CompareOptions): Analyses {
  if (options.analyses === false) {
    const { facts, coverage } = factsOf(match, NO_REPRINTS);
    return { ...EMPTY_ANALYSES, facts, coverage };
  }
  const reprints = findReprints(match.alignment.articles);
  const { facts, coverage, ordered } = factsOf(match, reprints);
  return {
    facts,
    coverage,
    framing: [],
    quotes: [],
    conflicts: factConflicts(ordered.map((fact, i) => ({ id: `f${i + 1}`, mentions: fact.mentions }))),
    reuse: reprints.groups,
  };
}

/** The second stage: how the outlets word the same things, and how they render the same quotes. */
function wordingAnalyses(match: EventMatch, options: CompareOptions): Pick<Comparison, 'framing' | 'quotes'> {
  return {
    framing: framingOf(match.alignment, options.framing),
    quotes: quoteRenderings(match.alignment.articles).map((g) => ({ speaker: g.speaker, variants: g.variants, shared: g.shared })),
  };
}
