// The sidebar's view-model: outlet columns, fact rows with a mark per column, coverage marks for the page,
// and the words for match confidence and errors, on a comparison the engine computed from the seeds.
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticle } from '../../src/engine/compare';
import type { Comparison, Fact } from '../../src/engine/types';
import { ProtocolCallError } from '../../src/messaging/send';
import {
  columnLetter, columnsOf, coverageMarks, CURRENT, errorCodeOf, errorKey, factCounts, factRows, filterRows, knownKey,
  matchKey, outletColumns, readToken, safeHttpUrl,
} from '../../src/ui/sidebar/view-model';
import { seedCorpusWithout, seedInput } from '../helpers/seeds';

let c: Comparison;
beforeAll(async () => {
  c = compareArticle(seedInput('003'), await seedCorpusWithout('003'));
});

const here = { title: 'Page title', outlet: 'apa.at', url: 'https://apa.at/story' };

function fact(id: string, mentions: [string, number][], independent = mentions.length): Fact {
  return {
    id, label: id, independent, maybe: [],
    mentions: mentions.map(([articleId, sentence]) => {
      const text = `${articleId}#${sentence}`;
      return { articleId, sentence, text, span: { start: 0, end: text.length }, claim: text, attribution: null, reprintedBy: [] };
    }),
  };
}

function handmade(facts: Fact[], sentences: number, onlyHere: string[] = [], omitted: string[] = []): Comparison {
  return {
    ...c,
    article: { ...c.article, sentences: Array.from({ length: sentences }, (_, index) => ({ index, text: `s${index}` })) },
    facts,
    coverage: { onlyHere, omitted, maybe: [] },
  };
}

describe('outlet columns', () => {
  it('puts this article first, then the four other seed outlets lettered A–D with how each is known', () => {
    const cols = outletColumns(c, here);
    expect(cols.map((col) => col.letter)).toEqual([null, 'A', 'B', 'C', 'D']);
    expect(cols[0]).toMatchObject({ articleId: CURRENT, known: null, url: 'https://apa.at/story' });
    expect(cols.slice(1).map((col) => col.name)).toEqual(c.event!.articles.map((a) => a.outlet));
    expect(cols.map((col) => col.name)).toEqual(expect.arrayContaining(['Junge Freiheit', 'RT DE', null]));
    expect(cols.slice(1).every((col) => col.known !== null && col.evidence.length > 0)).toBe(true);
  });

  it('letters columns past Z like the terminal report', () => {
    expect([0, 3, 25, 26, 27, 52].map(columnLetter)).toEqual(['A', 'D', 'Z', 'A1', 'B1', 'A2']);
  });

  it('links only http(s) addresses', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });

  it('finds the columns of article ids in column order and skips unknown ids', () => {
    const cols = outletColumns(c, here);
    const [a, , , d] = c.event!.articles;
    expect(columnsOf([d!.id, 'nope', CURRENT, a!.id], cols).map((col) => col.letter)).toEqual([null, 'A', 'D']);
  });
});

describe('fact rows', () => {
  it('marks exactly the outlets whose mentions the engine put in each fact', () => {
    const cols = outletColumns(c, here);
    const rows = factRows(c, cols);
    expect(rows).toHaveLength(c.facts.length);
    for (const row of rows) {
      const reporters = new Set(row.fact.mentions.map((m) => m.articleId));
      expect(row.reported).toEqual(cols.map((col) => reporters.has(col.articleId)));
      expect(row.outlets).toBe(reporters.size);
      expect(row.currentSentence).toBe(row.fact.mentions.find((m) => m.articleId === CURRENT)?.sentence ?? null);
    }
  });

  it('calls out facts only this article has and facts it leaves out, as the engine decided', () => {
    const rows = factRows(c, outletColumns(c, here));
    expect(rows.filter((r) => r.status === 'only-here').map((r) => r.fact.id)).toEqual(c.coverage.onlyHere);
    // "Left out here" only when at least two independent outlets report the fact; else one outlet's background.
    const strict = c.facts.filter((f) => c.coverage.omitted.includes(f.id) && f.independent >= 2).map((f) => f.id);
    const loose = c.facts.filter((f) => c.coverage.omitted.includes(f.id) && f.independent < 2).map((f) => f.id);
    expect(strict.length + loose.length).toBe(c.coverage.omitted.length);
    expect(rows.filter((r) => r.status === 'omitted').map((r) => r.fact.id)).toEqual(strict);
    expect(rows.filter((r) => r.status === 'elsewhere').map((r) => r.fact.id)).toEqual(loose);
    expect(rows.filter((r) => r.status === 'omitted').every((r) => r.reported[0] === false)).toBe(true);
    expect(rows.some((r) => r.independent < r.outlets)).toBe(true); // the seeds hold reprinted dpa copy
    expect(filterRows(rows, 'only-here')).toHaveLength(c.coverage.onlyHere.length);
    expect(filterRows(rows, 'all')).toHaveLength(rows.length);
    const counts = factCounts(c);
    expect(counts.inArticle).toBe(rows.filter((r) => r.reported[0]).length);
    expect(counts.onlyHere + counts.omitted).toBeLessThanOrEqual(rows.length);
  });
});

describe('coverage marks', () => {
  it('counts other outlets per sentence: two or more many, one few, none only-here', () => {
    const comparison = handmade([
      fact('f1', [[CURRENT, 0], ['a', 3], ['b', 1]]),
      fact('f2', [[CURRENT, 1], ['a', 2]]),
      fact('f3', [[CURRENT, 2]]),
      // Sentence 3 states two facts, each reported by one other outlet: two outlets in all.
      fact('f4', [[CURRENT, 3], ['a', 5]]),
      fact('f5', [[CURRENT, 3], ['c', 4]]),
      // The same outlet twice counts once.
      fact('f6', [[CURRENT, 4], ['a', 6]]),
      fact('f7', [[CURRENT, 4], ['a', 7]]),
      fact('f8', [['b', 9], ['c', 9]]),
    ], 6);
    expect(coverageMarks(comparison)).toEqual([
      { sentence: 0, coverage: 'many' },
      { sentence: 1, coverage: 'few' },
      { sentence: 2, coverage: 'only-here' },
      { sentence: 3, coverage: 'many' },
      { sentence: 4, coverage: 'few' },
      { sentence: 5, coverage: 'only-here' }, // in no fact at all
    ]);
  });

  it('marks every sentence of the seed article, and the only-here facts as only-here', () => {
    const marks = coverageMarks(c);
    expect(marks.map((m) => m.sentence)).toEqual(c.article.sentences.map((s) => s.index));
    const onlyHereSentences = c.facts.filter((f) => c.coverage.onlyHere.includes(f.id)).flatMap((f) => f.mentions.map((m) => m.sentence));
    for (const s of onlyHereSentences) {
      const others = c.facts.filter((f) => f.mentions.some((m) => m.articleId === CURRENT && m.sentence === s) && f.mentions.length > 1);
      if (others.length === 0) expect(marks.find((m) => m.sentence === s)!.coverage).toBe('only-here');
    }
    expect(new Set(marks.map((m) => m.coverage))).toEqual(new Set(['many', 'few', 'only-here']));
  });
});

describe('words for the match, outlets and errors', () => {
  it('says how sure the match is, and never calls a related story the same event', () => {
    expect(matchKey({ relation: 'same', confidence: 1 })).toBe('matchVeryLikely');
    expect(matchKey({ relation: 'same', confidence: 0.85 })).toBe('matchVeryLikely');
    expect(matchKey({ relation: 'same', confidence: 0.84 })).toBe('matchLikely');
    expect(matchKey({ relation: 'same', confidence: 0.65 })).toBe('matchLikely');
    expect(matchKey({ relation: 'same', confidence: 0.64 })).toBe('matchPossibly');
    expect(matchKey({ relation: 'related', confidence: 0.99 })).toBe('matchRelated');
    expect(matchKey({ relation: 'same', confidence: 1, articles: [] })).toBe('matchOnlyThisArticle');
  });

  it('names how an outlet is known', () => {
    expect(['stated', 'inferred', 'unknown'].map((k) => knownKey(k as 'stated'))).toEqual(['knownStated', 'knownInferred', 'knownUnknown']);
  });

  it('has a sentence for every protocol error code, and treats anything else as internal', () => {
    const codes = ['not-allowed', 'bad-request', 'not-found', 'database', 'storage-full', 'internal'] as const;
    expect(new Set(codes.map(errorKey)).size).toBe(codes.length);
    for (const code of codes) expect(errorCodeOf(new ProtocolCallError(code, 'x'))).toBe(code);
    expect(errorCodeOf({ code: 'made-up' })).toBe('internal');
    expect(errorCodeOf(new TypeError('port closed'))).toBe('internal');
    expect(errorCodeOf(null)).toBe('internal');
  });

  it('reads the token from the URL fragment', () => {
    expect(readToken('#3f2a-11')).toBe('3f2a-11');
    expect(readToken('#a%20b')).toBe('a b');
    expect(readToken('')).toBeNull();
    expect(readToken('#')).toBeNull();
    expect(readToken('#%E0%A4%A')).toBeNull();
  });
});
