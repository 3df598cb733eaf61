// Word tokens with their character offsets. Hyphen compounds ("Ukraine-Krieg") and numbers with inner
// separators ("03.07.19", "4,5") stay whole; callers that need the parts use `compoundParts`.

export interface Token {
  /** The word as written (case and spelling kept: old orthography and transliterations are signals). */
  text: string;
  /** Lower-cased form. */
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}

/** "Ukraine-Krieg" → ["ukraine", "krieg"]; a word without hyphen yields nothing. */
export function compoundParts(lower: string): string[] {
  if (!lower.includes('-')) return [];
  return lower.split('-').filter((p) => p.length > 1);
}

export function isNumeric(token: string): boolean {
  return /^\p{N}/u.test(token);
}

export function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}
