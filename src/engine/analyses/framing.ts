// All framing of a comparison: concepts the lexicon names (with its notes), then what detection finds on
// its own (how people are introduced, spelling variants, words filling the same slot of aligned sentences).
// A detected concept sharing a wording with a lexicon entry is left out, so nothing appears twice.
// Each article's terms are found with the lexicon of its own language, and the concepts are reported in one
// row across languages (an English "Ukraine conflict" beside a German "Krieg in der Ukraine").

import type { EventAlignment } from '../align/align-event';
import { bundledLexicon, multilingualLexicon, type Lexicon } from '../framing/lexicon';
import { findLexiconTerms } from '../framing/find-lexicon-terms';
import { lexiconFraming } from '../framing/lexicon-framing';
import { perArticleCache } from './per-article-cache';
import type { Framing } from '../types';
import { personNaming } from './person-naming';
import { spellingVariants } from './spelling-variants';
import { wordSubstitutions } from './word-substitutions';

export interface FramingOptions {
  /** The lexicon to use, or how to get it for the compared article's language (the reader's terms merged
   *  over the bundled ones); `false` shows only what detection finds. Default: the bundled lexicon. */
  lexicon?: Lexicon | false | ((language: string) => Lexicon);
}

const lexiconHits = perArticleCache((article, lexicon: Lexicon) => findLexiconTerms(article.text, lexicon));

function surfacesOf(f: Framing): Set<string> {
  return new Set(f.variants.flatMap((v) => [v.term, ...(v.surfaces ?? [])].map((s) => s.toLowerCase())));
}

function primaryOf(language: string): string {
  return language.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function framingOf(alignment: EventAlignment, options: FramingOptions = {}): Framing[] {
  const language = alignment.context.language;
  const option = options.lexicon;
  // A lexicon given as such is used for every article, as before; the bundled one or a function picks per language.
  const lexiconOf = (lang: string): Lexicon | false => (option === undefined ? bundledLexicon(lang) : typeof option === 'function' ? option(lang) : option);
  const lexicon = lexiconOf(language);
  const byLanguage = new Map<string, Lexicon>();
  for (const { article } of alignment.articles) {
    const lang = primaryOf(article.language || language);
    if (lang === primaryOf(language) || byLanguage.has(lang)) continue;
    const own = lexiconOf(lang);
    if (own && own !== lexicon) byLanguage.set(lang, own);
  }
  const articleLexicon = (lang: string): Lexicon | false => byLanguage.get(primaryOf(lang || language)) ?? lexicon;
  const reporting = lexicon ? multilingualLexicon(lexicon, [...byLanguage.values()]) : false;
  const lexicons = [...(lexicon ? [lexicon] : []), ...byLanguage.values()];
  const knownToAll = (conceptId: string) => lexicons.every((l) => l.concepts.some((c) => c.id === conceptId));
  const fromLexicon: Framing[] = reporting
    ? lexiconFraming(alignment.articles.map((a) => {
        const own = articleLexicon(a.article.language);
        return { articleId: a.id, text: a.article.text, hits: own ? lexiconHits(a.article, own) : [] };
      }), reporting, 1)
        // Several outlets using one term show no difference; one outlet alone using a listed term for
        // something the others leave unnamed ("Putsch") does — but only where the others' lexicons know the
        // concept: an English "Ukraine" without "the" says nothing beside German outlets.
        .filter((entry) => entry.variants.length >= 2 || (entry.variants[0]!.articleIds.length === 1 && knownToAll(entry.conceptId)))
        .map((entry) => ({
          concept: entry.concept,
          ...(entry.labelDe ? { labelDe: entry.labelDe } : {}),
          category: entry.category,
          variants: entry.variants.map((v) => ({
            term: v.term,
            articleIds: v.articleIds,
            ...(v.note ? { note: v.note } : {}),
            ...(v.noteDe ? { noteDe: v.noteDe } : {}),
            ...(v.source ? { source: v.source } : {}),
            ...(v.surfaces.length > 1 || v.surfaces[0] !== v.term ? { surfaces: v.surfaces } : {}),
          })),
          source: 'lexicon' as const,
        }))
    : [];
  const known = fromLexicon.map(surfacesOf);
  const detected = [...personNaming(alignment), ...spellingVariants(alignment), ...wordSubstitutions(alignment)].filter((d) => {
    const surfaces = surfacesOf(d);
    return !known.some((k) => [...surfaces].some((s) => k.has(s)));
  });
  return [...fromLexicon, ...detected];
}
