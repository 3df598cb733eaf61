// Fills a template's slots for one report: people as this outlet mentions them, numbers as this outlet
// states them (decided once per report, so a report agrees with itself), the event's day as it names it.

import { addDays, eventDayDe, eventDayEn, futureDateDe, futureDateEn } from './dates';
import type { PlannedEvent } from './plan-events';
import { formatQuantityDe, formatQuantityEn, reportQuantity, type ReportedQuantity } from './numbers';
import { MentionState, type Case } from './mentions';
import type { Outlet } from './outlets';
import type { Rng } from './prng';
import type { SlotResolver } from './template';

/** Now and then a report names the wrong day: a date conflict the engine should notice. */
const WRONG_DAY_SHARE = 0.04;

export interface ReportContext {
  event: PlannedEvent;
  language: 'de' | 'en';
  rng: Rng;
  mentions: MentionState;
  slot: SlotResolver;
}

export function reportContext(event: PlannedEvent, outlet: Outlet, rng: Rng): ReportContext {
  const language = outlet.language;
  const mentions = new MentionState(rng, outlet.titleMentions);
  const quantities = new Map<string, ReportedQuantity>();
  const statedDay = rng.chance(WRONG_DAY_SHARE) ? addDays(event.day, rng.pick([-1, 1])) : event.day;
  const where = `kind "${event.kind.name}" (${event.label})`;

  const slot: SlotResolver = (name) => {
    const [space, key = '', modifier] = name.split('.');
    if (space === 'day') return language === 'de' ? eventDayDe(statedDay, rng) : eventDayEn(statedDay, rng);
    if (space === 'p') {
      const person = event.cast.people[key];
      if (!person) throw new Error(`generate-corpus: ${where} has no person "${key}" for {${name}}`);
      return language === 'de' ? mentions.de(person, (modifier ?? 'nom') as Case) : mentions.en(person);
    }
    if (space === 'w') {
      const word = event.cast.words[key];
      if (!word) throw new Error(`generate-corpus: ${where} has no word "${key}" for {${name}}`);
      return word[language];
    }
    if (space === 'q') {
      const quantity = event.cast.quantities[key];
      if (!quantity) throw new Error(`generate-corpus: ${where} has no quantity "${key}" for {${name}}`);
      let reported = quantities.get(key);
      if (!reported) quantities.set(key, (reported = reportQuantity(quantity, rng, outlet.hedgesNumbers)));
      return language === 'de' ? formatQuantityDe(quantity.kind, reported, rng, modifier === 'dat') : formatQuantityEn(quantity.kind, reported, rng);
    }
    if (space === 'later') {
      const days = event.cast.laterDays[key];
      if (days === undefined) throw new Error(`generate-corpus: ${where} has no later date "${key}" for {${name}}`);
      const day = addDays(event.day, days);
      return language === 'de' ? futureDateDe(day, rng) : futureDateEn(day, rng);
    }
    throw new Error(`generate-corpus: ${where} uses the unknown slot {${name}}`);
  };
  return { event, language, rng, mentions, slot };
}
