// Direct quotations of one article with their speakers and kind.
//
// Kind rule: a quote of 1–4 words is a 'scare' quote (a term, label or slogan set in quotes) unless a cue names
// who said it ("laut Polizei „weitgehend unter Kontrolle“" is a fragment of a statement). A quote after
// "sogenannt"/"so-called" is always 'scare'. A quote inside a quote is 'scare' when short, and never gets the
// outer speaker: its words are someone else's, reported by the outer speaker.

import { tokenize } from '../text/tokens';
import { continuedSpeaker, continuesSpeaker, NO_SPEAKER, speakerFromCue, type SpeakerContext } from './attribution';
import { collectPersonMentions, type PersonMention } from './persons';
import type { QuoteSpan } from './quote-spans';
import { cueBefore, cueLaterInSentence, cueRightAfter } from './speaker-cues';
import { narratorTokensBefore, sentenceIndexAt, tokenIndexFrom, type TextView, makeTextView } from './text-view';
import type { QuoteKind, QuoteMention, Speaker } from './types';

/** Quotes of at most this many words are fragments: scare quotes unless a speaker cue is present. */
export const FRAGMENT_MAX_WORDS = 4;

/** Inner text of a span, trimmed and without a trailing comma ("…werde.”," → "…werde."). */
export function innerRange(text: string, span: QuoteSpan): { start: number; end: number } | null {
  let start = span.open + 1;
  let end = span.close;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function attributeSpan(view: TextView, persons: PersonMention[], span: QuoteSpan): Speaker {
  const sentence = view.sentences[sentenceIndexAt(view, span.open)]!;
  const cue =
    cueRightAfter(view, span.close, sentence) ??
    cueBefore(view, span.open, span.close, sentence) ??
    cueLaterInSentence(view, span.close, sentence);
  return speakerFromCue(view, persons, cue);
}

function followsScareMarker(view: TextView, openMark: number): boolean {
  const sentence = view.sentences[sentenceIndexAt(view, openMark)]!;
  const before = narratorTokensBefore(view, sentence, openMark);
  const words = before.slice(-2).map((i) => view.tokens[i]!.lower);
  const markers = view.lexicon.scareMarkers;
  return markers.has(words[words.length - 1] ?? '') || markers.has(words.join(' '));
}

function quoteKind(view: TextView, span: QuoteSpan, words: number, speaker: Speaker): QuoteKind {
  if (span.depth > 0) return words <= FRAGMENT_MAX_WORDS ? 'scare' : 'statement';
  if (followsScareMarker(view, span.open)) return 'scare';
  if (words <= FRAGMENT_MAX_WORDS && speaker.basis === 'none') return 'scare';
  return 'statement';
}

function wordCount(view: TextView, start: number, end: number): number {
  let n = 0;
  for (let i = tokenIndexFrom(view, start); i < view.tokens.length && view.tokens[i]!.start < end; i++) n++;
  return n;
}

export function extractQuotes(text: string, language: string): QuoteMention[] {
  if (typeof text !== 'string') throw new TypeError(`extractQuotes: text must be a string, got ${typeof text}`);
  const view = makeTextView(text, language);
  const persons = collectPersonMentions(view);
  return quotesOfView(view, persons);
}

/** Quotes of a prepared view; shared with reported-speech detection, which needs the same view. */
export function quotesOfView(view: TextView, persons: PersonMention[]): QuoteMention[] {
  const out: QuoteMention[] = [];
  let last: SpeakerContext | null = null;
  for (const span of view.spans) {
    const inner = innerRange(view.text, span);
    if (!inner) continue;
    const words = wordCount(view, inner.start, inner.end) || tokenize(view.text.slice(inner.start, inner.end)).length;
    const sentence = sentenceIndexAt(view, span.open);
    let speaker = span.depth > 0 ? NO_SPEAKER : attributeSpan(view, persons, span);
    if (span.depth === 0 && speaker.basis === 'none' && words > FRAGMENT_MAX_WORDS && continuesSpeaker(view, persons, last, sentence)) {
      speaker = continuedSpeaker(last!);
    }
    const kind = quoteKind(view, span, words, speaker);
    if (span.depth === 0 && kind === 'statement') {
      // An unnamed speaker ("hieß es") ends the chain: later uncued quotes are not the earlier speaker's.
      last = speaker.speaker ? { ...speaker, sentence, paragraph: view.sentences[sentence]!.paragraph } : null;
    }
    out.push({
      text: view.text.slice(inner.start, inner.end),
      start: inner.start,
      end: inner.end,
      ...speaker,
      direct: true,
      kind,
      depth: span.depth,
      language: view.language,
    });
  }
  return out;
}
