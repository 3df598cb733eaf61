// Reprinted agency copy: many outlets run the wire story verbatim, whole or in part, under their own
// headline and sometimes with an intro of their own. This is the reuse the engine's MinHash pass should
// find, and it makes reports of one event share long identical passages.

import type { Agency } from './outlets';
import type { Rng } from './prng';
import type { RenderedReport } from './render-report';

const FULL_REPRINT_SHARE = 0.25;
/** Reports stay within the generator's 8–25 sentences even when the desk cut the wire copy short. */
const MIN_SENTENCES = 8;

function roughSentenceCount(paragraphs: string[]): number {
  return paragraphs.join(' ').split(/(?<=[.!?“])\s+(?=[„\p{Lu}\d])/u).length;
}

/** The agency tag closes the last paragraph ("… ermittelt. (nmd)") or stands on a line of its own. */
function credited(paragraphs: string[], agency: Agency, rng: Rng): string[] {
  const tag = `(${agency.short})`;
  if (rng.chance(0.5)) return [...paragraphs, tag];
  return [...paragraphs.slice(0, -1), `${paragraphs.at(-1)} ${tag}`];
}

/** `own` is the outlet's own version of the story; its title, and in a partial reprint its intro, are kept. */
export function reprintAgency(own: RenderedReport, wire: RenderedReport, agency: Agency, rng: Rng): RenderedReport {
  if (rng.chance(FULL_REPRINT_SHARE)) return { title: own.title, paragraphs: credited(wire.paragraphs, agency, rng) };
  // The wire story from its second paragraph on, cut where the desk ran out of space.
  const take = Math.max(1, Math.round((wire.paragraphs.length - 1) * (0.5 + 0.4 * rng.next())));
  const paragraphs = [own.paragraphs[0]!, ...wire.paragraphs.slice(1, 1 + take)];
  // The desk's own closing paragraphs fill a report the cut left too short.
  for (const extra of own.paragraphs.slice(1).reverse()) {
    if (roughSentenceCount(paragraphs) >= MIN_SENTENCES) break;
    paragraphs.push(extra);
  }
  return { title: own.title, paragraphs: credited(paragraphs, agency, rng) };
}
