// clusterEvents against ground truth: corpora from the bench's generator (tests/bench), whose every article
// carries its true event, measured by pairwise precision and recall (of the article pairs put together, the
// share that report one event; of the pairs reporting one event, the share put together). The floors are what
// the clustering reached when these tests were written (seed and size fixed, so the corpora never change);
// a change that lowers them makes clustering worse. Then small invented cases, one behaviour each.

import { beforeAll, describe, expect, it } from 'vitest';
import { eventIdFor } from '../../src/engine/corpus/event-id';
import { clusterEvents } from '../../src/engine/match/cluster-events';
import type { CorpusArticle, CorpusEvent } from '../../src/engine/types';
import { clusterQuality, type ClusterQuality } from '../bench/bench-lib/cluster-quality';
import { generateCorpus, type GeneratedCorpus } from '../bench/generate-corpus';

interface GeneratedCase {
  name: string;
  articles: number;
  seed: number;
  englishShare: number;
  /** Measured with the clustering of December 2026 (before its rewrite around one record per article). */
  floor: Pick<ClusterQuality, 'pairPrecision' | 'pairRecall'>;
}

// Three corpora: German with a tenth in English (the generator's default), German only, and one where the
// clustering merges some events (seed 4), so that a floor below 1 is watched as well.
const GENERATED: GeneratedCase[] = [
  { name: '120 articles, seed 1, a tenth in English', articles: 120, seed: 1, englishShare: 0.1, floor: { pairPrecision: 0.976, pairRecall: 1 } },
  { name: '120 articles, seed 2, German only', articles: 120, seed: 2, englishShare: 0, floor: { pairPrecision: 0.98, pairRecall: 0.967 } },
  { name: '120 articles, seed 4, a tenth in English', articles: 120, seed: 4, englishShare: 0.1, floor: { pairPrecision: 0.787, pairRecall: 0.914 } },
];

describe.each(GENERATED)('clusterEvents on a generated corpus: $name', ({ articles, seed, englishShare, floor }) => {
  let corpus: GeneratedCorpus;
  let clusters: CorpusEvent[];
  beforeAll(() => {
    corpus = generateCorpus({ articles, seed, englishShare });
    clusters = clusterEvents(corpus.pack.articles);
  });

  it('puts the reports of one true event together and keeps different events apart, at least as well as measured', () => {
    const quality = clusterQuality(clusters, corpus.labels);
    expect(quality.pairPrecision).toBeGreaterThanOrEqual(floor.pairPrecision);
    expect(quality.pairRecall).toBeGreaterThanOrEqual(floor.pairRecall);
  });

  it('places every article in exactly one event', () => {
    const placed = clusters.flatMap((c) => c.articleIds);
    expect(placed.toSorted()).toEqual(corpus.pack.articles.map((a) => a.id).toSorted());
  });

  it('names each event by its earliest article, dates it by its reports\' most common date, and titles it by one of its reports', () => {
    const byId = new Map(corpus.pack.articles.map((a) => [a.id, a]));
    expect(new Set(clusters.map((c) => c.id)).size).toBe(clusters.length);
    for (const cluster of clusters) {
      const members = cluster.articleIds.map((id) => byId.get(id)!);
      const dates = members.map((m) => m.date ?? '9999');
      expect(dates).toEqual(dates.toSorted());
      expect(cluster.id).toBe(eventIdFor(cluster.articleIds[0]!));
      expect(members.map((m) => m.title)).toContain(cluster.title);
      const count = (date: string | null) => members.filter((m) => m.date === date).length;
      expect(members.every((m) => count(m.date) <= count(cluster.date))).toBe(true);
    }
  });
});

// Invented reports: a warehouse fire in an invented town, told by two German desks a day apart, an English
// desk, a German desk that gives no date, and the investigation's result a week later.
function article(id: string, fields: { title: string; text: string; date: string | null; language?: string }): CorpusArticle {
  return {
    id,
    title: fields.title,
    text: fields.text,
    url: null,
    outlet: { name: `Outlet ${id}`, known: 'stated', evidence: [] },
    date: fields.date,
    language: fields.language ?? 'de',
    origin: 'imported',
  };
}

const FIRE_MONDAY = article('a-fire-1', {
  title: 'Großbrand in Lagerhalle in Kaltenbrunn: 120 Einsatzkräfte im Einsatz',
  date: '2024-03-04',
  text: [
    'In der Nacht zum Montag ist in Kaltenbrunn eine Lagerhalle des Möbelhändlers Wendtner vollständig abgebrannt.',
    'Nach Angaben der Feuerwehr waren 120 Einsatzkräfte aus sieben Gemeinden vor Ort.',
    'Verletzt wurde niemand.',
    'Den Schaden schätzt die Polizei auf rund 2,5 Millionen Euro.',
    'Kreisbrandmeister Tobias Reindl sagte, die Flammen seien bereits aus dem Dach geschlagen, als die ersten Fahrzeuge eintrafen.',
    'Die Bundesstraße 17 blieb bis zum Morgen gesperrt.',
    'Die Kriminalpolizei hat die Ermittlungen zur Brandursache aufgenommen.',
  ].join(' '),
});

const FIRE_TUESDAY = article('a-fire-2', {
  title: 'Lagerhalle in Kaltenbrunn niedergebrannt – Schaden in Millionenhöhe',
  date: '2024-03-05',
  text: [
    'Ein Feuer hat in der Nacht auf Montag eine Lagerhalle des Möbelhändlers Wendtner in Kaltenbrunn zerstört.',
    'Rund 120 Feuerwehrleute aus sieben Gemeinden kämpften gegen die Flammen.',
    'Menschen wurden nicht verletzt.',
    'Die Polizei beziffert den Schaden auf etwa 2,5 Millionen Euro.',
    'Als die ersten Fahrzeuge ankamen, schlugen die Flammen schon aus dem Dach, berichtete Kreisbrandmeister Tobias Reindl.',
    'Die Bundesstraße 17 war bis zum Morgen gesperrt.',
    'Zur Brandursache ermittelt nun die Kriminalpolizei.',
  ].join(' '),
});

const FIRE_ENGLISH = article('a-fire-en', {
  title: 'Warehouse fire in Kaltenbrunn: 120 firefighters deployed',
  date: '2024-03-04',
  language: 'en',
  text: [
    'A warehouse belonging to the furniture retailer Wendtner burned down overnight into Monday in Kaltenbrunn.',
    'According to the fire service, 120 firefighters from seven municipalities were at the scene.',
    'Nobody was injured.',
    'Police put the damage at around 2.5 million euros.',
    'District fire chief Tobias Reindl said the flames were already coming through the roof when the first engines arrived.',
    'Federal highway 17 stayed closed until the morning.',
    'Detectives have opened an investigation into the cause of the fire.',
  ].join(' '),
});

const FIRE_UNDATED = article('a-fire-3', {
  title: 'Feuer zerstört Lagerhalle in Kaltenbrunn',
  date: null,
  text: [
    'In Kaltenbrunn ist in der Nacht zum Montag eine Lagerhalle des Möbelhändlers Wendtner abgebrannt.',
    'Die Feuerwehr war nach eigenen Angaben mit 120 Einsatzkräften aus sieben Gemeinden vor Ort.',
    'Verletzt wurde niemand.',
    'Die Polizei schätzt den Schaden auf rund 2,5 Millionen Euro.',
    'Die Flammen seien bereits aus dem Dach geschlagen, als die ersten Fahrzeuge eintrafen, sagte Kreisbrandmeister Tobias Reindl.',
    'Die Bundesstraße 17 blieb bis zum Morgen gesperrt.',
    'Die Kriminalpolizei ermittelt zur Brandursache.',
  ].join(' '),
});

const FIRE_A_WEEK_LATER = article('a-fire-cause', {
  title: 'Brand in Kaltenbrunn: Ermittler gehen von Brandstiftung aus',
  date: '2024-03-11',
  text: [
    'Eine Woche nach dem Großbrand in einer Lagerhalle des Möbelhändlers Wendtner in Kaltenbrunn geht die Kriminalpolizei von Brandstiftung aus.',
    'Gutachter hätten an zwei Stellen Reste von Brandbeschleuniger gefunden, teilte die Staatsanwaltschaft mit.',
    'Ein Verdächtiger sei bislang nicht ermittelt.',
    'Der Möbelhändler will die Halle an anderer Stelle wieder aufbauen.',
    'Kreisbrandmeister Tobias Reindl lobte erneut die Zusammenarbeit der Wehren.',
    'Zeugen werden gebeten, sich bei der Polizei zu melden.',
  ].join(' '),
});

/** The clusters as sets of article ids, in a stable order, for comparing groupings. */
function groups(events: CorpusEvent[]): string[][] {
  return events.map((e) => e.articleIds.toSorted()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe('clusterEvents on invented cases', () => {
  it('returns no event for no article', () => {
    expect(clusterEvents([])).toEqual([]);
  });

  it('makes one article alone an event of its own, named, titled and dated by it', () => {
    expect(clusterEvents([FIRE_MONDAY])).toEqual([
      { id: eventIdFor(FIRE_MONDAY.id), title: FIRE_MONDAY.title, date: FIRE_MONDAY.date, articleIds: [FIRE_MONDAY.id] },
    ]);
  });

  it('puts two reports of one event a day apart together, named by the earlier one', () => {
    const events = clusterEvents([FIRE_TUESDAY, FIRE_MONDAY]);
    expect(events).toHaveLength(1);
    expect(events[0]!.articleIds).toEqual([FIRE_MONDAY.id, FIRE_TUESDAY.id]);
    expect(events[0]!.id).toBe(eventIdFor(FIRE_MONDAY.id));
  });

  it('keeps a report of the same story a week later apart: a follow-up, not the same event', () => {
    const events = clusterEvents([FIRE_MONDAY, FIRE_TUESDAY, FIRE_A_WEEK_LATER]);
    expect(groups(events)).toEqual([[FIRE_MONDAY.id, FIRE_TUESDAY.id], [FIRE_A_WEEK_LATER.id]]);
  });

  it('puts an English report with the German reports of its event (names and figures read alike)', () => {
    const events = clusterEvents([FIRE_MONDAY, FIRE_TUESDAY, FIRE_ENGLISH]);
    expect(groups(events)).toEqual([[FIRE_MONDAY.id, FIRE_TUESDAY.id, FIRE_ENGLISH.id]]);
  });

  it('puts an undated report with its event, last, and dates the event by the reports that have a date', () => {
    const events = clusterEvents([FIRE_UNDATED, FIRE_MONDAY, FIRE_TUESDAY]);
    expect(events).toHaveLength(1);
    expect(events[0]!.articleIds.at(-1)).toBe(FIRE_UNDATED.id);
    expect(events[0]!.date).not.toBeNull();
  });

  it('gives an event of undated articles no date', () => {
    expect(clusterEvents([FIRE_UNDATED])[0]!.date).toBeNull();
  });

  it('groups the same articles alike whatever order they come in', () => {
    const all = [FIRE_MONDAY, FIRE_TUESDAY, FIRE_ENGLISH, FIRE_UNDATED, FIRE_A_WEEK_LATER];
    expect(clusterEvents(all.toReversed())).toEqual(clusterEvents(all));
  });
});
