// JSON Lines of article records (one JSON object a line), the second import format beside the corpus pack.
// Each line is validated with the pack's record rules; a record's number is its line number, so that
// "record 12" points at line 12 of the file. Blank lines are skipped.

import type { ArticleOrigin, CorpusArticle } from '../types';
import { CorpusPackError, parseArticleRecord, type RecordProblem } from './pack-format';

export interface JsonLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

export interface ParsedJsonLines {
  articles: CorpusArticle[];
  /** Lines left out because they are not JSON or not a valid record, each with the reason. */
  problems: RecordProblem[];
  /** Non-blank lines read. */
  lines: number;
}

/** The non-blank lines of a text, numbered from 1 (CRLF and CR line ends too). */
export function jsonLines(text: string): JsonLine[] {
  const lines: JsonLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (line.trim()) lines.push({ line: i + 1, text: line });
  });
  return lines;
}

/** One line as JSON, or the parser's reason in words ("Unexpected token … in JSON at position 3"). */
export function parseJsonLine(text: string): { json: unknown } | { error: string } {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: String((error as Error).message).split('\n')[0]!.slice(0, 120) };
  }
}

function idOf(json: unknown): string | null {
  return typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string'
    ? (json as { id: string }).id
    : null;
}

/**
 * Validates lines one by one. `seenIds` (id → line) carries repeated-id detection across calls, so that a
 * caller can validate a long file in chunks and yield between them.
 */
export function validateJsonLines(lines: JsonLine[], defaultOrigin: ArticleOrigin, seenIds = new Map<string, number>()): Omit<ParsedJsonLines, 'lines'> {
  const articles: CorpusArticle[] = [];
  const problems: RecordProblem[] = [];
  for (const { line, text } of lines) {
    const parsed = parseJsonLine(text);
    if ('error' in parsed) {
      problems.push({ record: line, list: 'articles', id: null, message: `is not valid JSON (${parsed.error})` });
      continue;
    }
    try {
      const article = parseArticleRecord(parsed.json, defaultOrigin);
      const earlier = seenIds.get(article.id);
      if (earlier !== undefined) throw new Error(`repeats the id of line ${earlier}`);
      seenIds.set(article.id, line);
      articles.push(article);
    } catch (error) {
      problems.push({ record: line, list: 'articles', id: idOf(parsed.json), message: (error as Error).message });
    }
  }
  return { articles, problems };
}

/** Throws when not one line of the text is JSON: then it is no JSON Lines file at all, not a file of
 *  invalid records. */
export function assertSomeJsonLine(lines: JsonLine[], source: string): void {
  const first = lines[0];
  if (!first) throw new CorpusPackError(source, 'is empty');
  if (lines.some((l) => 'json' in parseJsonLine(l.text))) return;
  const reason = parseJsonLine(first.text);
  throw new CorpusPackError(source, `is neither a corpus pack nor JSON Lines (line ${first.line} is not valid JSON: ${'error' in reason ? reason.error : ''})`);
}

/** Every line of a JSON Lines text as an article record; invalid lines are listed with their line number as
 *  the record number. Throws CorpusPackError, naming `source`, when the text is empty or no line is JSON. */
export function parseJsonLines(text: string, source: string, defaultOrigin: ArticleOrigin = 'imported'): ParsedJsonLines {
  const lines = jsonLines(text);
  assertSomeJsonLine(lines, source);
  return { ...validateJsonLines(lines, defaultOrigin), lines: lines.length };
}
