// Maps a stem to the group of words news reports use interchangeably (Telefonat ~ Gespräch), so paraphrases
// share features. Data in ../data/synonyms.json; alignment only, never shown as framing.

import synonyms from '../data/synonyms.json';
import { stemWord } from '../text/stem';

const cache = new Map<string, Map<string, string>>();

export function synonymGroups(language: string): Map<string, string> {
  let groups = cache.get(language);
  if (groups) return groups;
  groups = new Map();
  const lists = (synonyms as unknown as Record<string, string[][] | undefined>)[language] ?? [];
  for (const group of lists) {
    const name = group[0]!;
    for (const word of group) if (!word.includes(' ')) groups.set(stemWord(word, language), `~${name}`);
  }
  cache.set(language, groups);
  return groups;
}
