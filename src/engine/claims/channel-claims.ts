// Where a statement was made is a fact of its own. "Die Ministerin nannte das Treffen auf ihrer Plattform
// „offen“" tells where she said it and what she said; "…, schrieb der Bürgermeister in seinem Blog" closes a
// statement with where it was written. Other outlets report either fact alone ("Die Ministerin berichtete auf
// ihrer Plattform über das Treffen", "Das Treffen sei offen gewesen, sagte sie"), so a sentence that states
// both in one clause must be found under both facts. The medium phrase becomes a claim of kind "channel"; the
// claim it stood in keeps its other words, so each of the two is compared by what it alone says.
//
// Only where the sentence clearly states something besides the medium: the phrase stands by a source that
// introduces a statement ("…, schrieb X auf …", "X schrieb auf …, er habe …"), or the clause it is in also
// carries a quotation or a "dass"/"that" clause. "X berichtete auf der Plattform über das Treffen" stays one
// claim: that is all it says.

import { findQuoteSpans } from '../quotes/quote-spans';
import { isCapitalised, type Token } from '../text/tokens';
import { PLATFORM_NAMES, type ClauseCues } from './clause-cues';
import type { Claim } from './claim';

/** Token range [from, to) of a medium phrase: preposition, determiners and adjectives, the medium's noun
 *  and/or name ("auf ihrer Plattform Mastodon", "on her Bluesky account", "auf Telegram"). */
interface Phrase {
  from: number;
  to: number;
}

const MAX_MODIFIERS = 3;
const MAX_NAME_TOKENS = 3;

/** Length of the platform name starting at token i, or 0. */
function platformAt(tokens: Token[], i: number): number {
  for (const name of PLATFORM_NAMES) {
    if (name.every((word, k) => tokens[i + k]?.lower === word && capitalised(tokens[i + k]))) return name.length;
  }
  return 0;
}

function capitalised(token: Token | undefined): boolean {
  return !!token && isCapitalised(token.text);
}

function phraseAt(tokens: Token[], i: number, cues: ClauseCues, language: string): Phrase | null {
  if (!cues.channelPrepositions.has(tokens[i]!.lower)) return null;
  let j = i + 1;
  for (let k = 0; k < MAX_MODIFIERS && j < tokens.length && !capitalised(tokens[j]) && (cues.channelDeterminers.has(tokens[j]!.lower) || cues.adjectiveEnding.test(tokens[j]!.lower)); k++) j++;
  const named = platformAt(tokens, j);
  if (named > 0) {
    let to = j + named;
    // "on her Bluesky account"
    if (tokens[to] && cues.channelNoun.test(tokens[to]!.lower)) to++;
    return { from: i, to };
  }
  // German nouns are capitalised; an English medium may follow a name ("his Telegram channel").
  let names = 0;
  while (language === 'en' && names < MAX_NAME_TOKENS && capitalised(tokens[j + names])) names++;
  const noun = tokens[j + names];
  if (!noun || !cues.channelNoun.test(noun.lower) || (language !== 'en' && !capitalised(noun))) return null;
  let to = j + names + 1;
  // "auf ihrer Plattform Mastodon": the medium's name after its noun.
  const after = platformAt(tokens, to);
  if (after > 0) to += after;
  else if (language !== 'en') while (to - (j + 1) < MAX_NAME_TOKENS && capitalised(tokens[to]) && tokens[to]!.start - tokens[to - 1]!.end === 1) to++;
  return { from: i, to };
}

function findPhrases(tokens: Token[], cues: ClauseCues, language: string): Phrase[] {
  const phrases: Phrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i, cues, language);
    if (phrase) {
      phrases.push(phrase);
      i = phrase.to - 1;
    }
  }
  return phrases;
}


/** The words of `parts` outside [start, end) say something of their own: a quote or a complement clause. */
function statesMore(text: string, tokens: Token[], parts: Claim['parts'], start: number, end: number, cues: ClauseCues): boolean {
  const rest = parts.flatMap((p): [number, number][] => [[p.start, Math.min(p.end, start)], [Math.max(p.start, end), p.end]]).filter(([a, b]) => b > a);
  const restText = rest.map(([a, b]) => text.slice(a, b)).join(' ');
  // Quotation marks paired as the quotes analysis pairs them (markup's attribute quotes are not quotations).
  if (findQuoteSpans(restText).some((q) => /\p{L}/u.test(restText.slice(q.open + 1, q.close)))) return true;
  return tokens.some((t) => cues.complementizers.has(t.lower) && rest.some(([a, b]) => t.start >= a && t.end <= b));
}

/** `parts` less [start, end), each piece trimmed of the spaces around the cut; pieces with no letter left
 *  (a comma) are dropped. */
function without(text: string, parts: Claim['parts'], start: number, end: number): Claim['parts'] {
  return parts.flatMap((p) => {
    if (p.end <= start || p.start >= end) return [p];
    return [
      { start: p.start, end: start },
      { start: end, end: p.end },
    ].flatMap((q) => {
      const slice = text.slice(q.start, q.end);
      if (!/\p{L}/u.test(slice)) return [];
      const lead = slice.length - slice.trimStart().length;
      return [{ start: q.start + lead, end: q.start + slice.trimEnd().length }];
    });
  });
}

/**
 * Adds a "channel" claim for each medium phrase that states where something else in the sentence was said,
 * and cuts the phrase out of the claim it stood in. `source` is the sentence's attribution ("schrieb X").
 */
export function withChannelClaims(
  text: string,
  tokens: Token[],
  claims: Claim[],
  cues: ClauseCues,
  language: string,
  source: { start: number; end: number } | undefined,
): Claim[] {
  const phrases = findPhrases(tokens, cues, language);
  if (phrases.length === 0) return claims;
  const result = claims.map((c) => ({ ...c, parts: [...c.parts] }));
  for (const phrase of phrases) {
    const start = tokens[phrase.from]!.start;
    const end = tokens[phrase.to - 1]!.end;
    const owner = result.findIndex((c) => c.kind !== 'channel' && c.parts.some((p) => start >= p.start && end <= p.end));
    // Next to the source ("schrieb X auf …", "X schrieb auf …, er habe …"): at most one word between them.
    const gap = source ? tokens.filter((t) => t.start >= source.end && t.end <= start).length : Infinity;
    const bySource = source !== undefined && start >= source.end && gap <= 1;
    let from: number;
    if (bySource) {
      // What the source introduces is said elsewhere in the sentence: before a closing source ("…, schrieb X
      // auf …"), or after the phrase as a clause of its own ("X schrieb auf …, er habe …", "… that …"); not
      // "X berichtete auf der Plattform über das Treffen", which says no more than where X reported.
      const closing = source!.start > text.length / 2;
      const next = tokens[phrase.to];
      const opensStatement = !!next && (/^\s*[,:„“"«»]/u.test(text.slice(end, next.start)) || cues.complementizers.has(next.lower));
      const before = tokens.filter((t) => t.end <= source!.start).length;
      if (!(closing && before >= 3) && !opensStatement) continue;
      from = source!.start;
    } else {
      if (owner < 0) continue;
      const host = result[owner]!;
      if (!statesMore(text, tokens, host.parts, start, end, cues)) continue;
      // The clause up to the phrase says who made the statement: "Die Ministerin nannte das Treffen auf …".
      from = host.start < start ? host.start : start;
    }
    if (owner >= 0) result[owner]!.parts = without(text, result[owner]!.parts, start, end);
    result.push({
      start: from,
      end,
      text: text.slice(from, end),
      kind: 'channel',
      host: owner >= 0 ? owner : 0,
      parts: [{ start: from, end }],
    });
  }
  return result;
}
