// Detected framing: the same word spelled differently across outlets — transliterations of names and places
// (Selenskyj / Selenskij, Kiew / Kyjiw) and old against reformed orthography (Rußland / Russland, daß / dass).

import type { EventAlignment } from '../align/align-event';
import { spellingKey } from '../names/koelner-phonetik';
import { isCapitalised } from '../text/tokens';
import type { Framing } from '../types';
import { VariantTally } from './variant-tally';

interface Spelling {
  surface: string;
  articleId: string;
}

/** Old orthography writes ß where the reform writes ss: the same word once ß is folded. */
function orthographyKey(lower: string): string | null {
  return lower.includes('ß') || lower.includes('ss') ? lower.replace(/ß/g, 'ss') : null;
}

function collectSpellings(alignment: EventAlignment): Spelling[] {
  const spellings: Spelling[] = [];
  for (const { id, article } of alignment.articles) {
    for (const tokens of alignment.context.tokens.get(article) ?? []) {
      // A sentence's first word is capitalised by position, not because it is a name ("Seit" is not "Zeit").
      tokens.forEach((t, i) => {
        if (i > 0 && /^\p{L}{4,}$/u.test(t.text)) spellings.push({ surface: t.text, articleId: id });
      });
    }
  }
  return spellings;
}

/** A genitive or plural "s" is not a spelling: "Selenskyjs" counts as "Selenskyj" when that form occurs. */
function baseForm(surface: string, known: ReadonlySet<string>): string {
  return surface.endsWith('s') && known.has(surface.slice(0, -1)) ? surface.slice(0, -1) : surface;
}

interface SpellingGroup {
  forms: Set<string>;
  tally: VariantTally;
  category: 'orthography' | 'name-spelling';
}

export function spellingVariants(alignment: EventAlignment): Framing[] {
  const order = new Map(alignment.articles.map((a, i) => [a.id, i]));
  const spellings = collectSpellings(alignment);
  const known = new Set(spellings.map((s) => s.surface));
  const groups: SpellingGroup[] = [];
  const byKey = new Map<string, SpellingGroup>();
  for (const { surface, articleId } of spellings) {
    const form = baseForm(surface, known);
    const orthography = orthographyKey(form.toLowerCase());
    if (orthography === null && !isCapitalised(form)) continue;
    // Only letters that spellings swap for one sound may differ (y/j/i, v/w, z/s, c/k, ß/ss, doubled
    // letters): Selenskyj / Selenskij / Zelensky are one name, Seite / Zeit are two words.
    const key = orthography ?? `#${spellingKey(form)}`;
    let group = byKey.get(key);
    if (!group) {
      group = { forms: new Set(), tally: new VariantTally(), category: orthography !== null ? 'orthography' : 'name-spelling' };
      groups.push(group);
      byKey.set(key, group);
    }
    group.forms.add(form);
    group.tally.add(form.toLowerCase(), form, articleId);
  }
  return groups
    .filter((g) => g.tally.size >= 2 && g.tally.articleCount() >= 2)
    .map((g) => {
      const variants = g.tally.toVariants((a) => order.get(a) ?? 0);
      return { concept: `Spelling of ${variants[0]!.term}`, labelDe: `Schreibweise von ${variants[0]!.term}`, category: g.category, variants, source: 'detected' as const };
    });
}
