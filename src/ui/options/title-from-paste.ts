// Pasted text's title, by the rule the compare CLI applies to a .txt file (src/cli/read-article-file.ts, which
// reads files from disk and so cannot be bundled here): a short first line that reads like a headline is the
// title; a sentence, a label, a domain, a dateline or metadata is not, and the whole text stays the body.

const MAX_TITLE_LENGTH = 120;

export function titleFromPaste(text: string): { title: string; body: string } {
  const newline = text.indexOf('\n');
  if (newline < 0) return { title: '', body: text };
  const firstLine = text.slice(0, newline).trim();
  const rest = text.slice(newline + 1);
  if (rest.trim() === '' || !looksLikeTitle(firstLine)) return { title: '', body: text };
  return { title: firstLine, body: rest.replace(/^(?:[^\S\n]*\r?\n)+/, '') };
}

function looksLikeTitle(line: string): boolean {
  if (line.length === 0 || line.length > MAX_TITLE_LENGTH) return false;
  // Ends like a sentence or runs on (",", ":"), ignoring closing quotes and brackets.
  if (/[.!?…:;,]$/.test(line.replace(/["'“”„»«’)\]]+$/, ''))) return false;
  // Titles start with a capital, a digit, a quote or a caseless script; metadata and domains start lower-case.
  if (/^\p{Ll}/u.test(line)) return false;
  if (line.split(/\s+/).length < 2) return false;
  if (/^(?:https?:\/\/|www\.)/i.test(line)) return false;
  // A dateline ("Montag, 03.03.25, 14:05") is mostly digits and punctuation.
  const visible = line.replace(/\s+/g, '');
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  return letters >= visible.length / 2;
}
