// The people of the generated year. Office holders (a region's interior minister, a club's coach) are the
// same person in every event that needs them, as in real news; everyone else is drawn fresh, from small
// name pools so that surnames recur among unrelated people.

import { FIRST_NAMES_F, FIRST_NAMES_M, SURNAMES } from './names';
import type { Rng } from './prng';

export interface Role {
  /** Office or function, male and female form, and English ("Innenminister", "Innenministerin", "Interior Minister"). */
  m: string;
  f: string;
  en: string;
  /** Male dative form when the noun is weak ("Meteorologen"). */
  mDat?: string;
}

export interface Person {
  first: string;
  last: string;
  female: boolean;
  role: Role;
  /** Qualifier after the office, for "Innenministerin von Nordmark"; may be empty. */
  of: string;
  age: number;
}

export class World {
  private readonly figures = new Map<string, Person>();
  private recentSurnames: string[] = [];

  constructor(private readonly rng: Rng) {}

  person(role: Role, of = ''): Person {
    const female = this.rng.chance(0.45);
    // Two people of one event with one surname would be unfair to name resolution; across events it is fine.
    let last = this.rng.pick(SURNAMES);
    while (this.recentSurnames.includes(last)) last = this.rng.pick(SURNAMES);
    this.recentSurnames = [last, ...this.recentSurnames].slice(0, 6);
    return {
      first: this.rng.pick(female ? FIRST_NAMES_F : FIRST_NAMES_M),
      last,
      female,
      role,
      of,
      age: this.rng.int(28, 71),
    };
  }

  /** The holder of an office, the same on every call with the same key. */
  figure(key: string, role: Role, of = ''): Person {
    let p = this.figures.get(key);
    if (!p) this.figures.set(key, (p = this.person(role, of)));
    return p;
  }
}
