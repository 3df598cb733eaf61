// The generator's template language: "[a|b|c]" picks one alternative (nesting allowed) and "{slot}" asks the
// article's renderer for a phrase (a person, a number, a date). Alternatives give synonym swaps and verb
// variation; slots give names, numbers and dates that differ between events of the same kind.

import type { Rng } from './prng';

export type SlotResolver = (slot: string) => string;

const INNERMOST_ALTERNATIVES = /\[([^[\]]*)\]/;
const SLOT = /\{([\w.]+)\}/g;

export function chooseAlternatives(template: string, rng: Rng): string {
  let text = template;
  // Innermost first, so "[a|[b|c] d]" resolves its inner choice before the outer one.
  for (let m = INNERMOST_ALTERNATIVES.exec(text); m; m = INNERMOST_ALTERNATIVES.exec(text)) {
    text = text.slice(0, m.index) + rng.pick(m[1]!.split('|')) + text.slice(m.index + m[0].length);
  }
  return text;
}

/** A clause as written, not capitalised (reported speech goes after "sagte, "). Slots are filled left to
 *  right, so the first mention of a person in a sentence is the one that introduces them. */
export function fillTemplate(template: string, rng: Rng, slot: SlotResolver): string {
  const text = chooseAlternatives(template, rng).replace(SLOT, (_, name: string) => slot(name));
  // An empty alternative or slot leaves double spaces or a space before punctuation behind.
  return text.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
}

export function renderTemplate(template: string, rng: Rng, slot: SlotResolver): string {
  return capitalise(fillTemplate(template, rng, slot));
}

export function capitalise(text: string): string {
  // „Zitat“ at the start keeps its quote mark; a sentence that opens with a number stays as it is.
  return text.replace(/^([„“"'(]*)(\p{Ll})/u, (_, marks: string, letter: string) => marks + letter.toUpperCase());
}
