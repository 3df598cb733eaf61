// Indirect speech: sentences that report what someone said without quoting them. German marks it with the
// Konjunktiv ("Berger habe den Minister eingeladen, teilt das Rathaus mit"); English with a speech verb and "that" or a
// trailing "…, Berger said". A Konjunktiv sentence without its own cue continues the speaker of the sentence
// before (German reports run on in the Konjunktiv for several sentences).

import { continuedSpeaker, NO_SPEAKER, speakerFromCue } from './attribution';
import { quotesOfView } from './extract-quotes';
import { hasKonjunktiv } from './konjunktiv';
import { collectPersonMentions, type PersonMention } from './persons';
import type { SentenceRange } from './sentence-bounds';
import { sentenceSubject, sourceCueAt, trailingCueAt, verbCueAt, type RawCue } from './speaker-cues';
import { gapBefore, makeTextView, narratorTokens, sentenceIndexAt, type TextView } from './text-view';
import type { ReportedSpeech, Speaker } from './types';

export interface SentenceInput {
  index: number;
  text: string;
}

interface ReportingClause {
  cue: RawCue | null;
  contentStart: number;
  contentEnd: number;
}

/** How many sentences back a cue-less Konjunktiv sentence may look for its speaker. */
const RUN_ON_REACH = 2;

/** Fewer words before the comma are an opening adverbial ("Later, Trump added that …"), not reported content. */
const MIN_TRAILING_CONTENT = 3;

/** "…, teilte das Rathaus mit." / "…, Berger said.": the content is everything before the comma. */
function trailingClause(view: TextView, tokens: number[], sentence: SentenceRange): ReportingClause | null {
  for (const [n, i] of tokens.entries()) {
    if (n === 0) continue;
    const gap = gapBefore(view, i);
    if (!gap.includes(',') || n < MIN_TRAILING_CONTENT) continue;
    const cue = trailingCueAt(view, i);
    if (cue) return { cue, contentStart: sentence.start, contentEnd: view.tokens[i]!.start - gap.length + gap.indexOf(',') };
  }
  return null;
}

/** "laut Berger …", "Berger zufolge …", "according to Berger, …": the whole sentence is reported. */
function sourcePhraseClause(view: TextView, tokens: number[], sentence: SentenceRange): ReportingClause | null {
  for (const i of tokens) {
    const cue = sourceCueAt(view, i);
    if (cue) return { cue, contentStart: sentence.start, contentEnd: sentence.end };
  }
  return null;
}

/** Speaker of a leading speech verb: its own subject, another cue verb's subject, or the sentence subject. */
function leadingSpeaker(view: TextView, tokens: number[], verbAt: number, sentence: SentenceRange): RawCue | null {
  const own = verbCueAt(view, verbAt);
  if (own) return own;
  for (const i of tokens.filter((k) => k < verbAt).reverse()) {
    const cue = verbCueAt(view, i);
    if (cue) return cue;
  }
  return sentenceSubject(view, sentence);
}

/** "Berger schrieb, sie habe …" / "Berger said that …": the content follows the comma or complementiser. */
function leadingClause(view: TextView, tokens: number[], sentence: SentenceRange): ReportingClause | null {
  const lex = view.lexicon;
  for (const [n, v] of tokens.entries()) {
    const verb = view.tokens[v]!.lower;
    // "bezeichnete X als …", "called it a …" label something; they introduce no clause.
    if (!lex.speechVerbs.has(verb) || lex.labelVerbs.has(verb)) continue;
    for (const k of tokens.slice(n + 1)) {
      const t = view.tokens[k]!;
      const afterComma = gapBefore(view, k).includes(',');
      const complement = lex.complementisers.has(t.lower);
      // "told the crowd": after a verb that takes its listener first, the next words are that listener.
      const bareClause = k === v + 1 && lex.clauseStarters.has(t.lower) && !lex.addresseeVerbs.has(verb);
      if (!afterComma && !complement && !bareClause) continue;
      const start = complement ? t.end : t.start;
      return { cue: leadingSpeaker(view, tokens, v, sentence), contentStart: start, contentEnd: sentence.end };
    }
  }
  return null;
}

function reportingClause(view: TextView, sentence: SentenceRange): ReportingClause | null {
  const tokens = narratorTokens(view, sentence);
  return trailingClause(view, tokens, sentence) ?? sourcePhraseClause(view, tokens, sentence) ?? leadingClause(view, tokens, sentence);
}

function contentText(view: TextView, start: number, end: number): string {
  return view.text
    .slice(start, end)
    .trim()
    .replace(/^(?:dass|daß|that)\s+/iu, '')
    .replace(/[\s,.;:]+$/u, '');
}

/** Speakers already known per sentence: from attributed direct quotes and named speech cues. */
function knownSpeakers(view: TextView, persons: PersonMention[]): Map<number, Speaker> {
  const known = new Map<number, Speaker>();
  for (const p of persons) {
    if (p.speaks && !known.has(p.sentence)) known.set(p.sentence, { speaker: p.speaker, speakerText: p.speakerText, basis: 'cue' });
  }
  for (const q of quotesOfView(view, persons)) {
    if (q.kind === 'statement' && q.speaker && q.depth === 0) known.set(sentenceIndexAt(view, q.start), q);
  }
  return known;
}

function runOnSpeaker(known: Map<number, Speaker>, k: number): Speaker | null {
  for (let back = 1; back <= RUN_ON_REACH; back++) {
    const s = known.get(k - back);
    if (s) return s.speaker ? continuedSpeaker(s) : null;
  }
  return null;
}

export function extractReportedSpeech(sentences: SentenceInput[], language: string): ReportedSpeech[] {
  if (!Array.isArray(sentences)) throw new TypeError('extractReportedSpeech: sentences must be an array');
  let text = '';
  const ranges: SentenceRange[] = sentences.map((s, n) => {
    if (typeof s?.text !== 'string') throw new TypeError(`extractReportedSpeech: sentence ${n} (index ${s?.index}) has no text`);
    // A newline between sentences keeps name reading from running into the previous sentence.
    const start = text.length + (n > 0 ? 1 : 0);
    text += (n > 0 ? '\n' : '') + s.text;
    return { start, end: text.length, paragraph: 0 };
  });
  const view = makeTextView(text, language, ranges);
  const persons = collectPersonMentions(view);
  const known = knownSpeakers(view, persons);
  const usesMood = view.lexicon.konjunktivMarkers.size > 0;
  const out: ReportedSpeech[] = [];
  ranges.forEach((range, k) => {
    const clause = reportingClause(view, range);
    let speaker: Speaker | null = null;
    let from = range.start;
    let to = range.end;
    if (clause && (!usesMood || hasKonjunktiv(view, clause.contentStart, clause.contentEnd, { allowWeak: true, mainClauseOnly: false }))) {
      speaker = clause.cue ? speakerFromCue(view, persons, clause.cue) : NO_SPEAKER;
      from = clause.contentStart;
      to = clause.contentEnd;
    } else if (!clause && usesMood && hasKonjunktiv(view, range.start, range.end, { allowWeak: false, mainClauseOnly: true })) {
      speaker = runOnSpeaker(known, k);
    }
    if (!speaker) return;
    const reported = contentText(view, from, to);
    if (!reported) return;
    known.set(k, speaker);
    out.push({ text: reported, sentence: sentences[k]!.index, ...speaker, direct: false, language });
  });
  return out;
}
