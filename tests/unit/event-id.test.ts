// Event ids: one formula for clustering, the reader's own articles, moves and imports, and the collision rule
// (a taken id gives way to the founding article's next one).
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../src/db/bundled-pack';
import { eventIdFor, firstFreeEventId, freeEventId } from '../../src/engine/corpus/event-id';

describe('eventIdFor', () => {
  it('is "e-" and 12 hex digits, the same for the same article every time', () => {
    expect(eventIdFor('a-32eacca4ef8c5a7d')).toMatch(/^e-[0-9a-f]{12}$/);
    expect(eventIdFor('a-32eacca4ef8c5a7d')).toBe(eventIdFor('a-32eacca4ef8c5a7d'));
    expect(eventIdFor('a-32eacca4ef8c5a7d', 0)).toBe(eventIdFor('a-32eacca4ef8c5a7d'));
  });

  it('names the bundled event as the clustering did: by its first article', () => {
    const event = bundledPack().events[0]!;
    expect(eventIdFor(event.articleIds[0]!)).toBe(event.id);
  });

  it('differs between articles and between attempts', () => {
    const ids = [eventIdFor('a-1'), eventIdFor('a-2'), eventIdFor('a-1', 1), eventIdFor('a-1', 2)];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('freeEventId', () => {
  it('is the article\'s first id when nothing holds it', async () => {
    expect(await freeEventId('a-1', () => false)).toBe(eventIdFor('a-1'));
  });

  it('gives a taken id\'s place to the next one, asking a synchronous or an asynchronous check', async () => {
    const taken = new Set([eventIdFor('a-1'), eventIdFor('a-1', 1)]);
    expect(await freeEventId('a-1', (id) => taken.has(id))).toBe(eventIdFor('a-1', 2));
    expect(await freeEventId('a-1', async (id) => taken.has(id))).toBe(eventIdFor('a-1', 2));
  });

  it('asks about ids in order and stops at the first free one', async () => {
    const asked: string[] = [];
    await freeEventId('a-1', (id) => {
      asked.push(id);
      return asked.length < 2;
    });
    expect(asked).toEqual([eventIdFor('a-1'), eventIdFor('a-1', 1)]);
  });

  it('names the article when every id is taken, instead of looping for ever', async () => {
    await expect(freeEventId('a-stuck', () => true)).rejects.toThrow('article "a-stuck"');
  });
});

describe('firstFreeEventId (the same rule for ids held in memory)', () => {
  it('gives the ids freeEventId gives', async () => {
    const taken = new Set([eventIdFor('a-1'), eventIdFor('a-1', 1)]);
    expect(firstFreeEventId('a-1', (id) => taken.has(id))).toBe(await freeEventId('a-1', (id) => taken.has(id)));
    expect(firstFreeEventId('a-2', (id) => taken.has(id))).toBe(eventIdFor('a-2'));
  });

  it('names the article when every id is taken', () => {
    expect(() => firstFreeEventId('a-stuck', () => true)).toThrow('article "a-stuck"');
  });
});
