// Writes one outlet's report of an event: the lead facts first, then a random share of the other facts,
// statements and background in the outlet's own order, wording and speech style, grouped into paragraphs.

import { reportContext, type ReportContext } from './article-context';
import { backgroundOf } from './kinds';
import type { FactTemplate, StatementTemplate } from './kinds/types';
import type { Outlet } from './outlets';
import type { PlannedEvent } from './plan-events';
import type { Rng } from './prng';
import { directQuoteDe, directQuoteEn, reportedSpeechDe } from './speech';
import { fillTemplate, renderTemplate } from './template';

export interface RenderedReport {
  title: string;
  paragraphs: string[];
}

type SentenceSource = (ctx: ReportContext) => string;

const SENTENCES = { de: { min: 8, max: 25 }, en: { min: 8, max: 14 } };
const DATELINE_SHARE = 0.45;

function factSentence(fact: FactTemplate): SentenceSource {
  return (ctx) => renderTemplate(ctx.rng.pick(fact[ctx.language]), ctx.rng, ctx.slot);
}

function statementSentences(statement: StatementTemplate, language: 'de' | 'en', directShare: number): SentenceSource[] {
  const speaker = (ctx: ReportContext) => () => ctx.slot(`p.${statement.speaker}`);
  if (language === 'en') {
    return statement.en.map((quote) => (ctx) => directQuoteEn(fillTemplate(quote, ctx.rng, ctx.slot), speaker(ctx), ctx.rng));
  }
  return statement.direct.map((direct, i) => (ctx) => ctx.rng.chance(directShare)
    ? directQuoteDe(fillTemplate(direct, ctx.rng, ctx.slot), speaker(ctx), ctx.rng)
    : reportedSpeechDe(fillTemplate(statement.reported[i] ?? direct, ctx.rng, ctx.slot), speaker(ctx), ctx.rng));
}

/** Everything this report could say beyond its lead, in a random order: each report covers another subset. */
function sentencePool(event: PlannedEvent, outlet: Outlet, rng: Rng): SentenceSource[] {
  const lang = outlet.language;
  const facts = event.kind.facts.filter((f) => f[lang].length > 0).map(factSentence);
  const statements = event.kind.statements.flatMap((s) => statementSentences(s, lang, outlet.directQuotes));
  const background = backgroundOf(event.kind.domain).sentences[lang].map((t) => factSentence({ de: [t], en: [t] }));
  return rng.shuffle([...facts, ...statements, ...background]);
}

function datelined(first: string, ctx: ReportContext, credit: string | null): string {
  const place = ctx.event.cast.words.town ?? ctx.event.cast.words.region;
  if (!place || ctx.language !== 'de' || !ctx.rng.chance(DATELINE_SHARE)) return first;
  return credit ? `${place.de} (${credit}) – ${first}` : `${place.de.toUpperCase()}. ${first}`;
}

function paragraphsOf(sentences: string[], rng: Rng): string[] {
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const size = i === 0 ? rng.int(1, 2) : rng.int(1, 3);
    paragraphs.push(sentences.slice(i, i + size).join(' '));
    i += size;
  }
  return paragraphs;
}

/** `credit` is the agency short name for a wire story's dateline ("Kessling (nmd) – …"). */
export function renderReport(event: PlannedEvent, outlet: Outlet, rng: Rng, credit: string | null = null): RenderedReport {
  const ctx = reportContext(event, outlet, rng);
  const range = SENTENCES[outlet.language];
  const target = rng.int(range.min, range.max);
  const lead = event.kind.lead.filter((f) => f[ctx.language].length > 0);
  // Some desks put the second and third lead facts the other way round.
  if (lead.length >= 3 && rng.chance(0.4)) [lead[1], lead[2]] = [lead[2]!, lead[1]!];
  const sources = [...lead.map(factSentence), ...sentencePool(event, outlet, rng)].slice(0, target);
  const sentences = sources.map((source) => source(ctx));
  sentences[0] = datelined(sentences[0]!, ctx, credit);
  return { title: renderTemplate(rng.pick(event.kind.titles[ctx.language]), rng, ctx.slot), paragraphs: paragraphsOf(sentences, rng) };
}
