// Where a text quotes someone: character ranges between quotation marks, for any common convention
// („…“ German, “…” English, «…» French, »…« German books, "…", 「…」). Single quotes are ignored because
// ’ is also the apostrophe. Quotes do not nest here: a nested quote lies inside the outer one anyway.

const CLOSERS: Record<string, string> = {
  '„': '“”"',
  '“': '”“',
  '”': '”',
  '"': '"',
  '«': '»',
  '»': '«',
  '「': '」',
  '『': '』',
};

/** Ranges [start, end) of quoted text, marks excluded. An unclosed quote ends at its paragraph's end. */
export function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (open < 0) {
      const expected = CLOSERS[c];
      if (expected !== undefined) [open, closers] = [i, expected];
    } else if (closers.includes(c) || c === '\n') {
      if (i > open + 1) ranges.push([open + 1, i]);
      open = -1;
    }
  }
  if (open >= 0 && text.length > open + 1) ranges.push([open + 1, text.length]);
  return ranges;
}
