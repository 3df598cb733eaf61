// All reports of one event as corpus articles: picks the outlets, the day each report appears, and whether
// a desk runs its own text or the agency's wire copy.

import type { CorpusArticle } from '../../../src/engine/types';
import { reprintAgency } from './agency-copy';
import { addDays, isoDate } from './dates';
import { AGENCIES, OUTLETS, type Outlet } from './outlets';
import type { PlannedEvent } from './plan-events';
import { labelledRng, type Rng } from './prng';
import { renderReport, type RenderedReport } from './render-report';

export type UnnumberedArticle = Omit<CorpusArticle, 'id'>;

const GERMAN = OUTLETS.filter((o) => o.language === 'de');
const ENGLISH = OUTLETS.filter((o) => o.language === 'en');
/** Reports appear on the event's day or up to two days later, most on the day or the next. */
const DAY_OFFSETS = [0, 0, 0, 1, 1, 2];

function slug(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/** The event's wire story, the same for the pack's reports and a held-out one. */
function wireStory(event: PlannedEvent, seed: number): { text: RenderedReport; agency: (typeof AGENCIES)[number] } {
  const rng = labelledRng(seed, `wire:${event.label}`);
  const agency = rng.pick(AGENCIES.filter((a) => a.language === 'de'));
  const style: Outlet = { name: agency.name, host: 'wire.example', language: 'de', directQuotes: 0.4, titleMentions: 0.5, reprintsAgency: 0, hedgesNumbers: 0.15 };
  return { text: renderReport(event, style, rng, agency.short), agency };
}

function toArticle(event: PlannedEvent, outlet: Outlet, report: RenderedReport, rng: Rng): UnnumberedArticle {
  const day = addDays(event.day, rng.pick(DAY_OFFSETS));
  return {
    title: report.title,
    text: report.paragraphs.join('\n\n'),
    url: `https://www.${outlet.host}/${event.kind.domain}/${slug(report.title)}-${rng.int(100000, 999999)}`,
    outlet: { name: outlet.name, known: 'stated', evidence: ['generated benchmark fixture'] },
    date: isoDate(day),
    language: outlet.language,
    origin: 'imported',
  };
}

/** `count` reports of `event` drawn from `rng`; `seed` names the event's wire story. */
export function writeEventReports(event: PlannedEvent, count: number, rng: Rng, seed: number, englishShare: number): UnnumberedArticle[] {
  const german = rng.shuffle(GERMAN);
  const english = rng.shuffle(ENGLISH);
  let wire: ReturnType<typeof wireStory> | undefined;
  const articles: UnnumberedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const inEnglish = rng.chance(englishShare);
    const outlet = inEnglish ? english[i % english.length]! : german[i % german.length]!;
    let report = renderReport(event, outlet, rng);
    // A lone article has no wire story to share; English desks write their own.
    if (!inEnglish && event.reports > 1 && rng.chance(outlet.reprintsAgency)) {
      wire ??= wireStory(event, seed);
      report = reprintAgency(report, wire.text, wire.agency, rng);
    }
    articles.push(toArticle(event, outlet, report, rng));
  }
  return articles;
}
