// Tells an import file's format from its text: a corpus pack (one JSON object with "format") or JSON Lines
// of article records. A file that is neither is refused as a whole, naming the file and what is wrong,
// before any record is looked at.

import { assertSomeJsonLine, jsonLines, parseJsonLine, type JsonLine } from './jsonl';
import { CorpusPackError } from './pack-format';

export type ImportText = { format: 'pack'; json: unknown } | { format: 'jsonl'; lines: JsonLine[] };

const PACK_HEAD = /^\s*\{\s*"format"\s*:|"format"\s*:\s*"parallax-corpus"/;

export function readImportText(text: string, source: string): ImportText {
  const body = text.replace(/^\uFEFF/, '');
  if (body.slice(0, 4096).includes('\u0000')) throw new CorpusPackError(source, 'is a binary file, not text');
  if (!body.trim()) throw new CorpusPackError(source, 'is empty');
  const whole = parseJsonLine(body);
  if ('json' in whole) {
    const json = whole.json;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new CorpusPackError(source, `is JSON but ${Array.isArray(json) ? 'a list' : 'not an object'}: neither a corpus pack (an object with "format": "parallax-corpus") nor JSON Lines of article objects`);
    }
    if ('format' in json) return { format: 'pack', json };
    // A single record, possibly written over several lines: one JSON Lines record, numbered by its first line.
    const first = jsonLines(body)[0]!;
    return { format: 'jsonl', lines: [{ line: first.line, text: JSON.stringify(json) }] };
  }
  const lines = jsonLines(body);
  const firstIsJson = lines[0] !== undefined && 'json' in parseJsonLine(lines[0].text);
  if (!firstIsJson && PACK_HEAD.test(body.slice(0, 2048))) {
    throw new CorpusPackError(source, `is a corpus pack that is not valid JSON (${whole.error}); the file may be cut short`);
  }
  assertSomeJsonLine(lines, source);
  return { format: 'jsonl', lines };
}
