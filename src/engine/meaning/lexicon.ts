// The meaning layer's lexical data (German and English lemmas, German→English renderings from Ding,
// OpenThesaurus synsets, English word frequencies), turned into lookup tables. The JSON files are imported
// dynamically, so the bundler puts them in a chunk of their own that is fetched and parsed on first use,
// not when the background starts.

import { MEANING_DATA_VERSION } from './data-format';
import type { EnglishLemmaData } from './english-lemmas';
import type { GermanLemmaData } from './german-lemmas';

export interface MeaningFiles {
  deLemmas: { format: string; version: number; nouns: string; otherLemmas: string; exceptions: string };
  enLemmas: { format: string; version: number; lemmas: string; exceptions: string; frequencies: string; totalCount: number };
  deEn: { format: string; version: number; entries: string };
  deSynsets: { format: string; version: number; synsets: string };
}

export interface MeaningLexicon {
  german: GermanLemmaData;
  germanNouns: ReadonlySet<string>;
  english: EnglishLemmaData;
  /** English lemma → occurrences in the SUBTLEX subtitle corpus. */
  englishCounts: ReadonlyMap<string, number>;
  englishTotal: number;
  /** German lemma → English lemmas, most usual rendering first. */
  translations: ReadonlyMap<string, readonly string[]>;
  /** German lemma → ids of the OpenThesaurus synsets it belongs to. */
  synsets: ReadonlyMap<string, readonly number[]>;
}

function lines(text: string): string[] {
  return text.length === 0 ? [] : text.split('\n');
}

function pairs(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of lines(text)) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return map;
}

function checkVersion(name: string, file: { format: string; version: number }): void {
  if (file.version !== MEANING_DATA_VERSION) {
    throw new Error(`meaning data ${name} (${file.format}) has version ${file.version}; this engine reads version ${MEANING_DATA_VERSION} — regenerate it with src/cli/build-meaning-data.ts`);
  }
}

export function lexiconFromFiles(files: MeaningFiles): MeaningLexicon {
  for (const [name, file] of Object.entries(files)) checkVersion(name, file);
  const nouns = new Set(lines(files.deLemmas.nouns));
  const lemmas = new Set([...nouns, ...lines(files.deLemmas.otherLemmas)]);
  const englishCounts = new Map<string, number>();
  for (const [word, count] of pairs(files.enLemmas.frequencies)) englishCounts.set(word, Number(count));
  const translations = new Map<string, string[]>();
  for (const [german, english] of pairs(files.deEn.entries)) translations.set(german, english.split(' '));
  const synsets = new Map<string, number[]>();
  lines(files.deSynsets.synsets).forEach((line, id) => {
    for (const word of line.split('|')) {
      const list = synsets.get(word);
      if (list) list.push(id);
      else synsets.set(word, [id]);
    }
  });
  return {
    german: { lemmas, exceptions: pairs(files.deLemmas.exceptions) },
    germanNouns: nouns,
    english: { lemmas: new Set(lines(files.enLemmas.lemmas)), exceptions: pairs(files.enLemmas.exceptions) },
    englishCounts,
    englishTotal: files.enLemmas.totalCount,
    translations,
    synsets,
  };
}

let loaded: MeaningLexicon | null = null;
let loading: Promise<MeaningLexicon> | null = null;

/** Loads the data once; later calls return the same lexicon. */
export function loadMeaning(): Promise<MeaningLexicon> {
  loading ??= Promise.all([
    import('../data/meaning/de-lemmas.json'),
    import('../data/meaning/en-lemmas.json'),
    import('../data/meaning/de-en.json'),
    import('../data/meaning/de-synsets.json'),
  ]).then(([deLemmas, enLemmas, deEn, deSynsets]) => {
    loaded = lexiconFromFiles({ deLemmas: deLemmas.default, enLemmas: enLemmas.default, deEn: deEn.default, deSynsets: deSynsets.default });
    return loaded;
  });
  return loading;
}

/** The loaded lexicon; throws when `loadMeaning()` has not finished, naming what to do. */
export function meaningLexicon(): MeaningLexicon {
  if (!loaded) throw new Error('meaning data not loaded yet: await loadMeaning() once before scoring sentences');
  return loaded;
}
