// Plans the year of news: which events happen, when, how many outlets report each, which events continue
// an earlier story with the same people, and which articles stand alone.

import { addDays } from './dates';
import { EVENT_KINDS, sequelKind } from './kinds';
import type { EventCast, EventKind } from './kinds/types';
import type { Rng } from './prng';
import type { World } from './world';

export interface PlannedEvent {
  label: string;
  kind: EventKind;
  cast: EventCast;
  day: Date;
  /** Reports in the pack. */
  reports: number;
  /** Label of the earlier event of the same story, for a follow-up. */
  sequelOf: string | null;
}

export interface PlanOptions {
  articles: number;
  /** Share of articles that are the only report of their event. */
  singleShare: number;
  /** Share of multi-report events that follow up an earlier one (same people, days later). */
  sequelShare: number;
  minReports: number;
  maxReports: number;
}

const YEAR_START = Date.UTC(2025, 0, 1);

function pickKind(rng: Rng): EventKind {
  const total = EVENT_KINDS.reduce((sum, k) => sum + k.weight, 0);
  let r = rng.next() * total;
  for (const k of EVENT_KINDS) if ((r -= k.weight) < 0) return k.kind;
  return EVENT_KINDS[0]!.kind;
}

/** Report counts lean towards few outlets; big stories with ten are rarer. */
function reportCount(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() ** 1.6 * (max - min + 1));
}

function sequelCast(parent: PlannedEvent, kind: EventKind, rng: Rng, world: World): EventCast {
  const fresh = kind.cast(rng, world);
  for (const key of kind.sequelKeeps) {
    if (parent.cast.people[key]) fresh.people[key] = parent.cast.people[key];
    if (parent.cast.words[key]) fresh.words[key] = parent.cast.words[key];
  }
  return fresh;
}

export function planEvents(options: PlanOptions, rng: Rng, world: World, labelPrefix = 'ev'): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  const singles = Math.round(options.articles * options.singleShare);
  let remaining = options.articles - singles;
  while (remaining > 0) {
    let reports = Math.min(reportCount(rng, options.minReports, options.maxReports), remaining);
    // Leave no remainder too small for an event of its own.
    const left = remaining - reports;
    if (left > 0 && left < options.minReports) reports = remaining - options.minReports >= options.minReports ? remaining - options.minReports : remaining;
    const stories = events.filter((e) => !e.sequelOf).slice(-40);
    const parent = stories.length && rng.chance(options.sequelShare) ? rng.pick(stories) : undefined;
    const kind = parent ? sequelKind(parent.kind) : pickKind(rng);
    events.push({
      label: `${labelPrefix}-${events.length + 1}`,
      kind,
      cast: parent ? sequelCast(parent, kind, rng, world) : kind.cast(rng, world),
      day: parent ? addDays(parent.day, rng.int(3, 10)) : new Date(YEAR_START + rng.int(0, 364) * 86_400_000),
      reports,
      sequelOf: parent?.label ?? null,
    });
    remaining -= reports;
  }
  for (let i = 0; i < singles; i++) events.push(singleEvent(`${labelPrefix}-${events.length + 1}`, rng, world));
  return events;
}

export function singleEvent(label: string, rng: Rng, world: World): PlannedEvent {
  const kind = pickKind(rng);
  return { label, kind, cast: kind.cast(rng, world), day: new Date(YEAR_START + rng.int(0, 364) * 86_400_000), reports: 1, sequelOf: null };
}
