// Finds the words that say who speaks: a speech verb with its subject ("sagte Berger", "Berger schrieb", "said
// Berger"), a source phrase ("laut Berger", "according to Berger", "Berger zufolge"), "so Berger", an impersonal
// "hieß es", or a passive agent ("von ihr als „…“ beschrieben"). Pronouns are returned unresolved.

import { readNameBackward, readNameForward, type NameMatch } from './names';
import { CUE_WINDOW_CHARS, gapBefore, isInsideQuote, matchesSequence, narratorTokensBefore, onlySpaces, sentenceIndexAt, tokenIndexFrom, type TextView } from './text-view';
import { englishLemma } from '../meaning/english-lemmas';
import { germanLemma } from '../meaning/german-lemmas';
import { meaningLexicon } from '../meaning/lexicon';
import { isSentenceSimilarityLoaded } from '../meaning/similarity';
import { functionWords } from '../text/function-words';
import { primaryLanguage } from '../text/language';
import type { SentenceRange } from './sentence-bounds';

export interface RawCue {
  kind: 'name' | 'pronoun' | 'impersonal';
  name: NameMatch | null;
  /** The impersonal phrase as written ("hieß es"), for `speakerText`. */
  phrase?: string;
  /** Offset used to resolve a pronoun (the pronoun's own position). */
  pos: number;
  /** A plural verb form ("sagten sie") makes a pronoun unresolvable to one person. */
  plural?: boolean;
  /** Token index of the cue word (verb or source word). */
  at: number;
}

function fromName(view: TextView, name: NameMatch | null, at: number, verb?: string): RawCue | null {
  if (!name) return null;
  const pos = view.tokens[name.first]!.start;
  if (name.pronoun) return { kind: 'pronoun', name, pos, at, plural: isPluralVerb(view, verb) };
  return { kind: 'name', name, pos, at };
}

/** German 3rd person plural ends in -en ("sagten", "erklärten"); it tells "sagten sie" (they) from "sagte sie". */
function isPluralVerb(view: TextView, verb: string | undefined): boolean {
  return primaryLanguage(view.language) === 'de' && !!verb && /en$/u.test(verb);
}

/** Name after a speech verb, separated by spaces only: "sagte Berger", "sagte er", "said the mayor". */
export function nameAfterVerb(view: TextView, verb: number): NameMatch | null {
  if (!onlySpaces(gapBefore(view, verb + 1))) return null;
  return readNameForward(view, verb + 1);
}

/** Subject right before a speech verb: "Berger schrieb", "Das Rathaus bestätigte", "Macron a déclaré". */
export function nameBeforeVerb(view: TextView, verb: number): NameMatch | null {
  if (verb === 0 || !onlySpaces(gapBefore(view, verb))) return null;
  if (view.lexicon.auxiliaries.has(view.tokens[verb - 1]!.lower)) return nameBeforeVerb(view, verb - 1);
  return readNameBackward(view, verb - 1);
}

function sourcePhraseAt(view: TextView, i: number): RawCue | null {
  for (const seq of view.lexicon.sourcePrepositions) {
    if (!matchesSequence(view, i, seq)) continue;
    const name = nameAfterVerb(view, i + seq.length - 1);
    if (name && !name.pronoun) return fromName(view, name, i);
  }
  return null;
}

function impersonalAt(view: TextView, i: number): RawCue | null {
  for (const seq of view.lexicon.impersonalCues) {
    if (!matchesSequence(view, i, seq)) continue;
    const last = view.tokens[i + seq.length - 1]!;
    return { kind: 'impersonal', name: null, phrase: view.text.slice(view.tokens[i]!.start, last.end), pos: last.start, at: i };
  }
  return null;
}

/**
 * A cue that starts at token `i` and points back at a quote or clause before it: ", sagte Berger", ", so Berger",
 * ", hieß es", ", laut Berger", ", Berger said", ", Berger zufolge".
 */
export function trailingCueAt(view: TextView, i: number): RawCue | null {
  const t = view.tokens[i];
  if (!t || isInsideQuote(view, t)) return null;
  const lex = view.lexicon;
  const impersonal = impersonalAt(view, i);
  if (impersonal) return impersonal;
  const source = sourcePhraseAt(view, i);
  if (source) return source;
  if (lex.auxiliaries.has(t.lower) && lex.speechVerbs.has(view.tokens[i + 1]?.lower ?? '')) {
    return fromName(view, nameAfterVerb(view, i + 1), i + 1); // "…», a déclaré Macron"
  }
  if (lex.speechVerbs.has(t.lower) || lex.quoteIntroducers.has(t.lower)) {
    return fromName(view, nameAfterVerb(view, i), i, t.lower);
  }
  const name = readNameForward(view, i);
  if (!name) return null;
  const next = view.tokens[name.last + 1];
  if (!next || !onlySpaces(gapBefore(view, name.last + 1))) return null;
  if (lex.speechVerbs.has(next.lower)) return fromName(view, name, name.last + 1, next.lower); // "…," he said
  if (!name.pronoun && lex.sourcePostpositions.has(next.lower)) return fromName(view, name, name.last + 1);
  return null;
}

/** Cue right after a quote's closing mark: „…“, sagte er / "…," Berger said. */
export function cueRightAfter(view: TextView, closeMark: number, sentence: SentenceRange): RawCue | null {
  const i = tokenIndexFrom(view, closeMark + 1);
  const t = view.tokens[i];
  if (!t || t.start >= sentence.end) return null;
  const gap = view.text.slice(closeMark + 1, t.start);
  if (!/^[\s,;:\u2013\u2014\-„“”"«»‚‘’‹›]*$/u.test(gap)) return null;
  return trailingCueAt(view, i);
}

/** Cue at the end of the clause holding a quote: eine „Atempause“ bringen, sagte Berger. */
export function cueLaterInSentence(view: TextView, closeMark: number, sentence: SentenceRange): RawCue | null {
  const end = Math.min(sentence.end, closeMark + CUE_WINDOW_CHARS);
  for (let i = tokenIndexFrom(view, closeMark + 1); i < view.tokens.length; i++) {
    const t = view.tokens[i]!;
    if (t.start >= end) break;
    if (isInsideQuote(view, t) || !gapBefore(view, i).includes(',')) continue;
    const cue = trailingCueAt(view, i);
    if (cue) return cue;
  }
  return null;
}

/**
 * Speech verb with an adjacent subject: "Berger schrieb", "erklärte Berger". A subject before the verb wins,
 * because after it comes the object when the subject leads ("Berger bezeichnete die Einigung als …");
 * readNameBackward only accepts subject positions, so "im Rathaus erklärte Berger" still reads forward.
 */
export function verbCueAt(view: TextView, i: number): RawCue | null {
  const t = view.tokens[i]!;
  if (!view.lexicon.speechVerbs.has(t.lower) || isInsideQuote(view, t)) return null;
  const before = nameBeforeVerb(view, i);
  // "Weiter schrieb Trump", "Später sagte er": an adverb opening the sentence puts the subject after the verb.
  if (before && isOpeningAdverb(view, before)) {
    const after = nameAfterVerb(view, i);
    if (after) return fromName(view, after, i, t.lower);
  }
  return fromName(view, before ?? nameAfterVerb(view, i), i, t.lower);
}

/**
 * A one-word "name" that opens its sentence and is a word of the language rather than a name: a function word
 * ("Dazu"), or, with the meaning data loaded, a German lemma that is no noun ("Weiter", "Zuvor") or an English
 * lemma ("Later"). Capitalised only by its position.
 */
function isOpeningAdverb(view: TextView, name: NameMatch): boolean {
  if (name.pronoun || name.first !== name.last) return false;
  const token = view.tokens[name.first]!;
  const sentence = view.sentences[sentenceIndexAt(view, token.start)];
  if (!sentence || tokenIndexFrom(view, sentence.start) !== name.first) return false;
  const language = primaryLanguage(view.language);
  if (language !== 'de' && language !== 'en') return false;
  if (functionWords(language).has(token.lower)) return true;
  if (!isSentenceSimilarityLoaded()) return false;
  const lex = meaningLexicon();
  if (language === 'de') {
    const lemma = germanLemma(token.lower, lex.german);
    return lex.german.lemmas.has(lemma) && !lex.germanNouns.has(lemma);
  }
  return lex.english.lemmas.has(englishLemma(token.lower, lex.english));
}

/** "laut Berger", "according to Berger" at token `i`, or "Berger zufolge" with the postposition at `i`. */
export function sourceCueAt(view: TextView, i: number): RawCue | null {
  const t = view.tokens[i];
  if (!t || isInsideQuote(view, t)) return null;
  if (view.lexicon.sourcePostpositions.has(t.lower)) return fromName(view, nameBeforeVerb(view, i), i);
  return sourcePhraseAt(view, i);
}

/** Source phrase or speech verb at token `i` of a sentence, looking for the speaker on either side. */
function cueWordAt(view: TextView, i: number): RawCue | null {
  return sourceCueAt(view, i) ?? verbCueAt(view, i);
}

/** "von ihr als „…“ beschrieben": a passive speech verb just after the quote, its agent before it. */
function passiveAgentCue(view: TextView, before: number[], closeMark: number): RawCue | null {
  const lex = view.lexicon;
  const after = tokenIndexFrom(view, closeMark + 1);
  const hasPassiveVerb = [0, 1, 2].some((d) => {
    const t = view.tokens[after + d];
    return !!t && lex.passiveAgentVerbs.has(t.lower) && !/[.!?]/u.test(view.text.slice(closeMark, t.start));
  });
  if (!hasPassiveVerb) return null;
  for (let k = before.length - 1; k >= 0; k--) {
    const i = before[k]!;
    if (!lex.agentPrepositions.has(view.tokens[i]!.lower)) continue;
    const name = nameAfterVerb(view, i);
    if (name) return fromName(view, name, i);
  }
  return null;
}

/** The subject at the very start of a sentence, for verbs far from it: "Berger hatte … behauptet, …". */
export function sentenceSubject(view: TextView, sentence: SentenceRange): RawCue | null {
  let first = tokenIndexFrom(view, sentence.start);
  while (view.tokens[first] && isInsideQuote(view, view.tokens[first]!)) first++;
  if (!view.tokens[first] || view.tokens[first]!.start >= sentence.end) return null;
  const name = readNameForward(view, first);
  const ledByArticle = view.lexicon.determiners.has(view.tokens[first]!.lower);
  // "Die Verwaltung in Lindau teilte mit, …", "Ein Sprecher hatte erklärt, …": a role is still a speaker here.
  if (!name || name.pronoun || (name.titleOnly && !ledByArticle)) return null;
  return fromName(view, name, first);
}

/** Cue in the sentence before a quote's opening mark, nearest first. */
export function cueBefore(view: TextView, openMark: number, closeMark: number, sentence: SentenceRange): RawCue | null {
  const before = narratorTokensBefore(view, sentence, openMark);
  const last = before[before.length - 1];
  if (last !== undefined && view.text.slice(view.tokens[last]!.end, openMark).includes(':')) {
    // "Berger: „…“" (headline style) or "Berger sagte: „…“".
    const colon = verbCueAt(view, last) ?? fromName(view, readNameBackward(view, last), last);
    if (colon) return colon;
  }
  const passive = passiveAgentCue(view, before, closeMark);
  if (passive) return passive;
  for (let k = before.length - 1; k >= 0; k--) {
    const cue = cueWordAt(view, before[k]!);
    if (cue) return cue;
  }
  const hasSpeechVerb = before.some((i) => view.lexicon.speechVerbs.has(view.tokens[i]!.lower));
  return hasSpeechVerb ? sentenceSubject(view, sentence) : null;
}
