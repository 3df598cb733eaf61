// All event kinds, with how often each domain occurs in a year of generated news.

import { BACKGROUNDS } from './backgrounds';
import { VERDICT } from './courts';
import { JOB_CUTS, QUARTER_RESULTS } from './economy';
import { COUNCIL_DECISION, HOUSE_FIRE } from './local';
import { CABINET_BILL, PARLIAMENT_VOTE } from './politics';
import { STUDY } from './science';
import { LEAGUE_MATCH } from './sport';
import type { Domain, DomainBackground, EventKind } from './types';
import { STORM } from './weather';

export const EVENT_KINDS: readonly { kind: EventKind; weight: number }[] = [
  { kind: CABINET_BILL, weight: 2 },
  { kind: PARLIAMENT_VOTE, weight: 2 },
  { kind: JOB_CUTS, weight: 2 },
  { kind: QUARTER_RESULTS, weight: 1 },
  { kind: LEAGUE_MATCH, weight: 3 },
  { kind: STORM, weight: 1 },
  { kind: VERDICT, weight: 2 },
  { kind: STUDY, weight: 1 },
  { kind: HOUSE_FIRE, weight: 2 },
  { kind: COUNCIL_DECISION, weight: 2 },
];

/** A follow-up of a story: the other kind of the same domain when there is one (cabinet → parliament). */
export function sequelKind(kind: EventKind): EventKind {
  const sameDomain = EVENT_KINDS.map((k) => k.kind).filter((k) => k.domain === kind.domain && k !== kind);
  return sameDomain[0] ?? kind;
}

export function backgroundOf(domain: Domain): DomainBackground {
  const found = BACKGROUNDS.find((b) => b.domain === domain);
  if (!found) throw new Error(`generate-corpus: no background sentences for domain "${domain}"`);
  return found;
}
