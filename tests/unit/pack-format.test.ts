import { describe, expect, it } from 'vitest';
import { CORPUS_FORMAT, CORPUS_VERSION, CorpusPackError, describeProblem, parseCorpusPack, validateCorpusPack } from '../../src/engine/corpus/pack-format';
import { mergeCorpusPacks } from '../../src/engine/corpus/build-pack';
import { seedPack } from '../helpers/seeds';

const article = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: 't', text: 'Ein Satz über etwas.', ...extra });
const pack = (articles: unknown[], extra: Record<string, unknown> = {}) => ({ format: CORPUS_FORMAT, version: CORPUS_VERSION, articles, ...extra });

describe('corpus pack validation', () => {
  it('round-trips the bundled pack through JSON unchanged', async () => {
    const bundled = await seedPack();
    expect(parseCorpusPack(JSON.parse(JSON.stringify(bundled)), 'bundled.json', 'bundled')).toEqual(bundled);
  });

  it('refuses what is not a pack, another format and another version before looking at records', () => {
    expect(() => parseCorpusPack([], 'a.json')).toThrow('a.json: is not a JSON object');
    expect(() => parseCorpusPack({ format: 'other', version: 1, articles: [] }, 'b.json')).toThrow(/b\.json: is not a Parallax corpus pack/);
    expect(() => parseCorpusPack(pack([], { version: 3 }), 'c.json')).toThrow('c.json: has format version 3; this Parallax reads versions 1 and 2');
    expect(() => parseCorpusPack({ format: CORPUS_FORMAT, version: 1 }, 'd.json')).toThrow(CorpusPackError);
  });

  it('names every invalid record with its position, id and problem', () => {
    const { pack: valid, problems } = validateCorpusPack(pack([
      article('a'),
      { id: 'b', title: 'no text' },
      article('c', { url: 'javascript:alert(1)' }),
      article('a'),
      article('d', { date: '12.02.2025' }),
      'not an object',
      article('e', { outlet: { name: 'X', known: 'guessed' } }),
    ]), 'in.json');
    expect(valid.articles.map((a) => a.id)).toEqual(['a']);
    expect(problems.map(describeProblem)).toEqual([
      'record 2 ("id": "b") has no "text"',
      'record 3 ("id": "c") "url" is not an http(s) address: javascript:alert(1)',
      'record 4 ("id": "a") repeats an id used by an earlier record',
      'record 5 ("id": "d") "date" is not YYYY-MM-DD: 12.02.2025',
      'record 6 is not an object',
      'record 7 ("id": "e") "outlet.known" must be one of stated, inferred, unknown',
    ]);
  });

  it('refuses events that name articles the pack lacks', () => {
    expect(() => parseCorpusPack(pack([article('a')], { events: [{ id: 'e1', articleIds: ['a', 'zz'] }] }), 'e.json'))
      .toThrow('e.json: event 1 ("id": "e1") names article "zz", which the pack does not contain');
  });

  it('refuses impossible days, empty events, an article named twice and a repeated event id, naming each record', () => {
    const { pack: valid, problems } = validateCorpusPack(pack([
      article('a', { date: '2025-13-45' }),
      article('b', { date: '2025-02-29' }),
      article('c', { date: '2024-02-29' }),
      article('d'),
    ], {
      events: [
        { id: 'e1', articleIds: ['c'] },
        { id: 'e2', articleIds: [] },
        { id: 'e3', articleIds: ['d', 'd'] },
        { id: 'e1', articleIds: ['d'] },
        { id: 'e5', date: '2025-04-31', articleIds: ['d'] },
      ],
    }), 'p.json');
    expect(problems.map(describeProblem)).toEqual([
      'record 1 ("id": "a") "date" is not a day of the calendar: 2025-13-45 (there is no month 13)',
      'record 2 ("id": "b") "date" is not a day of the calendar: 2025-02-29 (month 2 of 2025 has 28 days)',
      'event 2 ("id": "e2") has no members ("articleIds" is empty)',
      'event 3 ("id": "e3") names article "d" more than once',
      'event 4 ("id": "e1") repeats an id used by an earlier event',
      'event 5 ("id": "e5") "date" is not a day of the calendar: 2025-04-31 (month 4 of 2025 has 30 days)',
    ]);
    expect(valid.articles.map((a) => a.id)).toEqual(['c', 'd']);
    expect(valid.events).toEqual([{ id: 'e1', title: '', date: null, articleIds: ['c'] }]);
    // The CLI's strict parse (compare --corpus) refuses the whole pack, naming the first culprit.
    expect(() => parseCorpusPack(pack([article('a', { date: '2025-13-45' })]), 'x.json'))
      .toThrow('x.json: record 1 ("id": "a") "date" is not a day of the calendar: 2025-13-45 (there is no month 13)');
  });

  it('reads the optional "placedByReader" mark: kept only when true, anything but a boolean is invalid', () => {
    const { pack: valid, problems } = validateCorpusPack(pack([
      article('a', { placedByReader: true }),
      article('b', { placedByReader: false }),
      article('c'),
      article('d', { placedByReader: 'yes' }),
      article('e', { placedByReader: 1 }),
    ]), 'p.json');
    expect(valid.articles.map((a) => [a.id, a.placedByReader])).toEqual([['a', true], ['b', undefined], ['c', undefined]]);
    expect('placedByReader' in valid.articles[1]!).toBe(false);
    expect(problems.map(describeProblem)).toEqual([
      'record 4 ("id": "d") "placedByReader" is not true or false',
      'record 5 ("id": "e") "placedByReader" is not true or false',
    ]);
  });

  it('takes a bare outlet name as stated by the importer', () => {
    const parsed = parseCorpusPack(pack([article('a', { outlet: 'Tagesblatt' })]), 'f.json');
    expect(parsed.articles[0]!.outlet).toEqual({ name: 'Tagesblatt', known: 'stated', evidence: ['named in the imported record'] });
    expect(parsed.articles[0]!.origin).toBe('imported');
  });
});

describe('mergeCorpusPacks', () => {
  it('keeps the first copy of an article and clusters articles no event holds', async () => {
    const bundled = await seedPack();
    const loose = { ...bundled, events: [] };
    const merged = mergeCorpusPacks([bundled, loose]);
    expect(merged.articles).toHaveLength(bundled.articles.length);
    expect(merged.events).toEqual(bundled.events);
    expect(mergeCorpusPacks([loose]).events.map((e) => e.articleIds.length)).toEqual([5]);
  });
});
