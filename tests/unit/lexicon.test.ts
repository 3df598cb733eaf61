import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findLexiconTerms } from '../../src/engine/framing/find-lexicon-terms';
import {
  bundledLexicon,
  mergeLexicons,
  parseLexicon,
  type Lexicon,
} from '../../src/engine/framing/lexicon';
import { lexiconFraming, type FramingEntry } from '../../src/engine/framing/lexicon-framing';

const SEEDS = join(__dirname, '../../seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ articleId: f.slice(0, 3), text: readFileSync(join(SEEDS, f), 'utf8') }));

const de = bundledLexicon('de');
const en = bundledLexicon('en');

function validDocument(): Record<string, any> {
  return {
    format: 'parallax-lexicon',
    version: 1,
    language: 'de',
    concepts: [
      { id: 'war', label: 'Naming of the war', category: 'event-naming', terms: [{ term: 'Angriffskrieg', note: 'n' }] },
    ],
  };
}

describe('parseLexicon', () => {
  it('accepts a minimal document', () => {
    expect(parseLexicon(validDocument(), 'test.json').concepts[0]?.terms[0]?.term).toBe('Angriffskrieg');
  });

  it('keeps the German label and note beside the English ones, through to the framing entries', () => {
    const d = validDocument();
    d.concepts[0].labelDe = 'Benennung des Kriegs';
    d.concepts[0].terms[0].noteDe = 'Begriff des Völkerrechts';
    const lexicon = parseLexicon(d, 'test.json');
    expect(lexicon.concepts[0]).toMatchObject({ label: 'Naming of the war', labelDe: 'Benennung des Kriegs' });
    const [entry] = lexiconFraming([{ articleId: 'a', text: 'Der Angriffskrieg dauert an.' }, { articleId: 'b', text: 'Ein Angriffskrieg.' }], lexicon);
    expect(entry).toMatchObject({ concept: 'Naming of the war', labelDe: 'Benennung des Kriegs' });
    expect(entry?.variants[0]).toMatchObject({ note: 'n', noteDe: 'Begriff des Völkerrechts' });
  });

  const cases: [string, (d: Record<string, any>) => unknown, RegExp][] = [
    ['not an object', () => [], /test\.json: expected the document as a JSON object \(got an empty array\)/],
    ['wrong format', (d) => ({ ...d, format: 'other' }), /test\.json: "format" must be "parallax-lexicon"/],
    ['newer version', (d) => ({ ...d, version: 2 }), /test\.json: "version" 2 is newer/],
    ['fractional version', (d) => ({ ...d, version: 1.5 }), /test\.json: "version" must be a positive whole number/],
    ['bad language', (d) => ({ ...d, language: 'German' }), /test\.json: "language" must be a language tag/],
    ['concepts not an array', (d) => ({ ...d, concepts: {} }), /test\.json: "concepts" must be an array/],
    ['unknown top-level field', (d) => ({ ...d, concept: [] }), /test\.json: unknown field "concept"/],
    ['concept not an object', (d) => ({ ...d, concepts: ['war'] }), /test\.json: concept 1: expected a concept/],
    ['bad id', (d) => { d.concepts[0].id = 'War In Ukraine'; return d; }, /concept 1 \("War In Ukraine"\): "id" must be a kebab-case/],
    ['missing label', (d) => { delete d.concepts[0].label; return d; }, /test\.json: concept 1 \("war"\): "label" must be a non-empty string/],
    ['unknown category', (d) => { d.concepts[0].category = 'bias'; return d; }, /concept 1 \("war"\): "category" must be one of .* \(got "bias"\)/],
    ['missing terms', (d) => { delete d.concepts[0].terms; return d; }, /test\.json: concept 1 \("war"\) has no "terms"/],
    ['empty terms', (d) => { d.concepts[0].terms = []; return d; }, /concept 1 \("war"\): "terms" must be a non-empty array/],
    ['term not an object', (d) => { d.concepts[0].terms = ['Krieg']; return d; }, /concept 1 \("war"\), term 1: expected a term/],
    ['term without words', (d) => { d.concepts[0].terms[0].term = ' – '; return d; }, /term 1 \(" – "\): "term" must be a string with at least one word/],
    ['forms not an array', (d) => { d.concepts[0].terms[0].forms = 'Angriffskriege'; return d; }, /term 1 \("Angriffskrieg"\): "forms" must be an array/],
    ['empty form', (d) => { d.concepts[0].terms[0].forms = ['x', '']; return d; }, /term 1 \("Angriffskrieg"\): "forms" item 2 must be a string/],
    ['empty note', (d) => { d.concepts[0].terms[0].note = ' '; return d; }, /term 1 \("Angriffskrieg"\): "note" must be a non-empty string/],
    ['empty German label', (d) => { d.concepts[0].labelDe = ''; return d; }, /concept 1 \("war"\): "labelDe" must be a non-empty string/],
    ['empty German note', (d) => { d.concepts[0].terms[0].noteDe = ''; return d; }, /term 1 \("Angriffskrieg"\): "noteDe" must be a non-empty string/],
    ['empty source', (d) => { d.concepts[0].terms[0].source = 3; return d; }, /term 1 \("Angriffskrieg"\): "source" must be a non-empty string \(got 3\)/],
    ['misspelt field', (d) => { d.concepts[0].terms[0].from = []; return d; }, /term 1 \("Angriffskrieg"\): unknown field "from"/],
    ['duplicate concept id', (d) => { d.concepts.push(d.concepts[0]); return d; }, /test\.json: concept 2 repeats the id "war"/],
    [
      'duplicate wording',
      (d) => { d.concepts[0].terms.push({ term: 'Krieg', forms: ['angriffskrieg'] }); return d; },
      /concept 1 \("war"\): wording "angriffskrieg" appears twice/,
    ],
  ];
  it.each(cases)('names source and field when %s', (_name, mutate, message) => {
    expect(() => parseLexicon(mutate(validDocument()), 'test.json')).toThrow(message);
  });
});

describe('bundled lexicons', () => {
  it('parse, and every term carries a note', () => {
    for (const lexicon of [de, en]) {
      expect(lexicon.concepts.length).toBeGreaterThan(10);
      for (const concept of lexicon.concepts) {
        for (const term of concept.terms) expect(term.note, `${concept.id}: ${term.term}`).toBeTruthy();
      }
    }
  });
  it('carry a German label for every concept and a German note beside every English one', () => {
    for (const lexicon of [de, en]) {
      for (const concept of lexicon.concepts) {
        expect(concept.labelDe, concept.id).toBeTruthy();
        expect(concept.labelDe, concept.id).not.toBe(concept.label);
        for (const term of concept.terms) {
          if (term.note === undefined) continue;
          expect(term.noteDe, `${concept.id}: ${term.term}`).toBeTruthy();
          expect(term.noteDe, `${concept.id}: ${term.term}`).not.toBe(term.note);
          // German prose, not the English left in place: no English function words of its own.
          expect(term.noteDe!.replace(/[„“"'‘’].*?[“"'‘’]/gu, ''), `${concept.id}: ${term.term}`).not.toMatch(/\b(the|of|and|which|without|names)\b/);
        }
      }
    }
  });
  it('map a regional tag to its language and an unknown language to an empty lexicon', () => {
    expect(bundledLexicon('de-AT').concepts).toEqual(de.concepts);
    expect(bundledLexicon('fr')).toEqual({ format: 'parallax-lexicon', version: 1, language: 'fr', concepts: [] });
    expect(bundledLexicon('')).toMatchObject({ concepts: [] });
  });
});

describe('mergeLexicons', () => {
  const extra = parseLexicon({
    format: 'parallax-lexicon', version: 1, language: 'de',
    concepts: [
      { id: 'putin-naming', label: 'Naming of Putin', category: 'person-naming', terms: [
        { term: 'kremlchef', note: 'my note' },
        { term: 'Kremlboss', note: 'added' },
      ] },
      { id: 'my-concept', label: 'Mine', category: 'group-naming', terms: [{ term: 'Bürgergeldempfänger' }] },
    ],
  }, 'reader lexicon');

  it('overrides a term by wording, adds terms and concepts, keeps the rest', () => {
    const merged = mergeLexicons(de, extra);
    const putin = merged.concepts.find((c) => c.id === 'putin-naming');
    expect(putin?.label).toBe('Naming of Putin');
    expect(putin?.terms.find((t) => t.term.toLowerCase() === 'kremlchef')?.note).toBe('my note');
    expect(putin?.terms.at(-1)?.term).toBe('Kremlboss');
    expect(putin?.terms).toHaveLength((de.concepts.find((c) => c.id === 'putin-naming')?.terms.length ?? 0) + 1);
    expect(merged.concepts.at(-1)?.id).toBe('my-concept');
    expect(merged.concepts).toHaveLength(de.concepts.length + 1);
    expect(findLexiconTerms('Der Kremlboss sprach.', merged).map((h) => h.term)).toEqual(['Kremlboss']);
  });
  it('refuses lexicons of another language', () => {
    expect(() => mergeLexicons(en, extra)).toThrow(/cannot merge a "de" lexicon into a "en" lexicon/);
  });
});

/** concept id → term → article ids, from the framing entries. */
function byConcept(entries: FramingEntry[]): Record<string, Record<string, string[]>> {
  return Object.fromEntries(
    entries.map((e) => [e.conceptId, Object.fromEntries(e.variants.map((v) => [v.term, v.articleIds]))]),
  );
}

describe('lexiconFraming on the seeds', () => {
  const entries = lexiconFraming(seeds, de);
  const found = byConcept(entries);

  it('finds how the war is named', () => {
    expect(found['war-in-ukraine']).toMatchObject({
      'russischer Angriffskrieg': ['000', '004'],
      'Krieg in der Ukraine': ['000', '003'],
      'Ukraine-Krieg': ['003', '004'],
      'Ukraine-Konflikt': ['004'],
      'ukrainischer Konflikt': ['004'],
    });
    // "russischen Angriffskrieges" is one hit, not also a bare "Angriffskrieg".
    expect(found['war-in-ukraine']?.['Angriffskrieg']).toBeUndefined();
  });
  it('finds how Putin is named', () => {
    expect(found['putin-naming']).toMatchObject({
      Kremlchef: ['000', '003'],
      Staatschef: ['001', '002'],
      'russischer Präsident': ['002', '003'],
      'Russlands Präsident': ['004'],
    });
  });
  it('finds the spellings of Selenskyj, Kiew and the old orthography', () => {
    expect(found['zelensky-spelling']).toEqual({ Selenskyj: ['000', '001', '003', '004'], Selenskij: ['002'] });
    expect(found['spelling-russland']).toEqual({ Russland: ['000', '002', '004'], Rußland: ['001'] });
    expect(found['spelling-dass']).toEqual({ dass: ['000', '002', '003', '004'], daß: ['001'] });
    expect(found['kyiv-spelling']).toEqual({ Kiew: ['000', '001', '003', '004'] });
  });
  it('finds "Putsch" for 2014 only in the article that uses it', () => {
    const putsch = seeds.flatMap((s) =>
      findLexiconTerms(s.text, de).filter((h) => h.conceptId === 'maidan-2014').map((h) => [s.articleId, h.surface]),
    );
    expect(putsch).toEqual([['002', 'Putsch']]);
    expect(found['maidan-2014']).toBeUndefined(); // one article alone shows no difference
  });
  it('reports surfaces as written, the label, the note and most-used variants first', () => {
    const war = entries.find((e) => e.conceptId === 'war-in-ukraine');
    expect(war).toMatchObject({ concept: 'Naming of the war in Ukraine', category: 'event-naming', source: 'lexicon' });
    expect(war?.variants.find((v) => v.term === 'Ukraine-Krieg')?.surfaces).toEqual(['Ukraine-Krieg', 'Ukraine-Kriegs']);
    expect(war?.variants[0]?.source).toMatch(/ES-11\/1/);
    for (const e of entries) {
      const counts = e.variants.map((v) => v.articleIds.length);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      expect(new Set(e.variants.flatMap((v) => v.articleIds)).size).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('findLexiconTerms', () => {
  const terms = (text: string, lexicon: Lexicon = de) => findLexiconTerms(text, lexicon).map((h) => [h.term, h.surface]);

  it('survives German inflection, and the longest term wins', () => {
    expect(terms('Das Ende des russischen Angriffskriegs ist fern.')).toEqual([
      ['russischer Angriffskrieg', 'russischen Angriffskriegs'],
    ]);
    expect(terms('Folgen des Ukraine-Konflikts und des Angriffskrieges')).toEqual([
      ['Ukraine-Konflikt', 'Ukraine-Konflikts'],
      ['Angriffskrieg', 'Angriffskrieges'],
    ]);
    expect(terms('Des Kremlchefs Worte')).toEqual([['Kremlchef', 'Kremlchefs']]);
    expect(terms('Die Rede des Kreml-Chefs')).toEqual([['Kremlchef', 'Kreml-Chefs']]);
  });
  it('keeps spellings apart: ß against ss, y against i', () => {
    expect(terms('Rußlands Einfluß')).toEqual([['Rußland', 'Rußlands'], ['Einfluß', 'Einfluß']]);
    expect(terms('Russlands Einfluss')).toEqual([['Russland', 'Russlands'], ['Einfluss', 'Einfluss']]);
    expect(terms('Selenskyjs Büro')).toEqual([['Selenskyj', 'Selenskyjs']]);
    expect(terms('Präsident Selenskij sagte')).toEqual([
      ['Präsident Selenskyj', 'Präsident Selenskij'],
      ['Selenskij', 'Selenskij'],
    ]);
    const spelling = findLexiconTerms('Selenskij und Selenskyj', de).filter((h) => h.conceptId === 'zelensky-spelling');
    expect(spelling.map((h) => [h.term, h.start])).toEqual([['Selenskij', 0], ['Selenskyj', 14]]);
  });
  it('finds one-word terms inside hyphen compounds and case-insensitively', () => {
    expect(terms('Nach dem Kiew-Besuch')).toEqual([['Kiew', 'Kiew']]);
    expect(terms('DIE MILITÄRISCHE SPEZIALOPERATION')).toEqual([['militärische Spezialoperation', 'MILITÄRISCHE SPEZIALOPERATION']]);
  });
  it('does not join words across a sentence end', () => {
    expect(terms('Es herrscht Krieg. In der Ukraine')).toEqual([]);
  });
  it('reports positions that point at the surface', () => {
    const text = 'Er sprach vom Krieg in der\nUkraine und vom Überfall.';
    for (const hit of findLexiconTerms(text, de)) expect(text.slice(hit.start, hit.end)).toBe(hit.surface);
    expect(terms(text)).toEqual([['Krieg in der Ukraine', 'Krieg in der\nUkraine'], ['Überfall', 'Überfall']]);
  });
  it('works on English text', () => {
    const text = "Russia's war of aggression, the Kremlin chief said nothing; Zelensky's office in Kyiv spoke of the Revolution of Dignity, not a coup.";
    expect(terms(text, en)).toEqual([
      ["Russia's war of aggression", "Russia's war of aggression"],
      ['Kremlin chief', 'Kremlin chief'],
      ['Zelensky', "Zelensky's"],
      ['Kyiv', 'Kyiv'],
      ['Revolution of Dignity', 'Revolution of Dignity'],
      ['coup', 'coup'],
    ]);
    expect(terms('He visited Kiev, not Kyiv, and the U.S. President spoke.', en)).toEqual([
      ['Kiev', 'Kiev'],
      ['Kyiv', 'Kyiv'],
      ['US President', 'U.S. President'],
    ]);
  });
  it('finds nothing in a text without lexicon terms, or with an empty lexicon', () => {
    expect(findLexiconTerms('Das Wetter war heute freundlich und mild.', de)).toEqual([]);
    expect(findLexiconTerms('', de)).toEqual([]);
    expect(findLexiconTerms(seeds[0]?.text ?? '', bundledLexicon('fr'))).toEqual([]);
  });

  it('finds every bundled term and form in a plain sentence', () => {
    for (const [lexicon, frame] of [[de, (w: string) => `Gestern sprach er über ${w} und ging.`], [en, (w: string) => `Yesterday he spoke of ${w} and left.`]] as const) {
      for (const concept of lexicon.concepts) {
        for (const { term, forms } of concept.terms) {
          for (const wording of [term, ...(forms ?? [])]) {
            const hits = findLexiconTerms(frame(wording), lexicon).filter((h) => h.conceptId === concept.id);
            expect(hits.map((h) => [h.term, h.surface]), `${concept.id}: ${wording}`).toContainEqual([term, wording]);
          }
        }
      }
    }
  });
  it.each([
    ['de', de, ['Heute', 'sagte', 'gestern', 'Wetter', 'und', 'Brot']],
    ['en', en, ['Today', 'said', 'yesterday', 'weather', 'and', 'bread']],
  ] as const)('finds any bundled %s term or form placed between ordinary words, at the right place', (_l, lexicon, words) => {
    const filler = fc.constantFrom(...words);
    const allTerms = lexicon.concepts.flatMap((c) =>
      c.terms.flatMap((t) => [t.term, ...(t.forms ?? [])].map((wording) => ({ conceptId: c.id, term: t.term, wording }))));
    fc.assert(
      fc.property(fc.array(filler, { maxLength: 4 }), fc.constantFrom(...allTerms), fc.array(filler, { maxLength: 4 }),
        (before, { conceptId, term, wording }, after) => {
          const prefix = before.length > 0 ? `${before.join(' ')} ` : '';
          const text = `${prefix}${wording} ${after.join(' ')}.`;
          const hit = findLexiconTerms(text, lexicon).find((h) => h.conceptId === conceptId && h.start === prefix.length);
          expect(hit?.term).toBe(term);
          expect(hit?.surface).toBe(wording);
        }),
      { numRuns: 500 },
    );
  });
  it('returns hits whose surfaces are slices of the text and never overlap within a concept', () => {
    const word = fc.constantFrom('Kremlchef', 'Rußland', 'russischen', 'Angriffskrieges', 'Krieg', 'in', 'der', 'Ukraine',
      'Ukraine-Konflikts', 'Selenskyj', 'Kiew-Besuch', 'daß', 'Präsident', 'Putin', '.', ',', '\n');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (words) => {
        const text = words.join(' ');
        const hits = findLexiconTerms(text, de);
        const lastEnd = new Map<string, number>();
        for (const hit of hits) {
          expect(text.slice(hit.start, hit.end)).toBe(hit.surface);
          expect(hit.start).toBeGreaterThanOrEqual(lastEnd.get(hit.conceptId) ?? 0);
          lastEnd.set(hit.conceptId, hit.end);
        }
      }),
    );
  });
});
