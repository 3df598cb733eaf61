// Reprinted agency copy: many outlets run the wire story verbatim, whole or in part, under their own
// headline and sometimes with an intro of their own. This is the reuse the engine's MinHash pass should
// find, and it makes reports of one event share long identical passages.

import type { Agency } from './outlets';
import type { Rng } from './prng';
import type { RenderedReport } from './render-report';

const FULL_REPRINT_SHARE = 0.25;

/** `own` is the outlet's own version of the story; its title and intro are kept. */
export function reprintAgency(own: RenderedReport, wire: RenderedReport, agency: Agency, rng: Rng): RenderedReport {
  const credit = `(${agency.short})`;
  if (rng.chance(FULL_REPRINT_SHARE)) return { title: own.title, paragraphs: [...wire.paragraphs, credit] };
  // The wire story from its second paragraph on, cut where the desk ran out of space.
  const take = Math.max(1, Math.round((wire.paragraphs.length - 1) * (0.5 + 0.4 * rng.next())));
  const copied = wire.paragraphs.slice(1, 1 + take);
  const ownTail = rng.chance(0.4) ? own.paragraphs.slice(-1) : [];
  return { title: own.title, paragraphs: [own.paragraphs[0]!, ...copied, ...ownTail, credit] };
}
