// Reads the input of `npm run similarity`: UTF-8 lines "text1<TAB>text2". A malformed line is an error that
// names the file and the line; nothing is scored until the whole file has been read.

import { InputError } from './read-article-file';

export interface TsvPair {
  line: number;
  a: string;
  b: string;
}

export function parseSimilarityTsv(text: string, name: string): TsvPair[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const fields = line.split('\t');
    const where = `${name}, line ${i + 1}`;
    if (fields.length !== 2) {
      throw new InputError(`${where}: expected two texts separated by one tab, found ${fields.length - 1} tab(s)`);
    }
    if (fields[0]!.trim() === '' || fields[1]!.trim() === '') {
      throw new InputError(`${where}: ${fields[0]!.trim() === '' ? 'the first' : 'the second'} text is empty`);
    }
    if (line.includes('\uFFFD')) throw new InputError(`${where}: not valid UTF-8 (replacement character found)`);
    return { line: i + 1, a: fields[0]!, b: fields[1]! };
  });
}
