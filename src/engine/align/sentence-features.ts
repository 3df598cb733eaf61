// The features of one sentence that alignment compares: content stems (compounds split, synonyms grouped,
// names resolved to one person), the parties it speaks of, its numbers/durations/dates, and negation.

import type { ParsedArticle } from '../article/parse-article';
import { capitalsNamed, findCountries } from '../names/gazetteer';
import { officeStem } from '../names/name-index';
import { isPersonTitle } from '../names/person-titles';
import { type Quantity } from '../quantities';
import { sentenceQuantities } from './sentence-quantities';
import { stemWord } from '../text/stem';
import { compoundParts, isNumeric, type Token } from '../text/tokens';
import { findAttribution } from './attribution';
import { compoundStems } from './decompound';
import type { EventContext } from './event-context';
import { synonymGroups } from './synonyms';

export interface SentenceFeatures {
  articleId: string;
  index: number;
  text: string;
  paragraph: number;
  /** Feature → multiplicity weight before rarity weighting (1 for a word, 0.5 for a compound's part). */
  terms: Map<string, number>;
  /** Figures as keys ("#duration:min:90"): evidence when both sentences give one, never a penalty when not. */
  anchors: Set<string>;
  persons: Set<string>;
  /** Who the sentence is about: countries of named people, places and institutions, and unplaced people. */
  parties: Set<string>;
  quantities: Quantity[];
  negated: boolean;
  attribution: string | null;
}

const NEGATION = new Set(['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nie', 'niemals', 'not', 'no', 'never', "n't"]);
// Words that refer back to something named before ("das Gespräch", "er"): the sentence inherits the people
// of the previous sentence in its paragraph, so that "Die Sitzung habe zwei Stunden gedauert" knows whose.
const ANAPHORA = new Set(['er', 'sie', 'es', 'das', 'dies', 'dieser', 'diese', 'dabei', 'he', 'she', 'they', 'it', 'the', 'this']);

function add(terms: Map<string, number>, feature: string, weight: number): void {
  terms.set(feature, Math.max(terms.get(feature) ?? 0, weight));
}

const SOURCE_WEIGHT = 0.3;

function wordFeatures(token: Token, context: EventContext, terms: Map<string, number>, weight: number): void {
  const synonyms = synonymGroups(context.language);
  const feature = (stem: string) => synonyms.get(stem) ?? stem;
  const stem = stemWord(token.lower, context.language);
  add(terms, feature(stem), weight);
  for (const part of compoundParts(token.lower)) {
    if (!context.stopwords.has(part)) add(terms, feature(stemWord(part, context.language)), weight / 2);
  }
  for (const part of compoundStems(token.lower, context.language, context.vocabulary)) add(terms, feature(part), weight / 2);
}

/** "der russische Präsident", "des amerikanischen Präsidenten" without a name: the one person the event's
 *  texts introduce with that office and country. Returns token index → person. */
function describedPersons(tokens: Token[], context: EventContext): Map<number, string> {
  const found = new Map<number, string>();
  tokens.forEach((token, i) => {
    if (!isPersonTitle(token.lower) || context.names.personOf(token) || (tokens[i + 1] && context.names.personOf(tokens[i + 1]!))) return;
    const country = tokens[i - 1] ? findCountries([tokens[i - 1]!])[0]?.country : undefined;
    const person = country ? context.names.personOfOffice(officeStem(token.lower, context.language), country) : undefined;
    if (person) found.set(i, person);
  });
  return found;
}

/** Tokens that only introduce a named person ("der Lindauer Bürgermeisterin" before "Berger"): how an
 *  outlet styles a person is framing, not content, and must not make two sentences about them look alike. */
function nameMentionTokens(tokens: Token[], context: EventContext): Set<number> {
  const inMention = new Set<number>();
  tokens.forEach((token, i) => {
    if (!context.names.personOf(token)) return;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const t = tokens[j]!;
      const introduces = context.names.personOf(t) || isPersonTitle(t.lower) || findCountries([t]).length > 0;
      if (!introduces) break;
      inMention.add(j);
    }
  });
  return inMention;
}

function quantityFeature(q: Quantity): string {
  return `#${q.kind}:${q.unit}:${q.kind === 'date' ? q.iso : Math.round(q.value)}`;
}

function spanOf(text: string, phrase: string | null): (readonly [number, number])[] {
  const start = phrase ? text.indexOf(phrase) : -1;
  return start < 0 ? [] : [[start, start + phrase!.length]];
}

export function sentenceFeatures(article: ParsedArticle, articleId: string, context: EventContext): SentenceFeatures[] {
  const tokenLists = context.tokens.get(article) ?? [];
  const features: SentenceFeatures[] = [];
  for (const sentence of article.sentences) {
    const tokens = tokenLists[sentence.index] ?? [];
    const terms = new Map<string, number>();
    const persons = new Set<string>();
    const inNameMention = nameMentionTokens(tokens, context);
    const described = describedPersons(tokens, context);
    for (const i of described.keys()) inNameMention.add(i - 1);
    const quantities = sentenceQuantities(sentence, context.language, article.date);
    const attribution = findAttribution(sentence.text);
    // Numbers are compared as quantities; who says it ("sagte ein Sprecher") weighs less than what is said
    // (but still counts: "Die Stadtwerke bestätigten" is the fact that the utility confirmed).
    const numbers = quantities.map((q) => [q.start, q.end] as const);
    const source = spanOf(sentence.text, attribution);
    const within = (spans: (readonly [number, number])[], t: Token) => spans.some(([start, end]) => t.start >= start && t.end <= end);
    tokens.forEach((token, i) => {
      const person = context.names.personOf(token) ?? described.get(i);
      if (person) {
        persons.add(person);
        add(terms, `@${person}`, 1);
      }
      if (person || inNameMention.has(i) || within(numbers, token)) return;
      if (context.stopwords.has(token.lower) || isNumeric(token.text) || token.lower.length < 2) return;
      wordFeatures(token, context, terms, within(source, token) ? SOURCE_WEIGHT : 1);
    });
    // A figure is a rare, telling feature of a fact ("90 minutes"), weighted by rarity like a word.
    const anchors = new Set(quantities.filter((q) => q.kind !== 'year').map(quantityFeature));
    for (const capital of capitalsNamed(tokens)) add(terms, stemWord(capital, context.language), 1);
    const parties = new Set<string>();
    for (const person of persons) parties.add(context.names.countryOf(person) ?? `@${person}`);
    for (const hit of findCountries(tokens)) if (hit.strength === 'party') parties.add(hit.country);
    const previous = features[features.length - 1];
    const first = tokens[0]?.lower ?? '';
    if (persons.size === 0 && previous && previous.paragraph === sentence.paragraph && ANAPHORA.has(first)) {
      for (const party of previous.parties) parties.add(party);
    }
    features.push({
      articleId,
      index: sentence.index,
      text: sentence.text,
      paragraph: sentence.paragraph,
      terms,
      anchors,
      persons,
      parties,
      quantities,
      negated: tokens.some((t) => NEGATION.has(t.lower)),
      attribution,
    });
  }
  return features;
}
