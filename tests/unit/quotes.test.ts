import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractQuotes,
  extractReportedSpeech,
  groupQuotes,
  sameSpeaker,
  type QuoteGroup,
  type QuoteMention,
  type ReportedSpeech,
  type SpeechItem,
} from '../../src/engine/quotes';
import { findQuoteSpans } from '../../src/engine/quotes/quote-spans';
import { splitSentences } from '../../src/engine/text/sentences';

const SEED_DIR = join(__dirname, '../../seeds');
const seeds = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => ({ id: file.replace(/\.txt$/u, ''), text: readFileSync(join(SEED_DIR, file), 'utf8') }));

/** Sentences as the engine splits them: paragraphs by line, then the shared sentence splitter. */
function sentencesOf(text: string, language = 'de') {
  return text
    .split(/\n+/u)
    .flatMap((line) => splitSentences(line, language))
    .map((s, index) => ({ index, text: s.text }));
}

const quotesBySeed = new Map(seeds.map((s) => [s.id, extractQuotes(s.text, 'de')]));
const speechBySeed = new Map(seeds.map((s) => [s.id, extractReportedSpeech(sentencesOf(s.text), 'de')]));
const groups: QuoteGroup[] = groupQuotes(
  seeds.map((s) => ({ articleId: s.id, quotes: [...quotesBySeed.get(s.id)!, ...speechBySeed.get(s.id)!] as SpeechItem[] })),
);

function seedId(prefix: string): string {
  const found = seeds.find((s) => s.id.startsWith(prefix));
  if (!found) throw new Error(`no seed starting with ${prefix}`);
  return found.id;
}
const quote = (prefix: string, startsWith: string): QuoteMention | undefined =>
  quotesBySeed.get(seedId(prefix))!.find((q) => q.text.startsWith(startsWith));
const reported = (prefix: string, startsWith: string): ReportedSpeech | undefined =>
  speechBySeed.get(seedId(prefix))!.find((r) => r.text.startsWith(startsWith));
const groupWith = (text: string) => groups.find((g) => g.variants.some((v) => v.text === text));

describe('extractQuotes on the seeds', () => {
  it('finds „…“ and “…” quotes with their inner offsets', () => {
    for (const s of seeds) {
      for (const q of quotesBySeed.get(s.id)!) expect(s.text.slice(q.start, q.end)).toBe(q.text);
    }
    expect(quote('000', 'langes und sehr produktives')?.text).toBe('langes und sehr produktives');
    // A quote spanning several sentences stays one quote, without the comma before the closing mark.
    const long = quote('002', 'Wir erörterten')!;
    expect(long.text.endsWith('Gott segne die Völker Russlands und der Ukraine!')).toBe(true);
  });

  it('attributes quotes by cues after and before the quote', () => {
    expect(quote('001', 'Wir glauben')?.speaker).toBe('Selenskyj'); // „…“, betonte Selenskyj
    expect(quote('000', 'bedeutsames Gespräch')).toMatchObject({ speaker: 'Selenskyj', kind: 'statement' }); // …, teilt Selenskyj mit
    expect(quote('001', 'lange und hochproduktiv')?.speaker).toBe('Trump'); // Trump bezeichnete … als „…“
    expect(quote('001', 'Ich bin mit')?.speaker).toBe('Trump'); // „…“, so Trump
    expect(quote('004', 'lang und sehr produktiv')?.speaker).toBe('Trump'); // laut Trump „…“
    expect(quote('003', 'Schutzschild')).toMatchObject({ speaker: 'Bessent', kind: 'statement' }); // …, sagte Bessent
    expect(quote('002', 'Wir haben beschlossen')?.speaker).toBe('Trump'); // “…”, teilte Trump mit
  });

  it('resolves "sagte er" to the last named person before it, and "hieß es" to nobody', () => {
    expect(quote('002', 'Wir unterstützen')).toMatchObject({ speaker: 'Hegseth', basis: 'pronoun', speakerText: 'er' });
    expect(quote('001', 'Ein gerechter')).toMatchObject({ speaker: null, basis: 'impersonal' });
  });

  it('continues the speaker for an uncued quote in the same paragraph', () => {
    expect(quote('000', 'Wir sind übereingekommen')).toMatchObject({ speaker: 'Trump', basis: 'continuation' });
    expect(quote('003', 'Ich glaube')).toMatchObject({ speaker: 'Trump', basis: 'continuation' });
  });

  it('marks a short quote inside a quote as a scare quote without the outer speaker', () => {
    expect(quote('002', 'Gesunder Menschenverstand')).toMatchObject({ depth: 1, kind: 'scare', speaker: null });
    expect(quote('002', 'Präsident Putin nutzte')).toMatchObject({ depth: 0, kind: 'statement', speaker: 'Trump' });
  });
});

describe('extractReportedSpeech', () => {
  it('finds Konjunktiv sentences with a speech cue as indirect speech', () => {
    expect(reported('000', 'Putin habe Trump nach Moskau eingeladen')).toMatchObject({ speaker: 'Tass', direct: false });
    expect(reported('000', 'eine Nato-Mitgliedschaft der Ukraine sei unrealistisch')).toMatchObject({ speaker: 'Hegseth', direct: false });
    expect(reported('000', 'Es sei ein „bedeutsames Gespräch“ gewesen')?.speaker).toBe('Selenskyj'); // trailing cue
    expect(reported('000', 'er habe ein „langes und sehr produktives“ Telefonat')?.speaker).toBe('Trump'); // leading cue
    expect(reported('003', 'Er stimme mit Putin überein')?.speaker).toBe('Trump');
  });

  it('lets a cue-less Konjunktiv sentence continue the speaker before it', () => {
    expect(reported('000', 'Trump habe ihm Einzelheiten')).toMatchObject({ speaker: 'Selenskyj', basis: 'continuation' });
    expect(reported('004', 'Beide hätten vereinbart')?.speaker).toBe('Trump'); // after „laut Trump …“
  });

  it('skips indicative narration and an embedded "ob … habe" question', () => {
    const all = speechBySeed.get(seedId('003'))!.map((r) => r.text);
    expect(all.some((t) => t.includes('Die Frist verstrich'))).toBe(false);
    expect(all.some((t) => t.includes('ob er seit seiner Vereidigung'))).toBe(false);
  });

  it('reads English "said that" and a trailing ", X said"', () => {
    const text = 'Trump said that the war must end soon. The talks were productive, Peskov said. It rained in Kyiv.';
    const found = extractReportedSpeech(sentencesOf(text, 'en'), 'en');
    expect(found.map((r) => [r.sentence, r.speaker, r.text])).toEqual([
      [0, 'Trump', 'the war must end soon'],
      [1, 'Peskov', 'The talks were productive'],
    ]);
  });
});

describe('extractReportedSpeech after "told"', () => {
  it('reads nothing from "X told Y" without a clause: the words after "told" are the listener', () => {
    const text = 'The mayor told the crowd. Peskov told reporters on Monday. The mayor told the crowd at the ceremony.';
    expect(extractReportedSpeech(sentencesOf(text, 'en'), 'en')).toEqual([]);
  });

  it('still reads "X told reporters that …" and "X said the … would …"', () => {
    const text = 'Rubio told reporters that the talks would resume. Trump said the war would end soon.';
    expect(extractReportedSpeech(sentencesOf(text, 'en'), 'en').map((r) => [r.sentence, r.speaker, r.text])).toEqual([
      [0, 'Rubio', 'the talks would resume'],
      [1, 'Trump', 'the war would end soon'],
    ]);
  });
});

describe('groupQuotes on the seeds', () => {
  const productive = groupWith('lange und hochproduktiv')!;
  // Which seeds carry the "long and productive" rendering, read from the texts themselves.
  const carriers = seeds.filter((s) => /\blang(?:e|es)?\s+und\s+(?:sehr\s+|hoch)produktiv/u.test(s.text)).map((s) => s.id);

  it('groups the renderings of "long and (very/highly) productive" across all articles carrying it', () => {
    expect(carriers.length).toBeGreaterThanOrEqual(3);
    expect(productive).toBeDefined();
    expect(new Set(productive.variants.flatMap((v) => v.articleIds))).toEqual(new Set(carriers));
    const direct = productive.variants.filter((v) => v.direct).map((v) => v.text);
    expect(direct).toEqual(expect.arrayContaining(['langes und sehr produktives', 'lange und hochproduktiv', 'lang und sehr produktiv']));
    expect(productive.speaker).toBe('Trump');
    expect(productive.shared).toBe(true);
  });

  it('merges identical renderings into one variant and diffs the others against the most common one', () => {
    const same = productive.variants.find((v) => v.text === 'langes und sehr produktives')!;
    expect(same.articleIds).toEqual([seedId('000'), seedId('003')]);
    const reference = productive.variants[productive.differences!.reference]!;
    const hoch = productive.variants.find((v) => v.text === 'lange und hochproduktiv')!;
    expect(reference.diff).toBeUndefined();
    expect(hoch.diff!.added).toContain('hochproduktiv');
    expect(hoch.diff!.removed).toContain('sehr');
  });

  it('keeps distinct Trump statements in separate groups', () => {
    const statements = ['Wir sind übereingekommen', 'Ich glaube, dass', 'Ich bin mit Präsident Putin', 'Präsident Putin nutzte', 'Wir erörterten'];
    const owners = statements.map((start) => groups.findIndex((g) => g.variants.some((v) => v.text.startsWith(start))));
    expect(owners.every((i) => i >= 0)).toBe(true);
    expect(new Set(owners).size).toBe(statements.length);
    expect(owners.every((i) => groups[i]!.speaker === 'Trump')).toBe(true);
    expect(owners).not.toContain(groups.indexOf(productive));
  });

  it('leaves a quote only one article carries as an unshared one-variant group', () => {
    const bessent = groups.find((g) => g.variants.some((v) => v.text === 'Schutzschild'))!;
    expect(bessent.shared).toBe(false);
    const selenskyj = groupWith('Wir glauben, daß die vereinte Stärke Amerikas und seiner Partner ausreicht, um Rußland zum Frieden zu bewegen')!;
    expect(selenskyj).toMatchObject({ speaker: 'Selenskyj', shared: false });
    expect(selenskyj.variants).toHaveLength(1);
  });
});

describe('groupQuotes rules', () => {
  const q = (text: string, speaker: string | null): QuoteMention => ({
    text, start: 0, end: text.length, speaker, speakerText: speaker, basis: speaker ? 'cue' : 'none',
    direct: true, kind: 'statement', depth: 0, language: 'de',
  });

  it('matches speakers across transliterations but not different people', () => {
    const out = groupQuotes([
      { articleId: 'a', quotes: [q('Wir brauchen sofort einen gerechten Frieden in Europa', 'Selenskyj')] },
      { articleId: 'b', quotes: [q('Wir brauchen sofort einen gerechten Frieden für Europa', 'Zelensky')] },
      { articleId: 'c', quotes: [q('Wir brauchen sofort einen gerechten Frieden in Europa', 'Scholz')] },
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]!.variants.flatMap((v) => v.articleIds).sort()).toEqual(['a', 'b']);
  });

  it('does not chain two statements of one article into one group', () => {
    const out = groupQuotes([
      { articleId: 'a', quotes: [q('Die Gespräche über Sicherheit waren lang und schwierig', 'Trump'), q('Die Gespräche über Energie waren lang und schwierig', 'Trump')] },
    ]);
    expect(out).toHaveLength(2);
  });

  it('names the culprit of malformed input', () => {
    expect(() => groupQuotes([{ articleId: 'x', quotes: null as never }])).toThrow(/"x"/u);
  });
});

describe('speaker names', () => {
  it('treats spelling variants of one surname as one speaker', () => {
    expect(sameSpeaker('Selenskyj', 'Selenskij')).toBe(true);
    expect(sameSpeaker('Wolodymyr Selenskyj', 'Zelensky')).toBe(true);
    expect(sameSpeaker('Lawrow', 'Lavrov')).toBe(true);
    expect(sameSpeaker('Donald Trump', 'Trump')).toBe(true);
    expect(sameSpeaker('Trump', 'Putin')).toBe(false);
    expect(sameSpeaker('Selenskyj', 'Scholz')).toBe(false);
    expect(sameSpeaker('Scholz', 'Schulze')).toBe(false); // same Kölner code, different people
  });
});

describe('extractQuotes in English and on quote-free text', () => {
  const article = [
    'President Donald Trump said on Wednesday that he had held a "lengthy and highly productive" call with Vladimir Putin.',
    '"We agreed to work together very closely," Trump said.',
    '"It was a good conversation," said Kremlin spokesman Dmitry Peskov.',
    'He added: "The presidents agreed to meet."',
    'According to Ukrainian President Volodymyr Zelensky, the talks were "meaningful".',
    'Critics mocked the so-called "peace plan".',
  ].join(' ');

  it('attributes English quotes with "said", "according to" and a pronoun', () => {
    const found = extractQuotes(article, 'en').map((m) => [m.text, m.speaker, m.kind]);
    expect(found).toEqual([
      ['lengthy and highly productive', 'Trump', 'statement'],
      ['We agreed to work together very closely', 'Trump', 'statement'],
      ['It was a good conversation', 'Peskov', 'statement'],
      ['The presidents agreed to meet.', 'Peskov', 'statement'],
      ['meaningful', 'Zelensky', 'statement'],
      ['peace plan', null, 'scare'], // "mocked" is no speech verb; "so-called" makes it a scare quote
    ]);
  });

  it('finds guillemets with a French cue', () => {
    const found = extractQuotes('« Nous avons eu une conversation très productive », a déclaré Emmanuel Macron.', 'fr');
    expect(found.map((m) => [m.text, m.speaker])).toEqual([['Nous avons eu une conversation très productive', 'Macron']]);
  });

  it('reads titles of several words and a pronoun before the verb', () => {
    const found = extractQuotes('"We will not back down," Secretary of State Marco Rubio told reporters. "No," he said.', 'en');
    expect(found.map((m) => [m.speaker, m.speakerText, m.basis])).toEqual([
      ['Rubio', 'Secretary of State Marco Rubio', 'cue'],
      ['Rubio', 'he', 'pronoun'],
    ]);
  });

  it('applies the German cue forms to text that is not from the seeds', () => {
    const text = [
      'Am Dienstag erklärte Außenministerin Annalena Baerbock: »Die Ukraine muss mit am Tisch sitzen.«',
      'Die sogenannte „Koalition der Willigen“ trifft sich in Paris.',
      'Der Kanzler traf die Ministerin. „Wir reden weiter und hoffen auf Fortschritte“, sagten sie.',
      'Laut Regierungssprecher Steffen Hebestreit ist die Lage „unter Kontrolle“.',
    ].join('\n');
    expect(extractQuotes(text, 'de').map((m) => [m.text, m.speaker, m.kind])).toEqual([
      ['Die Ukraine muss mit am Tisch sitzen.', 'Baerbock', 'statement'],
      ['Koalition der Willigen', null, 'scare'],
      ['Wir reden weiter und hoffen auf Fortschritte', null, 'statement'], // plural "sagten sie": no one person
      ['unter Kontrolle', 'Hebestreit', 'statement'],
    ]);
  });

  it('returns [] for German text without quotes', () => {
    expect(extractQuotes('Der Kanzler sprach am Montag in Berlin. Er sagte, die Lage sei ernst.', 'de')).toEqual([]);
    expect(extractQuotes('', 'de')).toEqual([]);
  });

  it('drops an unbalanced opening mark instead of swallowing the text', () => {
    const found = extractQuotes('Er rief „Halt. Später: „Wir kommen wieder“, sagte Scholz.', 'de');
    expect(found.map((m) => [m.text, m.speaker])).toEqual([['Wir kommen wieder', 'Scholz']]);
  });

  it('names the culprit of a non-string input', () => {
    expect(() => extractQuotes(42 as never, 'de')).toThrow(/text must be a string/u);
  });
});

describe('extractQuotes properties', () => {
  const piece = fc.constantFrom(
    '„', '“', '”', '"', '«', '»', '‚', '‘', '’', '‹', '›', ' ', ' ', ',', '.', ':', '!', '\n', '\n\n',
    'a', 'Wort', 'Trump', 'sagte', 'er', 'so', 'laut', 'said', 'Trump’s', 'J.D.', '24.', 'Präsident', 'der',
  );
  const text = fc.oneof(fc.array(piece, { maxLength: 60 }).map((p) => p.join('')), fc.string({ maxLength: 80 }));

  it('never throws and returns in-range offsets of trimmed inner text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('de', 'en', 'fr', 'xx'), (input, language) => {
        for (const m of extractQuotes(input, language)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(input.length);
          expect(m.start).toBeLessThan(m.end);
          expect(input.slice(m.start, m.end)).toBe(m.text);
          expect(m.text).toBe(m.text.trim());
          expect(m.text.endsWith(',')).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reported-speech extraction never throws on arbitrary sentences', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (texts) => {
        const out = extractReportedSpeech(texts.map((t, index) => ({ index, text: t })), 'de');
        for (const r of out) expect(texts.map((_, i) => i)).toContain(r.sentence);
      }),
      { numRuns: 200 },
    );
  });
});

describe('role speakers', () => {
  const speakers = (text: string, language: string) => extractQuotes(text, language).map((m) => [m.speaker, m.speakerText, m.role ?? false]);

  it('resolves "the mayor", "der Kremlchef" and "die Ministerin" to the one person introduced with that title', () => {
    expect(speakers('Mayor Linda Okafor opened the bridge. "This bridge connects our neighbourhoods," the mayor told the crowd.', 'en')).toEqual([
      ['Okafor', 'the mayor', false],
    ]);
    const german = [
      'Kremlchef Wladimir Putin empfing den Gast. „Wir sind zu weiteren Gesprächen bereit“, sagte der Kremlchef.',
      'Außenministerin Annalena Baerbock reiste nach Kiew. „Die Ukraine muss mit am Tisch sitzen“, sagte die Ministerin.',
    ].join('\n');
    expect(speakers(german, 'de')).toEqual([
      ['Putin', 'der Kremlchef', false],
      ['Baerbock', 'die Ministerin', false],
    ]);
  });

  it('requires the role\'s modifiers in the introduction ("the Russian president" is not President Trump)', () => {
    const quote = '"The talks will go on next week," the Russian president said.';
    expect(speakers(`Russian President Vladimir Putin spoke first. ${quote}`, 'en')).toEqual([['Putin', 'the Russian president', false]]);
    expect(speakers(`President Donald Trump spoke first. ${quote}`, 'en')).toEqual([['president', 'the Russian president', true]]);
  });

  it('keeps a role as a role when no one, two people, or an indefinite "a spokesman" is meant', () => {
    const quote = '"We will not back down on this point," the president said.';
    expect(speakers(quote, 'en')).toEqual([['president', 'the president', true]]);
    expect(speakers(`President Donald Trump met President Volodymyr Zelensky. ${quote}`, 'en')).toEqual([['president', 'the president', true]]);
    const spokesman = 'Kremlin spokesman Dmitry Peskov spoke first. "The talks will go on next week," a spokesman said.';
    expect(speakers(spokesman, 'en')).toEqual([['spokesman', 'a spokesman', true]]);
  });

  it('keeps the role mark on a quote that continues a role speaker', () => {
    const text = '"We will not back down on this point," the president said. "Our position has not changed at all."';
    expect(extractQuotes(text, 'en').map((m) => [m.speaker, m.basis, m.role])).toEqual([
      ['president', 'cue', true],
      ['president', 'continuation', true],
    ]);
  });

  it('groups an unresolved role\'s rendering with a named speaker\'s, and names the group after the person', () => {
    const item = (text: string, speaker: string, role?: true): QuoteMention => ({
      text, start: 0, end: text.length, speaker, speakerText: speaker, basis: 'cue', ...(role && { role }),
      direct: true, kind: 'statement', depth: 0, language: 'en',
    });
    const out = groupQuotes([
      { articleId: 'a', quotes: [item('This bridge connects our neighbourhoods like never before', 'Okafor')] },
      { articleId: 'b', quotes: [item('This bridge links our neighbourhoods as never before', 'mayor', true)] },
      { articleId: 'c', quotes: [item('This bridge connects our neighbourhoods like never before', 'Meyer')] },
    ]);
    const okafor = out.find((g) => g.variants.some((v) => v.articleIds.includes('a')))!;
    expect(okafor.speaker).toBe('Okafor');
    expect(okafor.variants.flatMap((v) => v.articleIds).sort()).toEqual(['a', 'b']); // Meyer is another named person
  });

  it('groups the fixture renderings by "Okafor" and by "the mayor" of the same article set', () => {
    const fixture = (name: string) => readFileSync(join(__dirname, `../fixtures/articles/${name}.txt`), 'utf8');
    const out = groupQuotes(
      ['english-quotes-a', 'english-quotes-b'].map((name) => {
        const text = fixture(name);
        return { articleId: name, quotes: [...extractQuotes(text, 'en'), ...extractReportedSpeech(sentencesOf(text, 'en'), 'en')] };
      }),
    );
    const bridge = out.find((g) => g.variants.some((v) => v.text.startsWith('This bridge connects')))!;
    expect(bridge).toMatchObject({ speaker: 'Okafor', shared: true });
    expect(out.flatMap((g) => g.variants).some((v) => v.text === 'the crowd')).toBe(false);
  });
});

describe('quotation marks of markup a text carries', () => {
  it('pairs no attribute value (="…", "…">) as a quotation, and still pairs the real quote beside it', () => {
    const text = 'Der Sprecher schrieb <img src=x onerror="alert(1)"> und nannte es „harmlos“.';
    expect(findQuoteSpans(text).map((q) => text.slice(q.open, q.close + 1))).toEqual(['„harmlos“']);
  });
});
