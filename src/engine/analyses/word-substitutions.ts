// Detected framing: where two outlets report one fact in sentences that agree word for word around a slot
// but fill the slot differently ("um den Brand in der Altstadt zu löschen" / "um das Altstadtfeuer zu
// löschen"), the two fillings are candidate names for one thing. Pairs found again across the event rank first.
// With the meaning layer loaded, a swap counts only when the fillings are related in meaning (synonyms,
// shared renderings, a compound and its head) or are one word each in an otherwise shared frame ("den Krieg
// beenden" / "den Konflikt beenden"); and synonyms are also found where the two sentences are worded apart
// (synonym-substitutions.ts). Without it, the lexical rule of old applies.

import type { EventAlignment } from '../align/align-event';
import type { SentenceFeatures } from '../align/sentence-features';
import type { NameIndex } from '../names/name-index';
import type { Token } from '../text/tokens';
import type { Framing } from '../types';
import { VariantTally } from './variant-tally';
import { SlotReader, type Substitution } from './substitution-slots';
import { synonymSubstitutions } from './synonym-substitutions';
import { meaningWords, wordRelation, MIN_RELATION } from './word-relations';

/** Words both sentences share, in order, around the slots: at least one of substance. */
const MIN_ANCHORS = 3;
const MAX_ENTRIES = 12;

/** What the meaning layer says of a swap: 'related' (synonyms, one a compound of the other's head …),
 *  'swap' (one word for one other word, unrelated by data), 'none' (an addition, an inflection, or a rewording
 *  of several words), or null when it is not loaded. */
export function swapKind(a: string, b: string, language: string): 'related' | 'swap' | 'none' | null {
  const wa = meaningWords(a, language);
  const wb = meaningWords(b, language);
  if (wa === null || wb === null) return null;
  // Words both fillings have (by lemma or stem: "Ukraine" / "ukrainischen") are the frame, not the swap.
  const keysOf = (ws: typeof wa) => new Set(ws.flatMap((w) => [`d:${w.lemma}`, ...[...w.same.keys()].filter((k) => k.startsWith('t:'))]));
  const ka = keysOf(wa);
  const kb = keysOf(wb);
  const shared = (w: (typeof wa)[number], other: Set<string>) => other.has(`d:${w.lemma}`) || [...w.same.keys()].some((k) => k.startsWith('t:') && other.has(k));
  const ra = wa.filter((w) => !shared(w, kb));
  const rb = wb.filter((w) => !shared(w, ka));
  if (ra.length === 0 || rb.length === 0) return 'none';
  if (ra.some((x) => rb.some((y) => wordRelation(x, y) >= MIN_RELATION))) return 'related';
  return ra.length === 1 && rb.length === 1 ? 'swap' : 'none';
}

/** Longest common subsequence of two stem lists, as index pairs. */
function commonSubsequence(a: string[], b: string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}


function substitutionsOf(x: SentenceFeatures, y: SentenceFeatures, tx: Token[], ty: Token[], reader: SlotReader, names: NameIndex): Substitution[] {
  const sx = reader.anchorKeys(tx);
  const sy = reader.anchorKeys(ty);
  const anchors = commonSubsequence(sx, sy);
  const contentAnchors = anchors.filter(([i]) => !reader.stopwords.has(tx[i]!.lower)).length;
  if (contentAnchors < 1 || anchors.length < MIN_ANCHORS) return [];
  const found: Substitution[] = [];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [i0, j0] = anchors[k]!;
    const [i1, j1] = anchors[k + 1]!;
    const a = reader.slot(tx.slice(i0 + 1, i1), x.text, x.articleId, names);
    const b = reader.slot(ty.slice(j0 + 1, j1), y.text, y.articleId, names);
    if (!a || !b || a.key === b.key) continue;
    // The same words in another order or inflection are not another name.
    if ([...a.key.split(' ')].sort().join(' ') === [...b.key.split(' ')].sort().join(' ')) continue;
    const kind = swapKind(a.surface, b.surface, reader.language);
    if (kind === 'none') continue;
    // Two words of context on each side, as the first outlet wrote them: "um den … zu beenden".
    const left = x.text.slice(tx[Math.max(0, i0 - 1)]!.start, tx[i0]!.end);
    const right = x.text.slice(tx[i1]!.start, tx[Math.min(tx.length - 1, i1 + 1)]!.end);
    found.push({ a, b, context: `${left} … ${right}`, ...(kind === 'related' ? { related: true as const } : kind === 'swap' ? { unrelatedSwap: true as const } : {}) });
  }
  return found;
}

export function wordSubstitutions(alignment: EventAlignment, minSimilarity = 0.3): Framing[] {
  const { context } = alignment;
  const reader = new SlotReader(context.stopwords, context.language);
  const tokensOf = new Map(alignment.articles.map((a) => [a.id, context.tokens.get(a.article) ?? []]));
  // Words of two languages never fill one slot: an English report beside German ones is a translation.
  const languageOf = new Map(alignment.articles.map((a) => [a.id, (a.article.language ?? context.language).toLowerCase().split('-')[0]]));
  const order = new Map(alignment.articles.map((a, i) => [a.id, i]));
  const substitutions: Substitution[] = [];
  for (const fact of alignment.facts) {
    for (let p = 0; p < fact.mentions.length; p++) {
      for (let q = p + 1; q < fact.mentions.length; q++) {
        const x = fact.mentions[p]!;
        const y = fact.mentions[q]!;
        if (x.articleId === y.articleId || languageOf.get(x.articleId) !== languageOf.get(y.articleId)) continue;
        if (!fact.linkReaches(x, minSimilarity) || !fact.linkReaches(y, minSimilarity)) continue;
        const tx = tokensOf.get(x.articleId)?.[x.index] ?? [];
        const ty = tokensOf.get(y.articleId)?.[y.index] ?? [];
        const slotted = substitutionsOf(x, y, tx, ty, reader, context.names);
        substitutions.push(...slotted);
        substitutions.push(...synonymSubstitutions(x, y, tx, ty, reader, context.names, slotted));
      }
    }
  }
  return groupSubstitutions(substitutions, order);
}

/** Fillings linked by substitutions form one concept; concepts seen in more sentence pairs rank first. */
function groupSubstitutions(found: Substitution[], order: Map<string, number>): Framing[] {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    if (!parent.has(k)) parent.set(k, k);
    return parent.get(k) === k ? k : find(parent.get(k)!);
  };
  // A swap of words the meaning layer does not relate is kept only when the same pair recurs (two sentence
  // pairs, or three outlets): once is a rewording ("über den Krieg" / "über die Lage"), and joining it to a
  // recurring swap would chain unrelated words into one concept.
  const pairKey = (s: Substitution) => [s.a.key, s.b.key].sort().join('\u0000');
  const pairs = new Map<string, { support: number; articles: Set<string> }>();
  for (const s of found) {
    const p = pairs.get(pairKey(s)) ?? { support: 0, articles: new Set<string>() };
    p.support++;
    p.articles.add(s.a.articleId).add(s.b.articleId);
    pairs.set(pairKey(s), p);
  }
  const recurs = (s: Substitution) => pairs.get(pairKey(s))!.support >= 2 || pairs.get(pairKey(s))!.articles.size >= 3;
  const substitutions = found.filter((s) => !s.unrelatedSwap || recurs(s));
  for (const s of substitutions) parent.set(find(s.a.key), find(s.b.key));
  const concepts = new Map<string, { tally: VariantTally; support: number; related: boolean; context: string }>();
  for (const s of substitutions) {
    const root = find(s.a.key);
    const concept = concepts.get(root) ?? { tally: new VariantTally(), support: 0, related: false, context: s.context };
    concept.tally.add(s.a.key, s.a.surface, s.a.articleId);
    concept.tally.add(s.b.key, s.b.surface, s.b.articleId);
    concept.support++;
    if (s.related) concept.related = true;
    concepts.set(root, concept);
  }
  // One pair of sentences saying a thing differently is paraphrase; the same swap again is a pattern, and so
  // is a swap of words the meaning layer knows as synonyms.
  return [...concepts.values()]
    .filter((c) => c.tally.size >= 2 && c.tally.articleCount() >= 2 && (c.support >= 2 || c.tally.articleCount() >= 3 || c.related))
    .sort((a, b) => b.support * b.tally.articleCount() - a.support * a.tally.articleCount())
    .slice(0, MAX_ENTRIES)
    .map((c) => {
      const variants = c.tally.toVariants((a) => order.get(a) ?? 0);
      return {
        concept: variants.map((v) => v.term).slice(0, 2).join(' / '),
        category: 'wording',
        variants,
        source: 'detected' as const,
        context: c.context,
      };
    });
}
