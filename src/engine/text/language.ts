// Guesses a text's language from its script when one language alone writes in it (Chinese, Japanese, Korean,
// Greek, …), else from its most frequent function words. Good enough to pick a stemmer and a sentence
// segmenter; "und" (undetermined) when no language stands out, and the engine still works then.

import { LANGUAGE_MARKERS } from './function-words';
import { languageOfScript, scriptProfile } from './scripts';
import { tokenize } from './tokens';

export function detectLanguage(text: string): string {
  const byScript = languageOfScript(scriptProfile(text));
  if (byScript) return byScript;
  const counts = new Map<string, number>();
  for (const token of tokenize(text.slice(0, 20_000))) counts.set(token.lower, (counts.get(token.lower) ?? 0) + 1);
  let best = 'und';
  let bestScore = 0;
  let total = 0;
  for (const n of counts.values()) total += n;
  for (const [language, markers] of Object.entries(LANGUAGE_MARKERS)) {
    const score = markers.reduce((sum, m) => sum + (counts.get(m) ?? 0), 0);
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  // Below 5% marker words (or under 3 hits) the text is too short or in a language we have no markers for.
  return bestScore >= 3 && bestScore / Math.max(total, 1) >= 0.05 ? best : 'und';
}

/** "de-AT" → "de"; anything unusable → null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
