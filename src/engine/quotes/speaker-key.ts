// Matches speaker names across spellings and transliterations (Selenskyj / Selenskij / Zelensky,
// Lawrow / Lavrov) by their surnames. The phonetic comparison is the names module's: Kölner Phonetik
// confirmed by a small edit distance, because the code alone also merges Scholz / Schulze or Berger / Burger.

import { sameNameVariant } from '../names/koelner-phonetik';

/** Lowercase, diacritics folded, ß → ss, possessive dropped: "Selenskyj’s" → "selenskyj". */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s?$/u, '');
}

/** The comparison key of a speaker: the folded last word of the name ("Anna Berger" → "berger"). */
export function speakerKey(name: string): string {
  const words = name.trim().split(/\s+/u);
  return foldName(words[words.length - 1] ?? '');
}

/** True when two speaker names denote the same person by their surnames. */
export function sameSpeaker(a: string, b: string): boolean {
  const ka = speakerKey(a);
  const kb = speakerKey(b);
  if (!ka || !kb) return false;
  return ka === kb || sameNameVariant(ka, kb);
}
