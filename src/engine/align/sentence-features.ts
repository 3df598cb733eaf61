// The features of one claim that alignment compares: content stems (compounds split, synonyms grouped,
// names resolved to one person), the parties it speaks of, its numbers/durations/dates, and negation. A
// sentence yields one entry per claim it makes (src/engine/claims); a claim that leaves its subject or
// antecedent to the clause it hangs on ("das drei Stunden dauerte") takes that clause's people and
// parties, and for a relative clause a light echo of its words, so it knows what it is about.

import type { ParsedArticle } from '../article/parse-article';
import { capitalsNamed, findCountries } from '../names/gazetteer';
import { officeStem } from '../names/name-index';
import { type Quantity } from '../quantities';
import { sentenceQuantities } from './sentence-quantities';
import { stemWord } from '../text/stem';
import { isNumeric, type Token } from '../text/tokens';
import type { Claim, ClaimKind } from '../claims/split-claims';
import { sentenceClaims } from './sentence-claims';
import { readArticle, type ArticleReading } from './article-reading';
import type { EventContext, LanguageContext } from './event-context';
import { synonymGroups } from './synonyms';

/** The claim of its sentence an entry stands for: its character span in the sentence and its text. */
export interface ClaimRef {
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  /** What the meaning layer reads: the claim's own words, without a relative clause or medium cut out of it
   *  and without a source phrase that closes the sentence (who reports a claim is not what it claims). */
  reading: string;
}

export interface SentenceFeatures {
  articleId: string;
  /** Language of the claim's article: claims of different languages are compared by meaning, not by stems. */
  language: string;
  /** Index of the sentence in its article. */
  index: number;
  /** The whole sentence. */
  text: string;
  claim: ClaimRef;
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
  /** Who takes part in what the claim reports: its own people and, when it names fewer than two, the people
   *  it refers back to (the speaker of reported speech it continues, the people of the sentences before). */
  partners: Set<string>;
  /** The claim reports an exchange (a call, a talk, a meeting, a visit): its partners decide which one. */
  exchange: boolean;
  /** The claim announces or plans something ("kündigte an, X zu informieren", "he would inform X") rather
   *  than reporting it done: a plan and its deed are two facts. */
  planned: boolean;
  /** The claim asks whether something happened ("ob er … telefoniert habe", "whether he had spoken"): an
   *  open question, not a report that it did. */
  asked: boolean;
}

const NEGATION = new Set(['nicht', 'kein', 'keine', 'keinen', 'keiner', 'keinem', 'nie', 'niemals', 'not', 'no', 'never', "n't"]);
// Words that refer back to something named before ("das Gespräch", "er"): the sentence inherits the people
// of the previous sentence in its paragraph, so that "Die Sitzung habe zwei Stunden gedauert" knows whose.
const ANAPHORA = new Set(['er', 'sie', 'es', 'das', 'dies', 'dieser', 'diese', 'dabei', 'he', 'she', 'they', 'it', 'the', 'this']);

function add(terms: Map<string, number>, feature: string, weight: number): void {
  terms.set(feature, Math.max(terms.get(feature) ?? 0, weight));
}

const SOURCE_WEIGHT = 0.3;

/** A word's features in this event: its own (the reading's) and the compound parts the event's vocabulary
 *  confirms. */
function wordFeatures(reading: ArticleReading, sentence: number, token: number, words: LanguageContext, terms: Map<string, number>, weight: number): void {
  const own = reading.words(sentence, token);
  add(terms, own.whole, weight);
  for (const part of own.parts) add(terms, part, weight / 2);
  const parts = own.cuts.stemsIn(words.vocabulary);
  if (parts.length > 0) {
    const synonyms = synonymGroups(reading.language);
    for (const part of parts) add(terms, synonyms.get(part) ?? part, weight / 2);
  }
}

/** "der russische Präsident", "des amerikanischen Präsidenten" without a name: the one person the event's
 *  texts introduce with that office and country. Returns token index → person. */
function describedPersons(tokens: Token[], titles: boolean[], context: EventContext): Map<number, string> {
  const found = new Map<number, string>();
  tokens.forEach((token, i) => {
    if (!titles[i] || context.names.personOf(token) || (tokens[i + 1] && context.names.personOf(tokens[i + 1]!))) return;
    const country = tokens[i - 1] ? findCountries([tokens[i - 1]!])[0]?.country : undefined;
    const person = country ? context.names.personOfOffice(officeStem(token.lower, context.language), country) : undefined;
    if (person) found.set(i, person);
  });
  return found;
}

/** Tokens that only introduce a named person ("der Lindauer Bürgermeisterin" before "Berger"): how an
 *  outlet styles a person is framing, not content, and must not make two sentences about them look alike. */
function nameMentionTokens(tokens: Token[], titles: boolean[], namesCountry: (token: number) => boolean, context: EventContext): Set<number> {
  const inMention = new Set<number>();
  tokens.forEach((token, i) => {
    if (!context.names.personOf(token)) return;
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const t = tokens[j]!;
      const introduces = context.names.personOf(t) || titles[j] || namesCountry(j);
      if (!introduces) break;
      inMention.add(j);
    }
  });
  return inMention;
}

function quantityFeature(q: Quantity): string {
  return `#${q.kind}:${q.unit}:${q.kind === 'date' ? q.iso : Math.round(q.value)}`;
}

/** A claim's own words as one text, less a source phrase in the sentence's second half ("…, berichtete X"). */
function readingOf(text: string, claim: Claim, source: { start: number; end: number } | null): string {
  const closing = source && source.start > text.length / 2 ? source : null;
  const pieces = claim.parts.flatMap((p) => {
    if (!closing || p.end <= closing.start || p.start >= closing.end) return [text.slice(p.start, p.end)];
    return [text.slice(p.start, closing.start), text.slice(closing.end, p.end)];
  });
  return pieces.map((x) => x.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '')).filter((x) => /\p{L}/u.test(x)).join(' ') || claim.text;
}

/** A claim's weight for the words of the clause it hangs on: enough to say what it is about, not enough to
 *  make it a copy of that clause. */
const ANTECEDENT_WEIGHT = 0.3;
// Forms of reported speech (Konjunktiv I/II) that continue what the last named speaker said: "Berger habe
// ihm … mitgeteilt", "hätten sie vereinbart" after "…, teilt X mit" report X's words.
const REPORTED_SPEECH = new Set(['habe', 'hätten', 'hätte', 'sei', 'seien', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe']);
// Nouns and verbs of an exchange between parties; which parties decides which exchange is meant.
const EXCHANGE = /^(?:gespräch|telefonat|telefon|treffen|besuch|austausch|dialog|unterredung|telefonier|besuch|call|meeting|talk|visit|phone)/u;
const CARRIED_PERSON_WEIGHT = 0.5;
// Verbs and auxiliaries of announcing or planning (German reported future "werde", English "would"/"will").
const PLAN = new Set(['kündigte', 'kündigt', 'kündigten', 'plant', 'plante', 'planen', 'werde', 'announced', 'plans', 'planned', 'would', 'will']);
// Conjunctions of an indirect question: what follows is asked, not stated.
const QUESTION = new Set(['ob', 'whether']);
// Pronouns of the one something is told or given to ("teilte ihm mit", "told him").
const RECIPIENT = new Set(['ihm', 'ihnen', 'him', 'them']);
// Determiners that make an exchange noun the subject matter ("Einzelheiten ihres Gesprächs mit X",
// "details of his call with X"), and the prepositions that then name its partner.
const ABOUT_EXCHANGE = new Set(['seines', 'ihres', 'des', 'dieses', 'jenes', 'seinem', 'ihrem', 'his', 'her', 'their', 'its']);
const WITH = new Set(['mit', 'with']);
// Prepositions that place a claim in time by another exchange ("Nach dem Gespräch mit dem Landrat griff
// die Bürgermeisterin erneut zum Telefon", "after her call with the minister"): that exchange is talked about, not reported.
const TIME_OF = new Set(['nach', 'vor', 'seit', 'after', 'before', 'since', 'following']);
const ARTICLE = new Set(['dem', 'einem', 'the', 'a']);
// Words that refer to two people named before ("die beiden Bürgermeister", "beide", "both leaders").
const DUAL = new Set(['beide', 'beiden', 'beider', 'both']);

/** Persons named as the partner of an exchange the claim talks about rather than reports. */
function referencedPartners(own: Token[], personOf: (t: Token) => string | undefined): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + 2 < own.length; i++) {
    const about = ABOUT_EXCHANGE.has(own[i]!.lower) || (ARTICLE.has(own[i]!.lower) && i > 0 && TIME_OF.has(own[i - 1]!.lower));
    if (!about || !EXCHANGE.test(own[i + 1]!.lower) || !WITH.has(own[i + 2]!.lower)) continue;
    for (let j = i + 3; j < Math.min(own.length, i + 8); j++) {
      const person = personOf(own[j]!);
      if (person) {
        found.add(person);
        break;
      }
    }
  }
  return found;
}

export function sentenceFeatures(article: ParsedArticle, articleId: string, context: EventContext): SentenceFeatures[] {
  // Tokens, titles and word stems as the article reads on its own (kept between comparisons for a corpus
  // article); people, parties and compound splits as the event's texts resolve them, here.
  const reading = context.readings.get(article) ?? readArticle(article);
  // Each article is read in its own language (an English report in a German event).
  const language = article.language;
  const words = context.inLanguage(language);
  const features: SentenceFeatures[] = [];
  let previousParties: Set<string> | null = null;
  let previousParagraph = -1;
  /** Persons of each earlier sentence of the paragraph, latest last; and the last named speaker in it. */
  let recent: Set<string>[] = [];
  let speaker = new Set<string>();
  for (const sentence of article.sentences) {
    const tokens = reading.tokens[sentence.index] ?? [];
    const titles = reading.titles[sentence.index] ?? [];
    const inNameMention = nameMentionTokens(tokens, titles, (i) => reading.namesCountry(sentence.index, i), context);
    const described = describedPersons(tokens, titles, context);
    for (const i of described.keys()) inNameMention.add(i - 1);
    const quantities = sentenceQuantities(sentence, language, article.date);
    const { attribution, source: sourceSpan, claims } = sentenceClaims(sentence, language);
    // Numbers are compared as quantities; who says it ("sagte ein Sprecher") weighs less than what is said
    // (but still counts: "Die Stadtwerke bestätigten" is the fact that the utility confirmed).
    const numbers = quantities.map((q) => [q.start, q.end] as const);
    const source = sourceSpan ? [[sourceSpan.start, sourceSpan.end] as const] : [];
    const within = (spans: readonly (readonly [number, number])[], t: { start: number; end: number }) =>
      spans.some(([start, end]) => t.start >= start && t.end <= end);
    if (sentence.paragraph !== previousParagraph) {
      recent = [];
      speaker = new Set();
    }
    const sourceSpeakers = new Set<string>();
    tokens.forEach((t, i) => {
      const person = within(source, t) ? context.names.personOf(t) ?? described.get(i) : undefined;
      if (person) sourceSpeakers.add(person);
    });
    const continuesSpeech = !attribution && tokens.some((t) => REPORTED_SPEECH.has(t.lower));
    // Which claims each token belongs to: its claim's own words, and a source phrase that closes the sentence
    // belongs to every claim ("…, und wir werden …“, so X"); decided once per sentence, not per claim. A
    // channel claim ("schrieb X in ihrem Blog") overlaps the clause it was found in, so membership is
    // not exclusive; the source's words count for the channel claim only where its span takes them in.
    const inClaim = claims.map((claim) => tokens.map((t) => claim.parts.some((p) => t.start >= p.start && t.end <= p.end)));
    const sharedSource = tokens.map((t, i) => within(source, t) && !claims.some((claim, c) => claim.kind !== 'channel' && inClaim[c]![i]));
    const belongs = (c: number, i: number) => inClaim[c]![i]! || (sharedSource[i]! && claims[c]!.kind !== 'channel');
    // The people each claim of the sentence names: a claim that names one side of an exchange finds the other
    // in its sibling ("… griff sie erneut zum Telefon und informierte Minister Kaya").
    const claimPersons = claims.map((_, c) => {
      const found = new Set<string>();
      tokens.forEach((token, i) => {
        if (!inClaim[c]![i]) return;
        const person = context.names.personOf(token) ?? described.get(i);
        if (person) found.add(person);
      });
      return found;
    });
    const claimFeatures: SentenceFeatures[] = [];
    claims.forEach((claim, c) => {
      const parts = claim.parts.map((p) => [p.start, p.end] as const);
      const terms = new Map<string, number>();
      const persons = new Set<string>();
      const own: Token[] = [];
      tokens.forEach((token, i) => {
        if (!belongs(c, i)) return;
        own.push(token);
        const person = context.names.personOf(token) ?? described.get(i);
        if (person) {
          persons.add(person);
          add(terms, `@${person}`, 1);
        }
        if (person || inNameMention.has(i) || within(numbers, token)) return;
        if (words.stopwords.has(token.lower) || isNumeric(token.text) || token.lower.length < 2) return;
        wordFeatures(reading, sentence.index, i, words, terms, within(source, token) ? SOURCE_WEIGHT : 1);
      });
      const claimQuantities = quantities.filter((q) => within(parts, q));
      // A figure is a rare, telling feature of a fact ("90 minutes"), weighted by rarity like a word.
      const anchors = new Set(claimQuantities.filter((q) => q.kind !== 'year').map(quantityFeature));
      const named = reading.claimWords(sentence.index, c, () => ({
        capitals: capitalsNamed(own),
        parties: findCountries(own).filter((hit) => hit.strength === 'party').map((hit) => hit.country),
        reading: readingOf(sentence.text, claim, sourceSpan),
      }));
      for (const capital of named.capitals) add(terms, stemWord(capital, language), 1);
      const parties = new Set<string>();
      for (const person of persons) parties.add(context.names.countryOf(person) ?? `@${person}`);
      for (const country of named.parties) parties.add(country);
      const host = claim.host === null ? undefined : claimFeatures[claim.host];
      if (host) {
        for (const party of host.parties) parties.add(party);
        for (const person of host.persons) if (!terms.has(`@${person}`)) add(terms, `@${person}`, CARRIED_PERSON_WEIGHT);
        if (claim.kind === 'relative' || claim.kind === 'apposition') {
          for (const [feature, weight] of host.terms) if (!feature.startsWith('@') && !terms.has(feature)) add(terms, feature, weight * ANTECEDENT_WEIGHT);
        }
      }
      const first = own[0]?.lower ?? '';
      if (!host && persons.size === 0 && previousParties && previousParagraph === sentence.paragraph && ANAPHORA.has(first)) {
        for (const party of previousParties) parties.add(party);
      }
      // "Details ihres Telefonats mit Huber": a person named inside an exchange the claim speaks about is a
      // partner of that exchange, not of the one the claim reports (Berger telling someone about her call).
      const referenced = referencedPartners(own, (t) => context.names.personOf(t));
      const partners = new Set([...persons].filter((p) => !referenced.has(p)));
      if (host) for (const person of host.persons) if (!referenced.has(person)) partners.add(person);
      // "Berger habe ihm … mitgeteilt": the one told is the person the sentence before was about.
      if (own.some((t) => RECIPIENT.has(t.lower)) && recent.length > 0) {
        for (const person of recent[recent.length - 1]!) if (!referenced.has(person)) partners.add(person);
      }
      if (partners.size < 2) {
        const carry = (person: string) => {
          if (!referenced.has(person)) partners.add(person);
        };
        claimPersons.forEach((names, d) => {
          if (d !== c) names.forEach(carry);
        });
        if (continuesSpeech && partners.size < 2) speaker.forEach(carry);
        for (let back = recent.length - 1; back >= 0 && partners.size < 2; back--) recent[back]!.forEach(carry);
      }
      // "Die beiden Bürgermeister", "beide Frauen", "the two leaders": the claim names the pair it is about by
      // reference; once its partners are the two people the context gives, they count as named (lightly).
      if (persons.size === 0 && partners.size === 2 && own.some((t) => DUAL.has(t.lower))) {
        for (const person of partners) add(terms, `@${person}`, CARRIED_PERSON_WEIGHT);
      }
      claimFeatures.push({
        articleId,
        language,
        index: sentence.index,
        text: sentence.text,
        claim: { start: claim.start, end: claim.end, text: claim.text, kind: claim.kind, reading: named.reading },
        paragraph: sentence.paragraph,
        terms,
        anchors,
        persons,
        parties,
        quantities: claimQuantities,
        negated: own.some((t) => NEGATION.has(t.lower)),
        attribution,
        partners,
        exchange: own.some((t) => EXCHANGE.test(t.lower)),
        planned: own.some((t) => PLAN.has(t.lower)),
        asked: own.some((t) => QUESTION.has(t.lower)),
      });
    });
    previousParties = new Set(claimFeatures.flatMap((c) => [...c.parties]));
    recent.push(new Set(claimFeatures.flatMap((c) => [...c.persons])));
    if (sourceSpeakers.size > 0) speaker = sourceSpeakers;
    previousParagraph = sentence.paragraph;
    features.push(...claimFeatures);
  }
  return features;
}
