// Splits an article into blocks (one per line/paragraph) and tells reporting from page furniture: teasers,
// ad markers, photo credits, bylines and metadata lines never become facts, headings are kept apart.

import boilerplate from '../data/boilerplate.json';
import { boundedPieces } from './bounded-lines';
import { tokenize } from './tokens';

export type BlockKind = 'body' | 'heading' | 'teaser' | 'advert' | 'credit' | 'meta';

export interface ArticleBlock {
  kind: BlockKind;
  /** The block's text with datelines and trailing author tags removed (body blocks only). */
  text: string;
  /** Offset of `text` in the article text. */
  start: number;
  /** What was stripped from a body block ("WASHINGTON.", "(ab)"): evidence of house style. */
  stripped: string[];
}

const markerLists = {
  teaser: boilerplate.teaser,
  advert: boilerplate.advert,
  credit: boilerplate.credit,
} as const;

function startsWithMarker(lower: string, markers: readonly string[]): boolean {
  return markers.some((m) => lower.startsWith(m) && !/^\p{L}/u.test(lower.slice(m.length, m.length + 1)));
}

// Latin marks and the full stops of other scripts (Chinese and Japanese 。！？, Arabic ؟, Devanagari ।).
const SENTENCE_END = /[.!?…"“”»«'’)。！？؟।」』]\s*$/u;
// An all-capitals place line at the start of a report: "BERLIN.", "LINDAU/BREGENZ." (dateline).
const DATELINE = /^((?:[\p{Lu}][\p{Lu}.\-]*\s?)+(?:\/\s?(?:[\p{Lu}][\p{Lu}.\-]*\s?)+)*)[.:–-]\s+(?=\p{Lu})/u;
// A short author or agency tag closing a report: "(ab)", "(epd)", "(AFP/Reuters)".
const AUTHOR_TAG = /\s*\((?:[\p{L}]{1,12})(?:[\/,][\p{L}]{1,12})*\)\s*$/u;

function classifyLine(line: string): BlockKind {
  const lower = line.toLowerCase().trim();
  for (const kind of ['teaser', 'advert', 'credit'] as const) {
    if (startsWithMarker(lower, markerLists[kind])) return kind;
  }
  const words = tokenize(line);
  const letters = line.replace(/[^\p{L}]/gu, '');
  const upper = line.replace(/[^\p{Lu}]/gu, '');
  // Agency/photographer credits: "AGENCY/AGENCY/PHOTOGRAPHER NAME"
  if (line.split('/').length >= 3 && letters.length > 0 && upper.length / letters.length > 0.6) return 'credit';
  // Domains, paths, time stamps and other lines without a sentence's worth of words.
  const plainWords = words.filter((w) => /^\p{L}{2,}$/u.test(w.text));
  const domainOnly = /^[\w.-]+\.[a-z]{2,}$/i.test(lower);
  // A line that is only a short tag in brackets: "(epd)", "(ab/cd)".
  if (AUTHOR_TAG.test(line) && line.replace(AUTHOR_TAG, '').trim() === '') return 'meta';
  const timeStamp = /\d{1,2}:\d{2}/.test(line) && plainWords.length <= 5;
  if ((plainWords.length <= 3 && !SENTENCE_END.test(line)) || domainOnly || timeStamp) {
    return 'meta';
  }
  if (!SENTENCE_END.test(line) && words.length <= 16) return 'heading';
  return 'body';
}

function stripHouseMarks(line: string): { text: string; lead: number; stripped: string[] } {
  const stripped: string[] = [];
  let text = line;
  let lead = 0;
  const dateline = DATELINE.exec(text);
  if (dateline && dateline[1] && /\p{Lu}{3,}/u.test(dateline[1])) {
    stripped.push(dateline[0].trim());
    lead = dateline[0].length;
    text = text.slice(lead);
  }
  const tag = AUTHOR_TAG.exec(text);
  if (tag && SENTENCE_END.test(text.slice(0, tag.index))) {
    stripped.push(tag[0].trim());
    text = text.slice(0, tag.index);
  }
  return { text, lead, stripped };
}

/** One block per line; a line longer than a paragraph can be (text without line breaks) is cut into pieces
 *  of bounded length first, each a block of its own, so that every later step works on bounded text. */
export function articleBlocks(text: string): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let offset = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    for (const piece of boundedPieces(rawLine)) addBlock(blocks, piece.text, lineStart + piece.start);
  }
  return blocks;
}

function addBlock(blocks: ArticleBlock[], rawLine: string, lineStart: number): void {
  const line = rawLine.trim();
  if (!line) return;
  const start = lineStart + rawLine.indexOf(line);
  const kind = classifyLine(line);
  if (kind !== 'body') {
    blocks.push({ kind, text: line, start, stripped: [] });
    return;
  }
  const marks = stripHouseMarks(line);
  blocks.push({ kind, text: marks.text, start: start + marks.lead, stripped: marks.stripped });
}
