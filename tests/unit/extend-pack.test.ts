// Extending a pack names new events as event-id.ts does everywhere: by the earliest new article, and with that
// article's next id when the first is taken, by an existing event or by another new one.

import { describe, expect, it, vi } from 'vitest';
import { eventIdFor } from '../../src/engine/corpus/event-id';
import { emptyPack, extendPack } from '../../src/engine/corpus/harvest/extend-pack';
import type { CorpusPack } from '../../src/engine/corpus/pack-format';
import { clusterEvents } from '../../src/engine/match/cluster-events';
import type { CorpusArticle } from '../../src/engine/types';

/** Two invented article ids made to hash alike, standing for a collision of the 48-bit event ids. */
const FOUNDER = 'a-quarry-vote';
const LOOKALIKE = 'a-tram-strike';

vi.mock('../../src/engine/text/hash', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/text/hash')>();
  return { ...original, hash64: (text: string) => original.hash64(text === LOOKALIKE ? FOUNDER : text) };
});

function article(id: string, date: string, title: string, sentences: string[]): CorpusArticle {
  return { id, title, text: sentences.join(' '), url: null, outlet: { name: 'Tagblatt', known: 'stated', evidence: [] }, date, language: 'de', origin: 'imported' };
}

// Two unrelated invented stories, each a new event of its own.
const QUARRY_VOTE = article(FOUNDER, '2024-05-06', 'Gemeinderat Steinach lehnt Erweiterung des Steinbruchs ab', [
  'Der Gemeinderat von Steinach hat die Erweiterung des Steinbruchs am Hirschberg mit 14 zu 9 Stimmen abgelehnt.',
  'Die Betreiberfirma wollte die Abbaufläche um elf Hektar vergrößern.',
  'Anwohner hatten über Jahre gegen Lärm und Staub protestiert.',
  'Bürgermeisterin Agnes Vollrath sagte, der Beschluss sei nach langer Abwägung gefallen.',
]);
const TRAM_STRIKE = article(LOOKALIKE, '2024-05-08', 'Warnstreik legt Straßenbahnen in Ortenfeld lahm', [
  'Ein Warnstreik hat am Mittwoch den gesamten Straßenbahnverkehr in Ortenfeld zum Erliegen gebracht.',
  'Die Gewerkschaft fordert für die rund 600 Beschäftigten acht Prozent mehr Lohn.',
  'Pendler wichen auf Busse und Fahrräder aus.',
  'Die Verkehrsbetriebe nannten den Streik unverhältnismäßig.',
]);

describe('extendPack: ids of new events', () => {
  it('the collision is real: the two founders\' first event ids are the same', () => {
    expect(eventIdFor(LOOKALIKE)).toBe(eventIdFor(FOUNDER));
  });

  it('gives two new events whose founders\' ids collide distinct ids: the earlier founder\'s first, the later founder\'s next', () => {
    const { newEvents, pack } = extendPack(emptyPack(), [TRAM_STRIKE, QUARRY_VOTE]);
    expect(newEvents.map((e) => e.articleIds)).toEqual([[FOUNDER], [LOOKALIKE]]);
    expect(newEvents.map((e) => e.id)).toEqual([eventIdFor(FOUNDER), eventIdFor(LOOKALIKE, 1)]);
    expect(new Set(pack.events.map((e) => e.id)).size).toBe(pack.events.length);
  });

  it('gives a new event whose founder\'s id an existing event holds the founder\'s next id, and leaves the existing event as it was', () => {
    // The existing event keeps the id its founder gave it although that report has left it since.
    const stayed = { ...QUARRY_VOTE, id: 'a-quarry-report' };
    const existingEvent = { id: eventIdFor(LOOKALIKE), title: stayed.title, date: stayed.date, articleIds: [stayed.id] };
    const existing: CorpusPack = { ...emptyPack(), articles: [stayed], events: [existingEvent] };
    const { newEvents, pack } = extendPack(existing, [TRAM_STRIKE]);
    expect(newEvents.map((e) => e.articleIds)).toEqual([[LOOKALIKE]]);
    expect(newEvents.map((e) => e.id)).toEqual([eventIdFor(LOOKALIKE, 1)]);
    expect(pack.events[0]).toEqual(existingEvent);
  });

  it('names a new event without a collision by its earliest new article, as clustering names it', () => {
    const { newEvents } = extendPack(emptyPack(), [QUARRY_VOTE]);
    expect(newEvents.map((e) => e.id)).toEqual([eventIdFor(FOUNDER)]);
    expect(newEvents.map((e) => e.id)).toEqual(clusterEvents([QUARRY_VOTE]).map((e) => e.id));
  });
});
