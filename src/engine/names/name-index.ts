// Resolves the people a set of texts names: surnames introduced by an office ("Bürgermeisterin Anna Berger"),
// their spelling variants merged (Selenskyj ~ Selenskij), office compounds that stand in for them
// ("Rathauschefin" when it only ever introduces one person), and the country their appositions point to.

import { functionWords } from '../text/function-words';
import { stemWord } from '../text/stem';
import { isCapitalised, type Token } from '../text/tokens';
import { findCountries } from './gazetteer';
import { sameNameVariant } from './koelner-phonetik';
import { isCompoundTitle, isPersonTitle } from './person-titles';

export interface NameIndex {
  /** The person a token names (surname in any variant or inflection, or an unambiguous office alias). */
  personOf(token: Token): string | undefined;
  /** Country a person is tied to by appositions ("russischen Präsidenten X"), when the texts say so. */
  countryOf(person: string): string | undefined;
  /** The one person the texts introduce with this office and country ("der polnische Minister" → Nowak). */
  personOfOffice(officeStem: string, country: string): string | undefined;
  persons(): string[];
}

/** What the texts say about one surname: its spellings, given names, offices, countries and office aliases. */
export interface PersonEvidence {
  surfaces: Map<string, number>;
  given: Set<string>;
  /** Stems of the offices that introduced the person ("prasident"). */
  offices: Set<string>;
  countries: Map<string, number>;
  aliases: Set<string>;
}

export interface TokenisedText {
  text: string;
  tokens: Token[];
}

const INITIAL = /^(\p{L}\.)+\p{L}?\.?$/u;

interface NameTokens {
  surname: Token;
  given: Token[];
}

/** After an office word: up to three capitalised tokens (first names, initials, surname). */
function nameAfterTitle(text: string, tokens: Token[], titleIndex: number, stop: ReadonlySet<string>): NameTokens | undefined {
  const parts: Token[] = [];
  for (let j = titleIndex + 1; j <= titleIndex + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!isCapitalised(t.text) || stop.has(t.lower) || isPersonTitle(t.lower)) break;
    // Only spaces (and an initial's dot) may stand between the parts of a name: a comma or dash ends it.
    if (!/^\.?\s+$/.test(text.slice(tokens[j - 1]!.end, t.start))) break;
    // A country's name in the genitive ("Außenminister Polens") is not a person.
    if (findCountries([t]).length > 0) break;
    parts.push(t);
  }
  const surname = parts.pop();
  return surname && !INITIAL.test(surname.text) ? { surname, given: parts.filter((p) => !INITIAL.test(p.text)) } : undefined;
}

/** What `sentences` say about the people they introduce by office, read with `language`'s function words and
 *  stems (the compared article's: one text's evidence differs by the language it is read for). */
export function collectEvidence(sentences: TokenisedText[], language: string): Map<string, PersonEvidence> {
  const stop = functionWords(language);
  const evidence = new Map<string, PersonEvidence>();
  for (const { text, tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const title = tokens[i]!;
      if (!isCapitalised(title.text) || !isPersonTitle(title.lower)) continue;
      const name = nameAfterTitle(text, tokens, i, stop);
      if (!name || name.surname.text.length < 3) continue;
      const surname = name.surname;
      const key = surname.lower;
      const entry = evidence.get(key) ?? { surfaces: new Map(), given: new Set(), offices: new Set(), countries: new Map(), aliases: new Set() };
      for (const given of name.given) entry.given.add(given.lower);
      entry.offices.add(officeStem(title.lower, language));
      entry.surfaces.set(surname.text, (entry.surfaces.get(surname.text) ?? 0) + 1);
      if (isCompoundTitle(title.lower)) entry.aliases.add(stemWord(title.lower, language));
      for (const hit of findCountries(tokens.slice(Math.max(0, i - 2), i + 1))) {
        entry.countries.set(hit.country, (entry.countries.get(hit.country) ?? 0) + 1);
      }
      evidence.set(key, entry);
    }
  }
  return evidence;
}

/** "US-Präsident", "Präsidenten" → "prasident": the office without country prefix or inflection. */
export function officeStem(lower: string, language: string): string {
  return stemWord(lower.split('-').pop() ?? lower, language);
}

function mostCommon(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) if (count > bestCount) [best, bestCount] = [key, count];
  return best;
}

/** Evidence collected text by text, joined as if collected over all of them in order (the same surnames in the
 *  same order, the same counts); the parts are left as they are. */
export function joinEvidence(parts: readonly Map<string, PersonEvidence>[]): Map<string, PersonEvidence> {
  const joined = new Map<string, PersonEvidence>();
  for (const part of parts) {
    for (const [key, entry] of part) {
      let into = joined.get(key);
      if (!into) joined.set(key, (into = { surfaces: new Map(), given: new Set(), offices: new Set(), countries: new Map(), aliases: new Set() }));
      for (const given of entry.given) into.given.add(given);
      for (const office of entry.offices) into.offices.add(office);
      for (const [surface, n] of entry.surfaces) into.surfaces.set(surface, (into.surfaces.get(surface) ?? 0) + n);
      for (const alias of entry.aliases) into.aliases.add(alias);
      for (const [country, n] of entry.countries) into.countries.set(country, (into.countries.get(country) ?? 0) + n);
    }
  }
  return joined;
}

export function buildNameIndex(sentences: TokenisedText[], language: string): NameIndex {
  return nameIndexOf(collectEvidence(sentences, language), language);
}

/** The name index of evidence already collected (collectEvidence, joinEvidence) for `language`. */
export function nameIndexOf(evidence: Map<string, PersonEvidence>, language: string): NameIndex {
  // Merge spelling variants into one person, named by the most frequent spelling.
  const groups: PersonEvidence[] = [];
  for (const [surname, entry] of evidence) {
    const group = groups.find((g) => [...g.surfaces.keys()].some((s) => sameNameVariant(s, surname)));
    if (!group) {
      groups.push({ surfaces: new Map(entry.surfaces), given: new Set(entry.given), offices: new Set(entry.offices), countries: new Map(entry.countries), aliases: new Set(entry.aliases) });
      continue;
    }
    for (const g of entry.given) group.given.add(g);
    for (const o of entry.offices) group.offices.add(o);
    for (const [s, n] of entry.surfaces) group.surfaces.set(s, (group.surfaces.get(s) ?? 0) + n);
    for (const [c, n] of entry.countries) group.countries.set(c, (group.countries.get(c) ?? 0) + n);
    for (const a of entry.aliases) group.aliases.add(a);
  }
  const surfaceToPerson = new Map<string, string>();
  const aliasOwners = new Map<string, Set<string>>();
  const givenOwners = new Map<string, Set<string>>();
  const officeHolders = new Map<string, Set<string>>();
  const countries = new Map<string, string>();
  for (const group of groups) {
    const key = (mostCommon(group.surfaces) ?? '').toLowerCase();
    for (const surface of group.surfaces.keys()) surfaceToPerson.set(surface.toLowerCase(), key);
    for (const alias of group.aliases) aliasOwners.set(alias, (aliasOwners.get(alias) ?? new Set()).add(key));
    for (const given of group.given) givenOwners.set(given, (givenOwners.get(given) ?? new Set()).add(key));
    const country = mostCommon(group.countries);
    if (country) countries.set(key, country);
    if (country) for (const office of group.offices) officeHolders.set(`${office}/${country}`, (officeHolders.get(`${office}/${country}`) ?? new Set()).add(key));
  }
  const aliasToPerson = new Map<string, string>();
  for (const [alias, owners] of aliasOwners) if (owners.size === 1) aliasToPerson.set(alias, [...owners][0]!);
  // A first name stands for its person only while no two people of the texts share it.
  const givenToPerson = new Map<string, string>();
  for (const [given, owners] of givenOwners) if (owners.size === 1) givenToPerson.set(given, [...owners][0]!);

  return {
    personOf(token) {
      const lower = token.lower;
      const direct = surfaceToPerson.get(lower) ?? surfaceToPerson.get(lower.replace(/['’]?s$/, ''));
      if (!isCapitalised(token.text)) return undefined;
      return direct ?? givenToPerson.get(lower) ?? aliasToPerson.get(stemWord(lower, language));
    },
    countryOf: (person) => countries.get(person),
    personOfOffice(office, country) {
      const holders = officeHolders.get(`${office}/${country}`);
      return holders?.size === 1 ? [...holders][0] : undefined;
    },
    persons: () => [...new Set(surfaceToPerson.values())],
  };
}
