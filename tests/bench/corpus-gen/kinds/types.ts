// What an event kind is: how to cast one event (people, words, numbers, dates) and the facts and statements
// its reports are written from. Kinds of one domain share most wording; the cast is what tells events apart.

import type { QuantitySlot } from '../numbers';
import type { Rng } from '../prng';
import type { Person, World } from '../world';

export type Domain = 'politics' | 'economy' | 'sport' | 'weather' | 'courts' | 'science' | 'local';

export interface Phrase {
  de: string;
  en: string;
}

export interface EventCast {
  people: Record<string, Person>;
  /** Words fixed for the event: its place, topic, company, teams. */
  words: Record<string, Phrase>;
  quantities: Record<string, QuantitySlot>;
  /** Dates other than the event's own day (a law's start, the next hearing), in days after it. */
  laterDays: Record<string, number>;
}

/** One fact with its German wordings (alternatives inside, whole clause orders as separate entries) and
 *  its English ones. An empty `en` leaves the fact out of English reports. */
export interface FactTemplate {
  de: string[];
  en: string[];
}

/** Something a person said, as a direct quote and as Konjunktiv reported speech (a dependent clause). */
export interface StatementTemplate {
  speaker: string;
  direct: string[];
  reported: string[];
  en: string[];
}

export interface EventKind {
  domain: Domain;
  name: string;
  cast(rng: Rng, world: World): EventCast;
  titles: FactTemplate;
  /** Facts every report leads with, in this order. */
  lead: FactTemplate[];
  /** Further facts, each report takes some in its own order. */
  facts: FactTemplate[];
  statements: StatementTemplate[];
  /** People and words a follow-up event of the same story keeps (the rest is cast afresh). */
  sequelKeeps: string[];
}

/** Context sentences any event of a domain may carry; shared across its events, which makes matching hard. */
export interface DomainBackground {
  domain: Domain;
  sentences: FactTemplate;
}
