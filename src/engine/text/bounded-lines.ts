// Cuts text into lines of bounded length, so that no later stage (classifying a block, segmenting its
// sentences, merging them back) ever works on more than MAX_BLOCK_CHARS at once, whatever the input: a
// paragraph is cut where a sentence ends, failing that at a space, failing that at the hard length. Every
// step looks only inside one window of the line, so the whole costs time linear in the text.

/** Longer than any real paragraph (news paragraphs stay under ~1,500 characters); only text without line
 *  breaks (a file saved on one line, a page without paragraph markup) reaches it. */
export const MAX_BLOCK_CHARS = 3_000;

// A sentence end: Latin full stops and marks before a space, CJK and other scripts' full stops anywhere.
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s+|[。！？؟।።]["'”’»)\]」』]*\s*/gu;

export interface LinePiece {
  text: string;
  /** Offset of the piece in the line. */
  start: number;
}

/** The line itself when short, else its pieces (each at most `max` characters, none empty, in order). */
export function boundedPieces(line: string, max = MAX_BLOCK_CHARS): LinePiece[] {
  if (line.length <= max) return [{ text: line, start: 0 }];
  const pieces: LinePiece[] = [];
  let start = 0;
  while (line.length - start > max) {
    const cut = cutPoint(line, start, start + max);
    pieces.push({ text: line.slice(start, cut), start });
    start = cut;
  }
  if (start < line.length) pieces.push({ text: line.slice(start), start });
  return pieces;
}

/** Where to end the piece that starts at `start` and may not pass `limit`: after the last sentence end in
 *  the window's second half, else after its last space, else at `limit` (never between a surrogate pair). */
function cutPoint(line: string, start: number, limit: number): number {
  const from = start + Math.floor((limit - start) / 2);
  // The search runs on the window alone: a regex given the whole line would scan past `limit` to its end.
  const window = line.slice(from, limit);
  let best = -1;
  for (const m of window.matchAll(SENTENCE_END)) best = m.index + m[0].length;
  if (best > 0) return from + best;
  const space = window.lastIndexOf(' ');
  if (space >= 0) return from + space + 1;
  const code = line.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
