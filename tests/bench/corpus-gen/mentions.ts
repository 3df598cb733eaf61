// How a report refers to a person: introduced with office and full name, later by surname, by office
// ("die Ministerin") or by age ("der 54-Jährige"). Outlets differ in this choice; it is framing, not content,
// and the engine's name resolution has to see through it.

import type { Rng } from './prng';
import type { Person } from './world';

export type Case = 'nom' | 'acc' | 'dat';

const ARTICLES: Record<Case, { f: string; m: string }> = {
  nom: { f: 'die', m: 'der' },
  acc: { f: 'die', m: 'den' },
  dat: { f: 'der', m: 'dem' },
};

/** Adjective and nominalised-adjective ending after the definite article ("der 54-jährige", "den 54-jährigen"). */
function weakEnding(female: boolean, grammaticalCase: Case): string {
  return grammaticalCase === 'nom' || (female && grammaticalCase === 'acc') ? 'e' : 'en';
}

export class MentionState {
  private readonly introduced = new Set<Person>();

  constructor(private readonly rng: Rng, private readonly titleShare: number) {}

  de(person: Person, grammaticalCase: Case): string {
    const first = !this.introduced.has(person);
    this.introduced.add(person);
    const article = person.female ? ARTICLES[grammaticalCase].f : ARTICLES[grammaticalCase].m;
    const ending = weakEnding(person.female, grammaticalCase);
    const role = person.female ? person.role.f : person.role.m;
    if (first) {
      const of = person.of ? ` ${person.of}` : '';
      return this.rng.pick([
        `${role}${of} ${person.first} ${person.last}`,
        `${role} ${person.first} ${person.last}`,
        `${article} ${person.age}-jährig${ending} ${role} ${person.first} ${person.last}`,
        `${person.first} ${person.last}`,
      ]);
    }
    if (!this.rng.chance(this.titleShare)) return person.last;
    if (this.rng.chance(0.25)) return `${article} ${person.age}-Jährig${ending}`;
    // Weak nouns ("den Meteorologen") take an ending outside the nominative.
    const declined = grammaticalCase !== 'nom' && !person.female && person.role.mDat ? person.role.mDat : role;
    return `${article} ${declined}`;
  }

  en(person: Person): string {
    const first = !this.introduced.has(person);
    this.introduced.add(person);
    if (first) return `${person.role.en} ${person.first} ${person.last}`;
    return this.rng.chance(this.titleShare) ? `the ${person.role.en.toLowerCase()}` : person.last;
  }
}
