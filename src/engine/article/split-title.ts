// The title of a plain text, as the `compare` command reads a .txt file and the options page reads pasted
// text: a short first line followed by more text is the title ("Stadtrat beschließt Haushalt"); a first line
// that reads like a sentence, a label ("Kommentar"), a domain, a dateline or metadata is not, and then the
// title is "" and the whole text is kept for the engine to derive one.

const MAX_TITLE_LENGTH = 120;
const UNSPACED_WORDS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u;

export function splitTitle(text: string): { title: string; body: string } {
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
  if (/[.!?…:;,。！？；：，、؟،।]$/u.test(line.replace(/["'“”„»«’)\]」』]+$/, ''))) return false;
  // Titles start with a capital, a digit, a quote or a caseless script; metadata and domains start lower-case.
  if (/^\p{Ll}/u.test(line)) return false;
  // One word is a label, in scripts that separate words; Chinese and Japanese write a title without spaces.
  if (line.split(/\s+/).length < 2 && !UNSPACED_WORDS.test(line)) return false;
  if (/^(?:https?:\/\/|www\.)/i.test(line)) return false;
  // A dateline ("Montag, 03.03.25, 14:05") is mostly digits and punctuation.
  const visible = line.replace(/\s+/g, '');
  const letters = (visible.match(/\p{L}/gu) ?? []).length;
  return letters >= visible.length / 2;
}
