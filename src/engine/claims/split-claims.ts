// Splits a sentence into the claims it makes. News leads pack several facts into one sentence ("X phoned Y,
// which lasted ninety minutes and was described by him as long"); comparing whole sentences puts such a
// sentence into one fact only, and every other fact it states then looks "not reported". The splitter is
// rule-based and fast: it cuts at coordinated main clauses ("… und vereinbarte …", ", und wir werden …"),
// at relative and "wobei" clauses that add a statement, and at appositions that add one, and leaves
// anything it cannot read (lists, infinitive clauses, plain reported speech) as one claim. Each claim keeps
// its character span in the sentence and names the claim it takes its subject or antecedent from.

import { tokenize, type Token } from '../text/tokens';
import { withChannelClaims } from './channel-claims';
import type { Claim, ClaimKind } from './claim';
import { CLAUSE_CUES, type ClauseCues } from './clause-cues';

export type { Claim, ClaimKind } from './claim';

interface Cut {
  /** Token index where the new clause starts (the conjunction or relative pronoun is part of it). */
  at: number;
  kind: 'coordinated' | 'relative' | 'apposition';
}

const MIN_CLAIM_TOKENS = 3;
const MIN_HOST_TOKENS = 3;

function between(text: string, a: Token | undefined, b: Token): string {
  return text.slice(a ? a.end : 0, b.start);
}

function commaBefore(text: string, tokens: Token[], i: number): boolean {
  return /[,;–—]\s*["„“”»«'‘’]?\s*$/.test(between(text, tokens[i - 1], tokens[i]!));
}

function isLower(token: Token | undefined): boolean {
  return !!token && /^\p{Ll}/u.test(token.text);
}

/** A word that, right after "und"/"and", reads as the finite verb of a clause whose subject is left out. */
function looksLikeVerb(text: string, tokens: Token[], i: number, cues: ClauseCues): boolean {
  const token = tokens[i];
  if (!token || !isLower(token) || cues.notVerbs.has(token.lower)) return false;
  if (cues.verbs.has(token.lower)) return true;
  if (token.lower.length < 5 || !cues.verbEnding.test(token.lower)) return false;
  // "und konkrete Schritte": an adjective before its noun, not a verb.
  const next = tokens[i + 1];
  return !next || !/^\p{Lu}/u.test(next.text) || commaBefore(text, tokens, i + 1);
}

function coordinationCut(text: string, tokens: Token[], i: number, cues: ClauseCues): boolean {
  const token = tokens[i]!;
  if (!cues.coordinators.has(token.lower)) return false;
  // "und vereinbarte …": the subject is the host's.
  if (looksLikeVerb(text, tokens, i + 1, cues)) return true;
  // ", und wir werden …", ", and the two mayors agreed …", ", und Huber lud …": after a comma, a new subject
  // (a pronoun or a short noun phrase with no comma in it) and then its verb. Without the comma "Berger and
  // Huber agreed" is one subject, not two clauses.
  if (!commaBefore(text, tokens, i)) return false;
  const subject = tokens[i + 1];
  if (!subject) return false;
  if (cues.pronouns.has(subject.lower)) return looksLikeVerb(text, tokens, i + 2, cues);
  for (let j = i + 2; j <= i + 1 + MAX_SUBJECT_TOKENS && j < tokens.length; j++) {
    if (commaBefore(text, tokens, j) || cues.coordinators.has(tokens[j]!.lower)) return false;
    // A lone relative pronoun before the verb (", and which was …") opens a relative clause, not a new subject.
    if (looksLikeVerb(text, tokens, j, cues)) return !looksLikeVerb(text, tokens, i + 1, cues) && !(j === i + 2 && cues.relatives.has(subject.lower));
  }
  return false;
}

/** Words a new clause's subject may take before its verb ("the two mayors", "the minister's office"). */
const MAX_SUBJECT_TOKENS = 4;

/** "den ukrainischen Präsidenten": an article, an adjective, then its noun — not a relative pronoun. */
function articleBeforeNoun(tokens: Token[], i: number, cues: ClauseCues): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  return !!next && !!after && /^\p{Lu}/u.test(after.text) && cues.adjectiveEnding.test(next.lower) && !cues.notVerbs.has(next.lower);
}

function relativeCut(text: string, tokens: Token[], i: number, cues: ClauseCues): boolean {
  if (!commaBefore(text, tokens, i)) return false;
  const token = tokens[i]!;
  if (cues.clauseAdverbs.has(token.lower)) return true;
  // ", das drei Stunden dauerte": a relative pronoun followed by a lower-case word; ", das Gespräch
  // sei …" (an article before its noun) is reported speech, not a relative clause.
  if (cues.relatives.has(token.lower)) {
    return isLower(tokens[i + 1]) && !cues.relatives.has(tokens[i + 1]!.lower) && !articleBeforeNoun(tokens, i, cues);
  }
  // ", bei dem ursprünglich …", ", in der …"
  if (cues.prepositions.has(token.lower) && cues.relatives.has(tokens[i + 1]?.lower ?? '')) {
    return isLower(tokens[i + 2]) && !articleBeforeNoun(tokens, i + 1, cues);
  }
  return false;
}

/** ", ein Vertrauter Putins, …" right after a name: an apposition between two commas. */
function appositionEnd(text: string, tokens: Token[], i: number, cues: ClauseCues): number | null {
  if (!commaBefore(text, tokens, i) || !cues.indefinites.has(tokens[i]!.lower)) return null;
  const before = tokens[i - 1];
  if (!before || !/^\p{Lu}/u.test(before.text)) return null;
  for (let j = i + 1; j < tokens.length && j <= i + 8; j++) {
    if (commaBefore(text, tokens, j)) return j - i >= MIN_CLAIM_TOKENS ? j : null;
  }
  return null;
}

function findCuts(text: string, tokens: Token[], cues: ClauseCues): Cut[] {
  const cuts: Cut[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (coordinationCut(text, tokens, i, cues)) cuts.push({ at: i, kind: 'coordinated' });
    else if (relativeCut(text, tokens, i, cues)) cuts.push({ at: i, kind: 'relative' });
    else if (appositionEnd(text, tokens, i, cues) !== null) cuts.push({ at: i, kind: 'apposition' });
  }
  return cuts;
}

/** Where a relative clause or apposition that starts at token `from` ends: at its next comma or dash. */
function subordinateEnd(text: string, tokens: Token[], from: number, cuts: Cut[]): number {
  for (let j = from + 1; j < tokens.length; j++) {
    if (cuts.some((c) => c.at === j)) return j;
    if (commaBefore(text, tokens, j)) return j;
  }
  return tokens.length;
}

interface Draft {
  kind: ClaimKind;
  host: number | null;
  /** Token ranges [from, to) that are this claim's own. */
  ranges: [number, number][];
}

const TRIM_START = /^[\s,;:–—-]+/u;
const TRIM_END = /[\s,;:–—-]+$/u;

function spanOf(text: string, tokens: Token[], from: number, to: number): { start: number; end: number } {
  let start = tokens[from]!.start;
  let end = tokens[to - 1]!.end;
  // Keep a closing quote mark or bracket that belongs to the last word.
  const after = /^["“”»«’)]+/u.exec(text.slice(end));
  if (after) end += after[0].length;
  // And an opening one before the first word.
  const before = /["„“«»‘(]+$/u.exec(text.slice(0, start));
  if (before) start -= before[0].length;
  return { start, end };
}

function trimmed(text: string, part: { start: number; end: number }): { start: number; end: number } {
  const slice = text.slice(part.start, part.end);
  const lead = TRIM_START.exec(slice)?.[0].length ?? 0;
  const tail = TRIM_END.exec(slice.slice(lead))?.[0].length ?? 0;
  return { start: part.start + lead, end: part.end - tail };
}

/** "das … dauerte und von ihm … beschrieben wurde": where a relative clause's second, coordinated
 *  statement about the same antecedent starts, or null. Both halves must end in a verb. */
function coordinatedRelative(tokens: Token[], from: number, to: number, cues: ClauseCues): number | null {
  if (!endsInVerb(tokens, to, cues)) return null;
  for (let j = from + 2; j <= to - MIN_CLAIM_TOKENS; j++) {
    if (cues.coordinators.has(tokens[j]!.lower) && endsInVerb(tokens, j, cues)) return j;
  }
  return null;
}

function endsInVerb(tokens: Token[], to: number, cues: ClauseCues): boolean {
  const last = tokens[to - 1];
  return !!last && isLower(last) && (cues.verbs.has(last.lower) || cues.verbEnding.test(last.lower));
}

/** Drafts claims from the cuts: coordinated clauses follow one another; a relative clause or apposition is
 *  cut out of the clause it stands in, which continues after it. */
function draftClaims(text: string, tokens: Token[], cuts: Cut[], cues: ClauseCues): Draft[] {
  const drafts: Draft[] = [{ kind: 'main', host: null, ranges: [] }];
  let current = 0;
  let position = 0;
  for (const cut of cuts) {
    if (cut.at < position) continue;
    drafts[current]!.ranges.push([position, cut.at]);
    if (cut.kind === 'coordinated') {
      drafts.push({ kind: 'coordinated', host: current, ranges: [] });
      current = drafts.length - 1;
      position = cut.at;
      continue;
    }
    const end = subordinateEnd(text, tokens, cut.at, cuts);
    // ", den Präsidenten … zu informieren": an infinitive clause, part of its host's statement.
    if (cut.kind === 'relative' && cues.infinitiveMarkers.has(tokens[end - 2]?.lower ?? '')) {
      position = cut.at;
      continue;
    }
    const second = cut.kind === 'relative' ? coordinatedRelative(tokens, cut.at, end, cues) : null;
    if (second === null) drafts.push({ kind: cut.kind, host: current, ranges: [[cut.at, end]] });
    else drafts.push({ kind: 'relative', host: current, ranges: [[cut.at, second]] }, { kind: 'relative', host: current, ranges: [[second, end]] });
    position = end;
  }
  drafts[current]!.ranges.push([position, tokens.length]);
  return drafts;
}

/** Claims too short to stand alone go back into their host. */
function mergeShort(drafts: Draft[]): Draft[] {
  const size = (d: Draft) => d.ranges.reduce((n, [a, b]) => n + (b - a), 0);
  for (let i = drafts.length - 1; i >= 1; i--) {
    const d = drafts[i]!;
    const host = drafts[d.host ?? 0]!;
    if (size(d) >= MIN_CLAIM_TOKENS && size(host) >= MIN_HOST_TOKENS) continue;
    host.ranges.push(...d.ranges);
    host.ranges.sort((a, b) => a[0] - b[0]);
    for (const other of drafts) if (other.host === i) other.host = d.host;
    d.ranges = [];
  }
  return drafts;
}

/**
 * The claims of one sentence. `attribution` is the span of the sentence's source phrase ("so X", "teilte X
 * mit"); when it closes the sentence it belongs to every claim, so no claim's span takes it in.
 */
export function splitClaims(text: string, language: string, attribution?: { start: number; end: number }): Claim[] {
  const cues = CLAUSE_CUES[language];
  const whole: Claim = { start: 0, end: text.length, text, kind: 'whole', host: null, parts: [{ start: 0, end: text.length }] };
  if (!cues) return [whole];
  const tokens = tokenize(text);
  return withChannelClaims(text, tokens, clauseClaims(text, tokens, cues, whole, attribution), cues, language, attribution);
}

/** The claims of the sentence's clauses, or the whole sentence as one. */
function clauseClaims(text: string, allTokens: Token[], cues: ClauseCues, whole: Claim, attribution?: { start: number; end: number }): Claim[] {
  const tail = attribution && attribution.start > text.length / 2 ? attribution.start : text.length;
  const tokens = allTokens.filter((t) => t.end <= tail);
  const cuts = findCuts(text, tokens, cues);
  if (cuts.length === 0) return [whole];
  const drafts = mergeShort(draftClaims(text, tokens, cuts, cues));
  const kept = drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.ranges.some(([a, b]) => b > a));
  if (kept.length < 2) return [whole];
  const renumber = new Map(kept.map(({ i }, n) => [i, n]));
  return kept.map(({ d }) => {
    const parts = d.ranges.filter(([a, b]) => b > a).map(([a, b]) => trimmed(text, spanOf(text, tokens, a, b)));
    const start = Math.min(...parts.map((p) => p.start));
    const end = Math.max(...parts.map((p) => p.end));
    let host = d.host;
    while (host !== null && !renumber.has(host)) host = drafts[host]!.host;
    return { start, end, text: text.slice(start, end), kind: d.kind, host: host === null ? null : renumber.get(host)!, parts };
  });
}
