// Groups the renderings of one original statement across articles. Pairs are linked strongest first
// (single-link), but a link is refused when it would put two different named speakers in one group (a role
// nobody resolved, such as "the mayor", names no one), or two renderings from the same article that are not
// one inside the other: an article quotes each statement once, so two of its own quotes in one group mean two
// statements were chained together.

import { analyseSentence, isSentenceSimilarityLoaded, meaningSimilarity } from '../meaning/similarity';
import { primaryLanguage } from '../text/language';
import { sameSpeaker } from './speaker-key';
import { containsStatement, statementFeatures, statementSimilarity, type StatementFeatures } from './statement-similarity';
import type { ArticleQuotes, QuoteGroup, QuoteVariant, SpeechItem } from './types';
import { diffWords } from './word-diff';

/**
 * Similarity at or above which two renderings are taken for one statement. On the seed event, renderings of
 * one statement scored 0.56–1.0 and the closest different statements of the same people 0.45.
 */
export const SAME_STATEMENT_THRESHOLD = 0.5;

interface Member {
  articleId: string;
  item: SpeechItem;
  features: StatementFeatures;
  /** Reading order over all articles, for a stable output. */
  order: number;
}

/** Scare quotes and quotes inside quotes are not statements of a speaker; they are not grouped. */
function isStatement(item: SpeechItem): boolean {
  return !item.direct || (item.kind === 'statement' && item.depth === 0);
}

function membersOf(byArticle: ArticleQuotes[]): Member[] {
  const raw: { articleId: string; item: SpeechItem }[] = [];
  byArticle.forEach((article, n) => {
    if (!article || typeof article.articleId !== 'string') throw new TypeError(`groupQuotes: entry ${n} has no articleId`);
    if (!Array.isArray(article.quotes)) throw new TypeError(`groupQuotes: article "${article.articleId}" has no quotes array`);
    for (const item of article.quotes) if (isStatement(item)) raw.push({ articleId: article.articleId, item });
  });
  const features = statementFeatures(raw.map((r) => ({ text: r.item.text, language: r.item.language })));
  return raw.map((r, order) => ({ ...r, features: features[order]!, order }));
}

/** A role nobody resolved ("the mayor") is not a name: it may be any person, so it refuses no one. */
function namedSpeaker(item: SpeechItem): string | null {
  return item.role ? null : item.speaker;
}

function canJoin(a: Member[], b: Member[]): boolean {
  for (const x of a) {
    for (const y of b) {
      const [sx, sy] = [namedSpeaker(x.item), namedSpeaker(y.item)];
      if (sx && sy && !sameSpeaker(sx, sy)) return false;
      if (x.articleId === y.articleId && !containsStatement(x.features, y.features)) return false;
    }
  }
  return true;
}

/**
 * Renderings in two languages ("long and highly productive" / "lang und sehr produktiv") share no stems; with
 * the meaning layer loaded they are compared by meaning (bilingual dictionary keys), and only when both name
 * the same speaker: a translation is recognised by who said it and what it means, never by meaning alone.
 * 0 when the languages are the same, the speakers differ or are unknown, or the meaning layer is not loaded.
 */
function crossLanguageSimilarity(x: Member, y: Member): number {
  const [lx, ly] = [primaryLanguage(x.item.language) ?? '', primaryLanguage(y.item.language) ?? ''];
  if (lx === ly || !isSentenceSimilarityLoaded()) return 0;
  const [sx, sy] = [x.item.speaker, y.item.speaker];
  if (!sx || !sy || !sameSpeaker(sx, sy)) return 0;
  return meaningSimilarity(analyseSentence(x.item.text, lx), analyseSentence(y.item.text, ly));
}

function cluster(members: Member[]): Member[][] {
  const pairs: { a: number; b: number; sim: number }[] = [];
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) {
      const sim = Math.max(statementSimilarity(members[a]!.features, members[b]!.features), crossLanguageSimilarity(members[a]!, members[b]!));
      if (sim >= SAME_STATEMENT_THRESHOLD) pairs.push({ a, b, sim });
    }
  }
  pairs.sort((p, q) => q.sim - p.sim || p.a - q.a || p.b - q.b);
  const groupOf = members.map((_, n) => n);
  const groups = new Map<number, Member[]>(members.map((m, n) => [n, [m]]));
  for (const { a, b } of pairs) {
    const ga = groupOf[a]!;
    const gb = groupOf[b]!;
    if (ga === gb || !canJoin(groups.get(ga)!, groups.get(gb)!)) continue;
    const merged = [...groups.get(ga)!, ...groups.get(gb)!];
    groups.set(ga, merged);
    groups.delete(gb);
    for (const m of merged) groupOf[m.order] = ga;
  }
  return [...groups.values()].map((g) => g.sort((x, y) => x.order - y.order));
}

function variantsOf(group: Member[]): QuoteVariant[] {
  const byKey = new Map<string, QuoteVariant>();
  for (const m of group) {
    const key = `${m.item.direct ? 'd' : 'r'}|${m.features.normalised}`;
    const known = byKey.get(key);
    if (!known) byKey.set(key, { text: m.item.text, direct: m.item.direct, articleIds: [m.articleId], language: primaryLanguage(m.item.language) ?? '' });
    else if (!known.articleIds.includes(m.articleId)) known.articleIds.push(m.articleId);
  }
  return [...byKey.values()];
}

/** The named speaker most members give, in its most frequent spelling; a role only when no one is named. */
function groupSpeaker(group: Member[]): string | null {
  return mostFrequent(group.map((m) => namedSpeaker(m.item))) ?? mostFrequent(group.map((m) => m.item.speaker));
}

function mostFrequent(names: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const name of names) if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, count] of counts) if (best === null || count > counts.get(best)!) best = name;
  return best;
}

/** The variant most articles carry; a direct quote beats reported speech, then the earlier one. */
function referenceIndex(variants: QuoteVariant[]): number {
  let best = 0;
  variants.forEach((v, n) => {
    const b = variants[best]!;
    if (v.articleIds.length > b.articleIds.length || (v.articleIds.length === b.articleIds.length && v.direct && !b.direct)) best = n;
  });
  return best;
}

function toGroup(group: Member[]): QuoteGroup {
  const variants = variantsOf(group);
  const articles = new Set(group.map((m) => m.articleId));
  const out: QuoteGroup = { speaker: groupSpeaker(group), variants, shared: articles.size >= 2 };
  if (variants.length >= 2) {
    const reference = referenceIndex(variants);
    // Words differ between languages by translation, not by rendering: a diff is only taken within one language.
    variants.forEach((v, n) => {
      if (n !== reference && v.language === variants[reference]!.language) v.diff = diffWords(variants[reference]!.text, v.text);
    });
    out.differences = { reference };
  }
  return out;
}

export function groupQuotes(byArticle: ArticleQuotes[]): QuoteGroup[] {
  if (!Array.isArray(byArticle)) throw new TypeError('groupQuotes: expected an array of { articleId, quotes }');
  const groups = cluster(membersOf(byArticle));
  const articleCount = (g: Member[]) => new Set(g.map((m) => m.articleId)).size;
  groups.sort((a, b) => articleCount(b) - articleCount(a) || a[0]!.order - b[0]!.order);
  return groups.map(toGroup);
}
