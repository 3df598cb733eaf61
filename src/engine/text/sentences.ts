// Splits article text into sentences with offsets. Intl.Segmenter keeps „…“ quotes together but breaks after
// abbreviations, initials ("J.D.") and ordinal dates ("am 24. | Februar"); those breaks are merged back.

import { ABBREVIATIONS, MONTHS } from './abbreviations';

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let seg = segmenters.get(language);
  if (!seg) {
    const locale = Intl.Segmenter.supportedLocalesOf([language]).length ? language : 'en';
    seg = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(language, seg);
  }
  return seg;
}

/** The segment before a break ends in something that does not end a sentence. */
function endsWithoutSentenceEnd(previous: string, next: string): boolean {
  // Only the end matters: a word and its dot. Looking at the last 80 characters keeps each call bounded
  // however long the sentence merged so far has grown.
  const tail = previous.slice(-80).trimEnd();
  // The word before the final dot, as a whole word: "h" in "km/h." is a unit's end, not an initial.
  const lastWord = /(?:^|[\s(„"'«»‚‘“])([\p{L}\p{N}.]+)\.$/u.exec(tail)?.[1];
  if (!lastWord) return false;
  const nextWord = /^[\s"'„“”‚‘’«»(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? '';
  const bare = lastWord.toLowerCase().replace(/\.$/, '');
  if (ABBREVIATIONS.has(bare) || ABBREVIATIONS.has(bare.replace(/\./g, ''))) return true;
  // Initials and dotted abbreviations: "J.D.", "U.S.", "D.C.", "A."
  if (/^(\p{L}\.)*\p{L}$/u.test(bare) && bare.replace(/\./g, '').length <= 3) return true;
  // Ordinal numbers: "am 24. Februar", "der 3. Oktober", "am 12. des Monats"
  if (/^\d{1,2}$/.test(bare) && (MONTHS.has(nextWord.toLowerCase()) || /^\p{Ll}/u.test(nextWord))) return true;
  return false;
}

/** ICU does not break before a sentence that opens with a figure in some locales ("… on Tuesday. 50 members
 *  voted"); such a segment is cut there unless the dot belongs to an abbreviation or an ordinal. */
function* segmentsOf(paragraph: string, language: string): Generator<{ segment: string; index: number }> {
  for (const part of segmenterFor(language).segment(paragraph)) {
    let start = 0;
    for (const m of part.segment.matchAll(/[.!?]["”“»']?\s+(?=\p{N})/gu)) {
      const cut = m.index + m[0].length;
      const before = part.segment.slice(start, cut);
      if (/\d\.\s+$/u.test(before) || endsWithoutSentenceEnd(before, part.segment.slice(cut))) continue;
      yield { segment: before, index: part.index + start };
      start = cut;
    }
    yield { segment: part.segment.slice(start), index: part.index + start };
  }
}

/** Sentences of one paragraph (no line breaks inside); offsets are relative to `offset`. */
export function splitSentences(paragraph: string, language: string, offset = 0): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const part of segmentsOf(paragraph, language)) {
    const previous = spans[spans.length - 1];
    const start = offset + part.index;
    if (previous && (endsWithoutSentenceEnd(previous.text, part.segment) || /^\s*\p{Ll}/u.test(part.segment))) {
      previous.text += part.segment;
      previous.end = start + part.segment.length;
      continue;
    }
    spans.push({ text: part.segment, start, end: start + part.segment.length });
  }
  return spans.map(trimSpan).filter((s) => s.text.length > 0);
}

function trimSpan(span: SentenceSpan): SentenceSpan {
  const lead = span.text.length - span.text.trimStart().length;
  const text = span.text.trim();
  return { text, start: span.start + lead, end: span.start + lead + text.length };
}
