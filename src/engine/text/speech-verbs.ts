// The engine's one speech-verb lexicon (data/speech-lexicon.json, `speechVerbs`), read by quote attribution and
// by the attribution of aligned facts. A form is listed once per language, with where it is trusted: beside a
// quotation or reported clause, which says whose words they are ("…“, nannte sie es"), more forms read as
// speech than in a sentence on its own, where a verb alone has to name the sentence's source.

import raw from '../data/speech-lexicon.json';

/** 'cue': a speech cue beside a quotation or reported clause; 'source': names the source of a plain sentence. */
export type SpeechVerbUse = 'cue' | 'source';

interface SpeechVerbSection {
  cuesAndSources: string[];
  cuesOnly: string[];
  sourcesOnly: string[];
}

const SECTIONS = raw as unknown as Record<string, { speechVerbs?: SpeechVerbSection } | string>;

/** The speech-verb forms of one primary language tag for one use, in the lexicon's order; [] for a language
 *  the lexicon has no section for. */
export function speechVerbs(language: string, use: SpeechVerbUse): string[] {
  const section = SECTIONS[language];
  if (!section || typeof section !== 'object' || !section.speechVerbs) return [];
  const { cuesAndSources, cuesOnly, sourcesOnly } = section.speechVerbs;
  return use === 'cue' ? [...cuesAndSources, ...cuesOnly] : [...cuesAndSources, ...sourcesOnly];
}
