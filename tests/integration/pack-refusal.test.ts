// Issue 16, "packs checked to the letter", as a property: a generated pack with one defective record (an
// impossible day, an empty event, an article named twice, a repeated event id, or any of the older defects)
// is refused by the CLI's strict parse naming that record, listed by the options page's import plan under the
// same words, and importing the plan leaves every stored article as it was and stores nothing of the defect.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createCorpusAdmin } from '../../src/db/admin/corpus-admin';
import { bundledPack } from '../../src/db/bundled-pack';
import { seedBundledCorpus } from '../../src/db/corpus-store';
import type { ParallaxDb } from '../../src/db/schema';
import { CORPUS_FORMAT, CORPUS_VERSION, CorpusPackError, describeProblem, parseCorpusPack } from '../../src/engine/corpus/pack-format';
import { deleteFreshDbs, freshDb } from '../helpers/fresh-db';

afterEach(async () => {
  await deleteFreshDbs();
});

type Rec = Record<string, unknown>;

interface Defect {
  kind: string;
  list: 'articles' | 'events';
  /** Makes the pack defective; returns the 1-based position of the defective record in its list. */
  apply(articles: Rec[], events: Rec[], at: number): number;
  /** The words the refusal must contain. */
  says: RegExp;
}

const DEFECTS: Defect[] = [
  { kind: 'impossible article date', list: 'articles', apply: (a, _e, at) => { a[at % a.length]!.date = '2025-13-45'; return (at % a.length) + 1; }, says: /"date" is not a day of the calendar: 2025-13-45/ },
  { kind: 'impossible event date', list: 'events', apply: (_a, e, at) => { e[at % e.length]!.date = '2025-02-30'; return (at % e.length) + 1; }, says: /"date" is not a day of the calendar: 2025-02-30/ },
  { kind: 'event without members', list: 'events', apply: (_a, e) => { e.push({ id: 'ev-empty', title: 'DEFECT', articleIds: [] }); return e.length; }, says: /has no members/ },
  { kind: 'event naming an article twice', list: 'events', apply: (a, e, at) => { const id = a[at % a.length]!.id as string; e.push({ id: 'ev-twice', title: 'DEFECT', articleIds: [id, id] }); return e.length; }, says: /names article ".+" more than once/ },
  { kind: 'repeated event id', list: 'events', apply: (a, e, at) => { e.push({ id: e[at % e.length]!.id, title: 'DEFECT', articleIds: [a[0]!.id] }); return e.length; }, says: /repeats an id used by an earlier event/ },
  { kind: 'event naming a missing article', list: 'events', apply: (_a, e) => { e.push({ id: 'ev-missing', title: 'DEFECT', articleIds: ['nowhere'] }); return e.length; }, says: /names article "nowhere", which the pack does not contain/ },
  { kind: 'article without text', list: 'articles', apply: (a, _e, at) => { delete a[at % a.length]!.text; return (at % a.length) + 1; }, says: /has no "text"/ },
  { kind: 'javascript: URL', list: 'articles', apply: (a, _e, at) => { a[at % a.length]!.url = 'javascript:alert(1)'; return (at % a.length) + 1; }, says: /"url" is not an http\(s\) address/ },
  { kind: 'date not YYYY-MM-DD', list: 'articles', apply: (a, _e, at) => { a[at % a.length]!.date = '12.02.2025'; return (at % a.length) + 1; }, says: /"date" is not YYYY-MM-DD/ },
];

const WORDS = ['Rathaus', 'Brücke', 'Hafen', 'Schule', 'Bahnhof', 'Museum', 'Stadion', 'Klinik'];

/** A valid pack of 2–4 new reports in one or two events; `stored` ids are ids the corpus already holds, which a
 *  defective record may carry (then it must not overwrite the stored article). */
const packArb = fc.record({
  count: fc.integer({ min: 2, max: 4 }),
  split: fc.boolean(),
  word: fc.constantFrom(...WORDS),
  defect: fc.constantFrom(...DEFECTS),
  at: fc.nat({ max: 7 }),
  reuseStoredId: fc.boolean(),
});

function buildPack(p: { count: number; split: boolean; word: string; at: number; reuseStoredId: boolean; defect: Defect }, storedIds: string[]) {
  const articles: Rec[] = Array.from({ length: p.count }, (_, i) => ({
    id: `gen-${p.word}-${i}`,
    title: `${p.word}: Bericht ${i}`,
    text: `Der Stadtrat hat am Dienstag über das neue ${p.word} beraten. Die Entscheidung fiel mit ${10 + i} zu ${5 + i} Stimmen.`,
    url: `https://example.org/${p.word}/${i}`,
    outlet: `Blatt ${i}`,
    date: '2025-03-01',
    language: 'de',
  }));
  const ids = articles.map((a) => a.id as string);
  const events: Rec[] = p.split && p.count > 2
    ? [{ id: 'ev-a', title: 'A', date: '2025-03-01', articleIds: ids.slice(0, 2) }, { id: 'ev-b', title: 'B', date: '2025-03-01', articleIds: ids.slice(2) }]
    : [{ id: 'ev-a', title: 'A', date: '2025-03-01', articleIds: ids }];
  const record = p.defect.apply(articles, events, p.at);
  if (p.reuseStoredId && p.defect.list === 'articles') {
    const culprit = articles[record - 1]!;
    const old = culprit.id as string;
    culprit.id = storedIds[p.at % storedIds.length]!;
    for (const e of events) e.articleIds = (e.articleIds as string[]).map((id) => (id === old ? culprit.id : id));
  }
  return { json: { format: CORPUS_FORMAT, version: CORPUS_VERSION, articles, events }, record };
}

async function stored(db: ParallaxDb) {
  const [articles, events] = await Promise.all([db.articles.toArray(), db.events.toArray()]);
  return { articles: articles.sort((a, b) => a.id.localeCompare(b.id)), events };
}

describe('a pack with one defective record (property)', () => {
  it('is refused naming the record, in the CLI and the import plan; importing stores nothing of it and changes no stored article', async () => {
    const bundled = bundledPack();
    const storedIds = bundled.articles.map((a) => a.id);
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(packArb, async (p) => {
        seen.add(p.defect.kind);
        const { json, record } = buildPack(p, storedIds);
        const label = `${p.defect.list === 'events' ? 'event' : 'record'} ${record}`;

        // The CLI (compare --corpus): the whole pack is refused, naming the record and its problem.
        let refusal = '';
        try {
          parseCorpusPack(structuredClone(json), 'gen.json');
        } catch (error) {
          expect(error).toBeInstanceOf(CorpusPackError);
          refusal = (error as Error).message;
        }
        expect(refusal).toMatch(new RegExp(`^gen\\.json: ${label} `));
        expect(refusal).toMatch(p.defect.says);

        // The options page: the plan lists the record; the import writes the valid rest and nothing of it.
        const db = freshDb('parallax-refusal');
        await seedBundledCorpus(db, bundled);
        const before = await stored(db);
        const admin = createCorpusAdmin(db);
        const plan = await admin.planImport('gen.json', JSON.stringify(json));
        const problems = plan.invalid.map(describeProblem);
        expect(problems.some((line) => line.startsWith(`${label} `) && p.defect.says.test(line)), problems.join('\n')).toBe(true);
        expect(await stored(db), 'planning writes nothing').toEqual(before);
        await admin.applyImport(plan);
        const after = await stored(db);
        for (const row of before.articles) expect(after.articles.find((a) => a.id === row.id), `stored article ${row.id}`).toEqual(row);
        expect(after.events.filter((e) => e.title === 'DEFECT'), 'events made from the defective record').toEqual([]);
        if (p.defect.list === 'articles') {
          const culprit = json.articles[record - 1]!;
          const row = after.articles.find((a) => a.id === culprit.id);
          if (row) expect(before.articles.map((a) => a.id), 'a stored row with the defective id is the old one').toContain(row.id);
        }
        db.close();
      }),
      { numRuns: 30 },
    );
    expect([...seen].sort(), 'every kind of defect was generated').toEqual(DEFECTS.map((d) => d.kind).sort());
  }, 120_000);
});
