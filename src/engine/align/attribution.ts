// Finds to whom a sentence attributes what it reports ("laut Angaben der Feuerwehr", "teilte das Rathaus in
// Lindau mit", "nach Angaben der Polizei", "Die Nachrichtenagentur X berichtet", "said the fire brigade"). Returns the
// phrase as the outlet wrote it, or null when the sentence does not say.

import { speechVerbs } from '../text/speech-verbs';

// The speech verbs that name a sentence's source, from the engine's one speech-verb lexicon (quotes read it too).
const DE_SPEECH = speechVerbs('de', 'source').join('|');
const EN_SPEECH = speechVerbs('en', 'source').join('|');

// A noun phrase naming a source: optional article and adjectives, then capitalised words (and "in Place").
const NP = String.raw`(?:(?:der|die|das|des|dem|den|ein|eine|einer|the|a)\s+)?(?:[\p{Ll}-]+(?:e|en|er|es)\s+)*` +
  String.raw`[\p{Lu}][\p{L}\p{N}.-]*(?:\s+[\p{Lu}][\p{L}\p{N}.-]*){0,3}` +
  // "ein Sprecher der Feuerwehr", "a spokesman of the ministry"
  String.raw`(?:\s+(?:der|des|von|vom|of\s+the|of)\s+[\p{Lu}][\p{L}\p{N}-]*)?`;

const PATTERNS: RegExp[] = [
  // laut X / nach Angaben der X / according to X
  new RegExp(String.raw`\b(?:[Ll]aut|[Gg]emäß|[Zz]ufolge)\s+${NP}`, 'u'),
  new RegExp(String.raw`\b[Nn]ach\s+(?:eigenen\s+)?Angaben\s+(?:des|der|von|aus)\s+${NP}`, 'u'),
  new RegExp(String.raw`\b[Aa]ccording\s+to\s+${NP}`, 'u'),
  // X zufolge
  new RegExp(String.raw`${NP}\s+zufolge\b`, 'u'),
  // teilt(e) X mit / gab X bekannt (a clause after a comma or at the start)
  new RegExp(String.raw`\b(?:teilte|teilt|teilten|gab|gaben)\s+(?:${NP}|es)(?:\s+[\p{L}\p{N}-]+){0,4}?\s+(?:mit|bekannt)\b`, 'u'),
  // wie X mitteilte / as X said
  new RegExp(String.raw`\b(?:wie|as)\s+${NP}(?:\s+[\p{Ll}]+){0,2}?\s+(?:mitteilte|mitteilt|mitteilten|bekanntgab|${DE_SPEECH}|${EN_SPEECH})\b`, 'u'),
  // …, sagte X / so X / hieß es / said X
  new RegExp(String.raw`[,“”"»«]\s*(?:so|${DE_SPEECH}|${EN_SPEECH})\s+(?:es|${NP})(?:\s+(?:in|bei|am|im)\s+[\p{Lu}][\p{L}-]*)?`, 'u'),
  // X berichtet, … / X said …  (subject and speech verb open the sentence, a clause follows)
  new RegExp(String.raw`^${NP}\s+(?:${DE_SPEECH}|${EN_SPEECH})(?=\s*,|\s+that\b|\s+\p{Ll})`, 'u'),
];

export function findAttribution(sentence: string): string | null {
  let best: { text: string; index: number } | null = null;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(sentence);
    if (m && (best === null || m.index < best.index)) best = { text: m[0], index: m.index };
  }
  if (!best) return null;
  return best.text.replace(/^[,“”"»«\s]+/, '').replace(/[\s,.]+$/, '') || null;
}
