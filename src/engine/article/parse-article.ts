// Turns an article input into what every later stage works on: language, title, and the body sentences
// (page furniture such as teasers, credits and metadata lines removed), plus a fingerprint of the body.

import { articleBlocks, type ArticleBlock } from '../text/article-blocks';
import { foldForFingerprint, hash64 } from '../text/hash';
import { detectLanguage, primaryLanguage } from '../text/language';
import { splitSentences } from '../text/sentences';
import type { ArticleInput } from '../types';

export interface ParsedSentence {
  index: number;
  text: string;
  /** Offsets in the article text. */
  start: number;
  end: number;
  /** Index of the paragraph (body block) the sentence stands in. */
  paragraph: number;
}

export interface ParsedArticle {
  title: string;
  /** Where the title comes from: given with the article, a heading above the text, or its first sentence. */
  titleSource: 'given' | 'heading' | 'first-sentence';
  language: string;
  text: string;
  date: string | null;
  sentences: ParsedSentence[];
  headings: string[];
  /** Non-reporting lines and stripped house marks (datelines, author tags): evidence of an outlet's style. */
  furniture: { kind: ArticleBlock['kind']; text: string }[];
  /** Hash of the folded body text: equal for the same article extracted from a file or a page. */
  fingerprint: string;
}

const MAX_TITLE = 140;

export function parseArticle(input: ArticleInput): ParsedArticle {
  const text = (input.text ?? '').replace(/\r\n?/g, '\n');
  const language = primaryLanguage(input.language) ?? detectLanguage(`${input.title ?? ''}\n${text}`);
  const blocks = articleBlocks(text);
  const sentences: ParsedSentence[] = [];
  const headings: string[] = [];
  let leadHeading: string | undefined;
  const furniture: ParsedArticle['furniture'] = [];
  let paragraph = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      headings.push(block.text);
      // Only a heading above the first paragraph is the article's title; later ones are subheads.
      if (sentences.length === 0) leadHeading ??= block.text;
    }
    else if (block.kind !== 'body') furniture.push({ kind: block.kind, text: block.text });
    if (block.kind !== 'body') continue;
    for (const stripped of block.stripped) furniture.push({ kind: 'meta', text: stripped });
    for (const span of splitSentences(block.text, language, block.start)) {
      if (!/\p{L}/u.test(span.text)) continue;
      sentences.push({ index: sentences.length, text: span.text, start: span.start, end: span.end, paragraph });
    }
    paragraph++;
  }
  const body = sentences.map((s) => s.text).join(' ');
  return {
    title: chooseTitle(input.title, leadHeading, sentences),
    titleSource: input.title?.trim() ? 'given' : leadHeading ? 'heading' : 'first-sentence',
    language,
    text,
    date: input.date ?? null,
    sentences,
    headings,
    furniture,
    fingerprint: hash64(foldForFingerprint(body)),
  };
}

/** The given title; else a heading above the first paragraph; else the first sentence, shortened. */
function chooseTitle(given: string | undefined, leadHeading: string | undefined, sentences: ParsedSentence[]): string {
  const title = given?.trim() || leadHeading || sentences[0]?.text || '';
  return shorten(title, MAX_TITLE);
}

export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max).trimEnd()} …`;
}
