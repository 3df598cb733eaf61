// The background's cache of corpus articles' readings (issue 15): a second click on a report of an event reads
// none of its articles again and answers as the first; an article corrected under the same id is read again, and
// the answer is the one a fresh worker gives.

import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Comparisons } from '../../src/background/comparisons';
import { CorpusCache } from '../../src/background/corpus-cache';
import { updateArticle } from '../../src/db/admin/edit-article';
import { loadCorpus } from '../../src/db/corpus-store';
import type { Comparison } from '../../src/engine';
import type { PageArticle } from '../../src/messaging/protocol';
import { deleteFreshDbs, freshDb } from '../helpers/fresh-db';

afterEach(deleteFreshDbs);

const REPORT = join(import.meta.dirname, '..', 'fixtures', 'english-reports', 'wire-copy-2025-02-12.txt');

function page(): PageArticle {
  const [title, ...rest] = readFileSync(REPORT, 'utf8').split('\n');
  return { title: title!.trim(), text: rest.join('\n'), url: 'https://news.example/wire', byline: null, siteName: null, date: '2025-02-12' };
}

const withoutTimings = (c: Comparison) => ({ ...c, timings: null });

describe("the background's feature cache", () => {
  it('reads no corpus article again on the next click, and reads a corrected one again', async () => {
    const db = freshDb();
    const comparisons = new Comparisons(new CorpusCache(() => db));
    const first = await comparisons.factsOf('t1', page());
    expect(first.event?.relation).toBe('same');
    const { features } = (await comparisons.preparedOf('t1', page())).corpus;
    expect(features.stats()).toEqual({ hits: 0, misses: 5, size: 5 });

    const second = await comparisons.factsOf('t2', page());
    expect(features.stats()).toEqual({ hits: 5, misses: 5, size: 5 });
    expect(withoutTimings(second)).toEqual(withoutTimings(first));

    // A reader's correction: the same id, a sentence's word changed.
    const corrected = (await loadCorpus(db)).articles.find((a) => a.text.includes('Telefonat'))!;
    await updateArticle(db, corrected.id, { text: corrected.text.replaceAll('Telefonat', 'Fernsprechtelefonat') });
    const third = await comparisons.factsOf('t3', page());
    expect(features.stats()).toEqual({ hits: 9, misses: 6, size: 6 });
    expect(JSON.stringify(third)).toContain('Fernsprechtelefonat');
    // A fresh worker (nothing kept) answers the same.
    const fresh = await new Comparisons(new CorpusCache(() => db)).factsOf('t4', page());
    expect(withoutTimings(third)).toEqual(withoutTimings(fresh));
  });
});
