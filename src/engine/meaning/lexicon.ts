// The meaning layer's lexical data (German and English lemmas, German→English renderings from Ding,
// OpenThesaurus synsets, English word frequencies), turned into lookup tables. The JSON files are imported
// dynamically, so the bundler puts them in a chunk of their own that is fetched and parsed on first use,
// not when the background starts.

import { MEANING_DATA_VERSION } from './data-format';
import { recordLoadedLexicon } from './loaded';
import { readMeaningFile } from './meaning-files';
import type { MeaningLexicon } from './meaning-lexicon';
import { sortedWordMap, sortedWordSet } from './sorted-table';

export type { MeaningLexicon } from './meaning-lexicon';

export interface MeaningFiles {
  deLemmas: { format: string; version: number; nouns: string; otherLemmas: string; exceptions: string };
  enLemmas: { format: string; version: number; lemmas: string; exceptions: string; frequencies: string; totalCount: number };
  deEn: { format: string; version: number; entries: string };
  deSynsets: { format: string; version: number; memberships: string; synsetCount: number };
}

function checkVersion(name: string, file: { format: string; version: number }): void {
  if (file.version !== MEANING_DATA_VERSION) {
    throw new Error(`meaning data ${name} (${file.format}) has version ${file.version}; this engine reads version ${MEANING_DATA_VERSION} — regenerate it with src/cli/build-meaning-data.ts`);
  }
}

const identity = (value: string) => value;

export function lexiconFromFiles(files: MeaningFiles): MeaningLexicon {
  for (const [name, file] of Object.entries(files)) checkVersion(name, file);
  const nouns = sortedWordSet(files.deLemmas.nouns);
  const others = sortedWordSet(files.deLemmas.otherLemmas);
  return {
    german: { lemmas: { has: (w) => nouns.has(w) || others.has(w) }, exceptions: sortedWordMap(files.deLemmas.exceptions, identity) },
    germanNouns: nouns,
    english: { lemmas: sortedWordSet(files.enLemmas.lemmas), exceptions: sortedWordMap(files.enLemmas.exceptions, identity) },
    englishCounts: sortedWordMap(files.enLemmas.frequencies, Number),
    englishTotal: files.enLemmas.totalCount,
    translations: sortedWordMap(files.deEn.entries, (v) => v.split(' ')),
    synsets: sortedWordMap(files.deSynsets.memberships, (v) => v.split(' ').map((id) => parseInt(id, 36))),
  };
}

let loaded: MeaningLexicon | null = null;
let loading: Promise<MeaningLexicon> | null = null;

/** Loads the data once; later calls return the same lexicon. */
export function loadMeaning(): Promise<MeaningLexicon> {
  loading ??= Promise.all([
    readMeaningFile('de-lemmas.json'),
    readMeaningFile('en-lemmas.json'),
    readMeaningFile('de-en.json'),
    readMeaningFile('de-synsets.json'),
  ]).then(([deLemmas, enLemmas, deEn, deSynsets]) => {
    loaded = lexiconFromFiles({ deLemmas, enLemmas, deEn, deSynsets } as MeaningFiles);
    recordLoadedLexicon(loaded);
    return loaded;
  });
  return loading;
}

/** The loaded lexicon; throws when `loadMeaning()` has not finished, naming what to do. */
export function meaningLexicon(): MeaningLexicon {
  if (!loaded) throw new Error('meaning data not loaded yet: await loadMeaning() once before scoring sentences');
  return loaded;
}
