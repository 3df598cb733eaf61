import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectReuse,
  estimateJaccard,
  findSharedPassages,
  MINHASH_VERSION,
  quotedRanges,
  reprintedSentences,
  signature,
} from '../../src/engine/reuse';
import { tokenize } from '../../src/engine/text/tokens';

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, 3), text: readFileSync(new URL(f, seedDir), 'utf8') }));
const seed = (id: string) => seeds.find((s) => s.id === id)!;

/** The sentence of `text` that contains `needle`, as a character span (naive split, fine for fixtures). */
function sentenceSpan(text: string, needle: string, index: number) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture: "${needle}" not found`);
  return { index, start: at, end: at + needle.length };
}

describe('detectReuse on the seed articles', () => {
  const groups = detectReuse(seeds);

  it('finds exactly the agency copy that 003 reprints from 000', () => {
    expect(groups.map((g) => g.articleIds)).toEqual([['000', '003']]);
  });

  it('returns the identical sentences as passages, with offsets into both originals', () => {
    const [group] = groups;
    const shared = [
      'Es sollten sofort Verhandlungen beginnen, um den Krieg in der Ukraine zu beenden',
      'Ich glaube, dass diese Bemühungen zu einem erfolgreichen Abschluss führen werden, hoffentlich bald',
    ];
    for (const sentence of shared) {
      expect(seed('000').text).toContain(sentence);
      expect(seed('003').text).toContain(sentence);
      const k = group!.passages.findIndex((p) => p.includes(sentence));
      expect(k).toBeGreaterThanOrEqual(0);
      for (const id of ['000', '003']) {
        const texts = group!.details[k]!.spans[id]!.map(([s, e]) => seed(id).text.slice(s, e));
        expect(texts.join(' ')).toContain(sentence);
      }
    }
  });

  it('orders passages by position in the first article and marks the quote-only one', () => {
    const [group] = groups;
    const starts = group!.details.map((d) => d.spans['000']![0]![0]);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(group!.details.map((d) => d.quoteOnly)).toEqual([false, true]);
  });

  it('reports each article’s share of reprinted tokens', () => {
    const share = groups[0]!.tokenShare;
    expect(share['000']).toBeGreaterThan(0.1);
    expect(share['000']).toBeLessThan(0.5);
    expect(share['003']).toBeGreaterThan(0.1);
    expect(share['003']).toBeLessThan(share['000']!); // 003 adds more own text around the copy
  });

  it('ignores pairs that only share short phrases', () => {
    // 000 and 004 share "des russischen Angriffskrieges gegen die Ukraine" (6 tokens), not more.
    expect(findSharedPassages(seed('000'), seed('004'))).toEqual([]);
    expect(findSharedPassages(seed('000'), seed('004'), { minTokens: 6 })).toHaveLength(1);
    expect(detectReuse([seed('001'), seed('002'), seed('004')])).toEqual([]);
  });

  it('marks the reprinted sentences of both articles and nothing else', () => {
    const sentence = 'Es sollten sofort Verhandlungen beginnen, um den Krieg in der Ukraine zu beenden.';
    const own = 'Die Nachrichtenagentur Tass berichtet, Putin habe Trump nach Moskau eingeladen.';
    const marked = reprintedSentences(groups, {
      '000': [sentenceSpan(seed('000').text, sentence, 7), sentenceSpan(seed('000').text, own, 2)],
      '003': [sentenceSpan(seed('003').text, sentence, 9)],
      '004': [{ index: 0, start: 0, end: 100 }],
    });
    expect(marked).toEqual({ '000': [{ index: 7, with: ['003'] }], '003': [{ index: 9, with: ['000'] }], '004': [] });
  });
});

const agency =
  'Die Bundesregierung hat am Dienstag in Berlin ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. ' +
  'Nach Angaben des Wirtschaftsministeriums sollen private Haushalte künftig einen Zuschuss von bis zu 5000 Euro ' +
  'erhalten, wenn sie eine Wärmepumpe in ihrem Haus einbauen lassen. Die Opposition kritisierte das Vorhaben scharf ' +
  'und sprach von einem teuren Wahlgeschenk. Der Bundesrat muss dem Gesetz in den kommenden Wochen noch zustimmen, ' +
  'eine Mehrheit gilt als sicher. Umweltverbände begrüßten die Pläne grundsätzlich, forderten aber eine schnellere ' +
  'Umsetzung in den Ländern.';
// Two words changed, one inserted, one sentence dropped, quotes and case untouched.
const reprint =
  'Die Bundesregierung hat am Dienstag in Berlin ein neues Gesetz zur Förderung erneuerbarer Energien verabschiedet. ' +
  'Nach Angaben des Wirtschaftsministeriums sollen private Haushalte künftig einen Zuschuss von bis zu 5000 Euro ' +
  'bekommen, wenn sie eine Wärmepumpe in ihrem Haus einbauen lassen. Der Bundesrat muss dem Gesetz in den kommenden ' +
  'Wochen noch zustimmen, eine Mehrheit gilt aber als sicher. Umweltverbände begrüßten die Pläne grundsätzlich, ' +
  'forderten aber eine schnellere Umsetzung in den Ländern.';

describe('findSharedPassages on a lightly edited reprint', () => {
  const passages = findSharedPassages({ id: 'agency', text: agency }, { id: 'reprint', text: reprint });

  it('merges runs across changed and inserted words, and splits where a sentence was dropped', () => {
    expect(passages).toHaveLength(2);
    expect(passages[0]!.textA).toBe(agency.slice(0, agency.indexOf('lassen.') + 6));
    expect(passages[1]!.textA).toBe(agency.slice(agency.indexOf('Der Bundesrat'), -1));
    expect(passages[0]!.textB).toContain('verabschiedet');
    expect(passages[0]!.textB).toContain('bekommen');
    expect(passages[1]!.textB).toContain('gilt aber als sicher');
    expect(passages.some((p) => p.textA.includes('Opposition'))).toBe(false);
  });

  it('gives offsets that slice the original wording on each side', () => {
    for (const p of passages) {
      expect(agency.slice(p.startA, p.endA)).toBe(p.textA);
      expect(reprint.slice(p.startB, p.endB)).toBe(p.textB);
      expect(p.matchedTokens).toBeLessThan(p.tokens + 2);
    }
    expect(passages[0]!.matchedTokens).toBe(passages[0]!.tokens - 2);
  });

  it('does not merge over an edit of more than maxGap words', () => {
    const split = findSharedPassages({ id: 'a', text: agency }, { id: 'b', text: reprint }, { maxGap: 0 });
    expect(split.length).toBeGreaterThan(passages.length);
  });

  it('forms one group, and one group of three when a third outlet prints the same copy', () => {
    const two = detectReuse([{ id: 'agency', text: agency }, { id: 'reprint', text: reprint }]);
    expect(two).toHaveLength(1);
    expect(two[0]!.passages).toHaveLength(2);
    const third = { id: 'third', text: `Ein eigener Einstieg der Redaktion. ${agency} Eigener Schluss.` };
    const three = detectReuse([{ id: 'agency', text: agency }, { id: 'reprint', text: reprint }, third]);
    expect(three.map((g) => g.articleIds)).toEqual([['agency', 'reprint', 'third']]);
    expect(three[0]!.details[0]!.spans['third']).toHaveLength(1);
  });

  it('matches a paragraph printed twice in b only once, to its first copy', () => {
    const twice = `${agency} Eine Meldung dazwischen. ${agency}`;
    const found = findSharedPassages({ id: 'agency', text: agency }, { id: 'twice', text: twice });
    expect(found.map((p) => [p.startA, p.endA, p.startB, p.endB])).toEqual([[0, agency.length - 1, 0, agency.length - 1]]);
  });

  it('does not merge over a gap that another run owns (regression: passages overlapped in b)', () => {
    const [a, b] = ['über die der der der der der der', 'der der der der der Ukraine-Krieg über der'];
    const found = findSharedPassages({ id: 'a', text: a }, { id: 'b', text: b }, { minTokens: 1, maxGap: 2 });
    const inB = found.map((p) => [p.startB, p.endB]).sort((x, y) => x[0]! - y[0]!);
    inB.slice(1).forEach(([start], k) => expect(start).toBeGreaterThan(inB[k]![1]!));
  });

  it('folds quotation marks, case and the old orthography', () => {
    const a = 'Er sagte, „dass wir das Abkommen in Russland noch in diesem Jahr unterzeichnen werden“.';
    const b = 'ER SAGTE, "DAß WIR DAS ABKOMMEN IN RUßLAND NOCH IN DIESEM JAHR UNTERZEICHNEN WERDEN."';
    expect(findSharedPassages({ id: 'a', text: a }, { id: 'b', text: b })).toHaveLength(1);
  });
});

describe('detectReuse on independently written and on English articles', () => {
  it('finds nothing between two independent reports of the same event', () => {
    const one =
      'Das Kabinett hat ein Gesetz zur Förderung von Wärmepumpen auf den Weg gebracht. Haushalte sollen bis zu ' +
      '5000 Euro Zuschuss bekommen. Die Opposition hält das für ein Wahlgeschenk, Umweltverbände loben die Pläne.';
    const two =
      'Wer eine Wärmepumpe einbaut, bekommt künftig Geld vom Staat: Bis zu 5000 Euro will die Bundesregierung ' +
      'zuschießen, wie das Wirtschaftsministerium am Dienstag in Berlin mitteilte. Der Bundesrat muss noch zustimmen.';
    expect(detectReuse([{ id: 'one', text: one }, { id: 'two', text: two }, { id: 'short', text: 'x' }])).toEqual([]);
    expect(detectReuse([{ id: 'one', text: one }])).toEqual([]);
    expect(detectReuse([])).toEqual([]);
  });

  it('finds English agency copy', () => {
    const wire =
      'The European Central Bank raised interest rates by a quarter of a percentage point on Thursday, its tenth ' +
      'consecutive increase, as policymakers tried to bring inflation back to their two percent target. ' +
      '"We are not pausing," the bank\'s president told reporters in Frankfurt.';
    const paper =
      'Markets had expected it. The European Central Bank raised interest rates by a quarter of a percentage ' +
      'point on Thursday, its 10th consecutive increase, as policymakers tried to bring inflation back to their ' +
      'two percent target. Critics say the bank is going too far.';
    const groups = detectReuse([{ id: 'wire', text: wire }, { id: 'paper', text: paper }]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.passages).toEqual([wire.slice(0, wire.indexOf(' target') + 7)]);
    expect(groups[0]!.details[0]!.quoteOnly).toBe(false);
  });

  it('keeps a statement quoted alike by two outlets, marked quote-only', () => {
    const quote = '„Wir werden alles tun, um diesen Krieg so schnell wie möglich zu beenden“';
    const groups = detectReuse([
      { id: 'a', text: `Der Präsident sagte am Abend: ${quote}, und verließ den Saal.` },
      { id: 'b', text: `${quote}, erklärte er. Beobachter zweifeln daran.` },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.details.map((d) => d.quoteOnly)).toEqual([true]);
  });

  it('names the culprit of bad input', () => {
    expect(() => detectReuse([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow('duplicate article id "a"');
    expect(() => findSharedPassages({ id: 'a', text: 'x' }, { id: 'b', text: 'y' }, { minTokens: 0 })).toThrow(
      'minTokens',
    );
  });
});

describe('quotedRanges', () => {
  it('reads German, English, French and straight quotes, and ends an unclosed quote at the paragraph', () => {
    const text = 'a „de“ b “en” c «fr» d "st" e »bu« f „open\nnext';
    const quoted = quotedRanges(text).map(([s, e]) => text.slice(s, e));
    expect(quoted).toEqual(['de', 'en', 'fr', 'st', 'bu', 'open']);
  });
});

describe('MinHash', () => {
  const words = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `wort${from + i}`);
  /** Exact Jaccard of word 3-shingle sets, computed independently of the implementation. */
  function trueJaccard(a: string, b: string): number {
    const shingles = (t: string) => {
      const w = tokenize(t).map((x) => x.lower);
      return new Set(w.slice(0, -2).map((_, i) => w.slice(i, i + 3).join(' ')));
    };
    const [x, y] = [shingles(a), shingles(b)];
    const both = [...x].filter((s) => y.has(s)).length;
    return both / (x.size + y.size - both);
  }
  const pairs: [string, string, string][] = [
    ['identical', words(0, 200).join(' '), words(0, 200).join(' ')],
    ['disjoint', words(0, 200).join(' '), words(500, 700).join(' ')],
    ['half overlap', words(0, 200).join(' '), words(100, 300).join(' ')],
    ['small overlap', words(0, 300).join(' '), words(250, 550).join(' ')],
    ['large overlap', words(0, 300).join(' '), words(30, 330).join(' ')],
    ['the seeds 000 and 003', seed('000').text, seed('003').text],
  ];
  for (const [name, a, b] of pairs) {
    it(`estimates the Jaccard similarity within 0.1: ${name}`, () => {
      expect(Math.abs(estimateJaccard(signature(a), signature(b)) - trueJaccard(a, b))).toBeLessThanOrEqual(0.1);
    });
  }

  it('keeps stored signatures comparable: a change of these values needs a new MINHASH_VERSION', () => {
    expect(MINHASH_VERSION).toBe(1);
    const sig = signature('Die Bundesregierung hat am Dienstag ein Gesetz beschlossen.');
    expect([...sig.slice(0, 4)]).toEqual([395100472, 1149924089, 456538412, 1530123314]);
  });

  it('is deterministic, 128 × 32 bit, and insensitive to case and punctuation', () => {
    const sig = signature(seed('000').text);
    expect(sig).toBeInstanceOf(Uint32Array);
    expect(sig).toHaveLength(128);
    expect(signature(seed('000').text)).toEqual(sig);
    expect(estimateJaccard(signature('Er sagte: „Wir kommen.“'), signature('er sagte "wir kommen"'))).toBe(1);
    expect(estimateJaccard(signature(''), signature(''))).toBe(0);
  });
});

describe('findSharedPassages properties', () => {
  const word = fc.constantFrom('der', 'Krieg', 'die', 'Ukraine', 'sagte', 'Putin', '2025', 'und', 'Ukraine-Krieg', 'über');
  const separator = fc.constantFrom(' ', ', ', '. ', ' „', '“ ', '\n', ' – ');
  const prose = fc
    .array(fc.tuple(word, separator), { minLength: 8, maxLength: 120 })
    .map((parts) => parts.map(([w, s]) => w + s).join(''));

  it('finds a text with ≥ 8 tokens shared with itself as one passage covering all of it', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const tokens = tokenize(text);
        const passages = findSharedPassages({ id: 'x', text }, { id: 'y', text });
        expect(passages).toHaveLength(1);
        expect(passages[0]!.tokens).toBe(tokens.length);
        expect([passages[0]!.startA, passages[0]!.endA]).toEqual([tokens[0]!.start, tokens.at(-1)!.end]);
        expect([passages[0]!.startB, passages[0]!.endB]).toEqual([passages[0]!.startA, passages[0]!.endA]);
      }),
    );
  });

  it('never throws on arbitrary strings and keeps offsets in range and passages disjoint', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), prose);
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 3 }), (a, b, minTokens, maxGap) => {
        const passages = findSharedPassages({ id: 'a', text: a }, { id: 'b', text: b }, { minTokens, maxGap });
        let lastEndA = -1;
        for (const p of passages) {
          expect(0 <= p.startA && p.startA < p.endA && p.endA <= a.length).toBe(true);
          expect(0 <= p.startB && p.startB < p.endB && p.endB <= b.length).toBe(true);
          expect(a.slice(p.startA, p.endA)).toBe(p.textA);
          expect(b.slice(p.startB, p.endB)).toBe(p.textB);
          expect(p.startA).toBeGreaterThan(lastEndA);
          expect(p.tokens).toBeGreaterThanOrEqual(minTokens);
          lastEndA = p.endA;
        }
        const inB = [...passages].sort((x, y) => x.startB - y.startB);
        inB.slice(1).forEach((p, k) => expect(p.startB).toBeGreaterThan(inB[k]!.endB));
      }),
    );
  });
});
