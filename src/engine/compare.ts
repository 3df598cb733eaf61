// The engine's entry point: one article in, a comparison with the corpus out. Parses the article, recognises
// it if the corpus already holds it, finds its event and lays out the facts with each outlet's mentions.

import { CURRENT } from './align/align-event';
import type { AlignedFact } from './align/align-facts';
import { parseArticle, shorten, type ParsedArticle } from './article/parse-article';
import type { CorpusIndex } from './match/corpus-index';
import { matchEvent, type EventMatch } from './match/match-event';
import type { ArticleInput, Comparison, ComparisonEvent, Coverage, Fact, FactMention } from './types';

const LABEL_LENGTH = 160;

export interface CompareOptions {
  /** Clock for `timings`; injectable so tests can pin it. */
  now?: () => number;
}

function recogniseSelf(article: ParsedArticle, input: ArticleInput, corpus: CorpusIndex): string | null {
  return corpus.byFingerprint(article.fingerprint) ?? (input.url ? corpus.byUrl(input.url) : undefined) ?? null;
}

function mentionOf(m: AlignedFact['mentions'][number]): FactMention {
  return { articleId: m.articleId, sentence: m.index, text: m.text, attribution: m.attribution };
}

/** The fact's most typical wording: the mention most similar to all the others. */
function labelOf(fact: AlignedFact): string {
  let best = fact.mentions[0]!;
  for (const m of fact.mentions) if ((fact.cohesion.get(m) ?? 0) > (fact.cohesion.get(best) ?? 0)) best = m;
  return shorten(best.text, LABEL_LENGTH);
}

function orderFacts(facts: AlignedFact[], articleOrder: Map<string, number>): AlignedFact[] {
  const position = (f: AlignedFact) => {
    const own = f.mentions.find((m) => m.articleId === CURRENT);
    return own ? own.index : Number.MAX_SAFE_INTEGER;
  };
  const firstArticle = (f: AlignedFact) => Math.min(...f.mentions.map((m) => (articleOrder.get(m.articleId) ?? 0) * 1000 + m.index));
  return [...facts].sort((a, b) => position(a) - position(b) || b.mentions.length - a.mentions.length || firstArticle(a) - firstArticle(b));
}

function factsOf(match: EventMatch): { facts: Fact[]; coverage: Coverage } {
  const articleOrder = new Map<string, number>([[CURRENT, 0], ...match.articleIds.map((id, i) => [id, i + 1] as const)]);
  const facts: Fact[] = [];
  const coverage: Coverage = { onlyHere: [], omitted: [] };
  orderFacts(match.alignment.facts, articleOrder).forEach((fact, i) => {
    const id = `f${i + 1}`;
    const mentions = [...fact.mentions]
      .sort((a, b) => (articleOrder.get(a.articleId) ?? 0) - (articleOrder.get(b.articleId) ?? 0))
      .map(mentionOf);
    facts.push({ id, label: labelOf(fact), mentions });
    const hasCurrent = mentions.some((m) => m.articleId === CURRENT);
    if (hasCurrent && mentions.length === 1) coverage.onlyHere.push(id);
    if (!hasCurrent) coverage.omitted.push(id);
  });
  return { facts, coverage };
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
        title: a.title || corpus.parsed(id).title,
        url: a.url,
        date: a.date,
      };
    }),
  };
}

export function compareArticle(input: ArticleInput, corpus: CorpusIndex, options: CompareOptions = {}): Comparison {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const article = parseArticle(input);
  const selfId = recogniseSelf(article, input, corpus);
  const match = matchEvent(article, corpus, selfId);
  const { facts, coverage } = match ? factsOf(match) : { facts: [], coverage: { onlyHere: [], omitted: [] } };
  return {
    article: {
      title: article.title,
      outlet: input.outlet ?? (selfId ? corpus.articles.get(selfId)?.outlet.name ?? null : null),
      language: article.language,
      corpusId: selfId,
      sentences: article.sentences.map((s) => ({ index: s.index, text: s.text })),
    },
    event: match ? eventOf(match, corpus) : null,
    facts,
    coverage,
    framing: [],
    quotes: [],
    timings: { totalMs: Math.round((now() - started) * 100) / 100 },
  };
}
