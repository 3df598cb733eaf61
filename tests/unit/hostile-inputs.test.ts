// Issue 16's hostile inputs through `compare`'s reading of a file (readArticleFile): each is answered, with
// an article or one clear line, on a bounded path: text cut into bounded blocks, markup measured before any
// DOM, and nothing recursive run on nesting deeper than a browser's parser builds. Durations are measured in
// tests/bench/hostile-inputs.ts and recorded in BENCHMARKS.md, never asserted here.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, readArticleFile } from '../../src/cli/read-article-file';
import { parseArticle } from '../../src/engine/article/parse-article';
import { MAX_ARTICLE_CHARS, MAX_NESTING } from '../../src/engine/extract';
import { articleBlocks } from '../../src/engine/text/article-blocks';
import { boundedPieces, MAX_BLOCK_CHARS } from '../../src/engine/text/bounded-lines';
import { BRIEFS } from '../fixtures/briefs';

const dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
function file(ext: string, content: string): string {
  const path = join(dir, `input-${++counter}${ext}`);
  writeFileSync(path, content);
  return path;
}

/** The one-line message of the InputError the file is refused with, or null when it was read. */
async function refusal(path: string): Promise<string | null> {
  try {
    await readArticleFile(path);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message.startsWith(`${path}: `)).toBe(true);
    return message.slice(path.length + 2);
  }
}

const GERMAN = 'Der Gemeinderat hat am Dienstag beschlossen, die Brücke über den Fluss im Sommer zu sanieren. Die Arbeiten sollen drei Monate dauern. ';
const SAMPLES = [GERMAN, ...Object.values(BRIEFS).map((b) => b.paragraphs.join(' ')), 'Emoji 🚀🌍 ohne Ende ', 'ǅǈǋ ŉ ﬀ ǰ ΐ ẞ '];
const TOO_LONG = /^the text is too long to compare as one article: [\d,]+ characters; Parallax compares articles of up to 100,000$/;
const TOO_DEEP = `the page is too deeply nested to read: elements more than ${MAX_NESTING} levels deep, and no article element within the limits`;
const TOO_LARGE = 'the page is too large to read: more than 100,000 elements, and no article element within that limit';

describe('text without line breaks', () => {
  it('is cut into blocks at sentence ends, then at spaces, then at the hard length', () => {
    const sentences = GERMAN.repeat(200);
    const pieces = boundedPieces(sentences);
    expect(pieces.map((p) => p.text).join('')).toBe(sentences);
    expect(pieces.every((p) => p.text.length <= MAX_BLOCK_CHARS)).toBe(true);
    expect(pieces.slice(0, -1).every((p) => /[.]\s$/.test(p.text))).toBe(true);
    const words = 'Wort '.repeat(2_000);
    expect(boundedPieces(words).slice(0, -1).every((p) => p.text.endsWith(' '))).toBe(true);
    const chinese = BRIEFS.zh.paragraphs.join('').repeat(60);
    expect(boundedPieces(chinese).slice(0, -1).every((p) => /[。！？]$/.test(p.text))).toBe(true);
    // No sentence end, no space: the hard length, never between the halves of a surrogate pair.
    const emoji = '🚀'.repeat(5_000);
    const hard = boundedPieces(emoji);
    expect(hard.map((p) => p.text).join('')).toBe(emoji);
    expect(hard.every((p) => p.text.length <= MAX_BLOCK_CHARS && !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p.text))).toBe(true);
  });

  it("keeps every block of a one-line article bounded, with its sentences' offsets in the text", () => {
    const text = GERMAN.repeat(600);
    const blocks = articleBlocks(text);
    expect(blocks.length).toBeGreaterThan(20);
    expect(blocks.every((b) => b.text.length <= MAX_BLOCK_CHARS)).toBe(true);
    const parsed = parseArticle({ title: 'Brücke', text, language: 'de' });
    expect(parsed.sentences).toHaveLength(1_200);
    for (const s of parsed.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('the hostile inputs of issue 16', () => {
  it('a 5 MB text file on one line is refused as too long to be one article', async () => {
    expect(await refusal(file('.txt', GERMAN.repeat(Math.ceil(5 * 1024 * 1024 / GERMAN.length))))).toMatch(TOO_LONG);
  });

  it('a page of 100,000 nested <div>s is refused as too deeply nested, not a stack overflow', async () => {
    const deep = `<!doctype html><html><head><title>Tief</title></head><body>${'<div>'.repeat(100_000)}<p>${GERMAN}</p>${'</div>'.repeat(100_000)}</body></html>`;
    expect(await refusal(file('.html', deep))).toBe(TOO_DEEP);
  });

  it('a page of 1,000,000 elements is refused as too large; with an <article> it is read through the article', async () => {
    const spans = '<span>Wort</span>'.repeat(1_000_000);
    expect(await refusal(file('.html', `<!doctype html><html><head><title>Liste</title></head><body>${spans}</body></html>`))).toBe(TOO_LARGE);
    const withArticle = `<!doctype html><html lang="de"><head><title>Brücke wird saniert</title></head><body><article><h1>Brücke wird saniert</h1>${`<p>${GERMAN}</p>`.repeat(4)}</article><section>${spans}</section></body></html>`;
    const article = await readArticleFile(file('.html', withArticle));
    expect(article.title).toBe('Brücke wird saniert');
    expect(article.text.split('\n\n')).toEqual(Array(4).fill(GERMAN.trim()));
  });

  it('an extracted article longer than the limit is refused as too long', async () => {
    const paragraphs = `<p>${GERMAN}</p>`.repeat(Math.ceil(MAX_ARTICLE_CHARS / GERMAN.length) + 10);
    expect(await refusal(file('.html', `<!doctype html><html><head><title>Lang</title></head><body><article>${paragraphs}</article></body></html>`)))
      .toMatch(/^the article is too long to compare: [\d,]+ characters; Parallax compares articles of up to 100,000$/);
  });
});

type Hostile = { kind: 'line'; sample: string; bytes: number } | { kind: 'deep'; levels: number; article: boolean; sample: string } | { kind: 'many'; elements: number; article: boolean; sample: string };

const hostile: fc.Arbitrary<Hostile> = fc.oneof(
  fc.record({ kind: fc.constant('line' as const), sample: fc.constantFrom(...SAMPLES), bytes: fc.integer({ min: 20_000, max: 3_000_000 }) }),
  fc.record({ kind: fc.constant('deep' as const), levels: fc.integer({ min: MAX_NESTING, max: 100_000 }), article: fc.boolean(), sample: fc.constantFrom(...SAMPLES) }),
  fc.record({ kind: fc.constant('many' as const), elements: fc.integer({ min: 100_001, max: 1_000_000 }), article: fc.boolean(), sample: fc.constantFrom(...SAMPLES) }),
);

function render(input: Hostile): { ext: string; content: string } {
  const paragraph = input.sample.repeat(Math.ceil(300 / input.sample.length));
  const article = `<article><h1>Bericht</h1><p>${paragraph}</p><p>${paragraph}</p></article>`;
  switch (input.kind) {
    case 'line':
      return { ext: '.txt', content: input.sample.repeat(Math.ceil(input.bytes / input.sample.length)) };
    case 'deep':
      return { ext: '.html', content: `<html><head><title>Tief</title></head><body>${input.article ? article : ''}${'<div>'.repeat(input.levels)}<p>${paragraph}</p>${'</div>'.repeat(input.levels)}</body></html>` };
    case 'many':
      return { ext: '.html', content: `<html><head><title>Viel</title></head><body>${input.article ? article : ''}${'<i>x</i>'.repeat(input.elements)}</body></html>` };
  }
}

describe('random large inputs (property)', () => {
  it('each is answered by an article within the limits or the right one-line refusal', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        const { ext, content } = render(input);
        const path = file(ext, content);
        const refused = await refusal(path);
        if (input.kind === 'line') {
          const length = content.trim().length;
          if (length > MAX_ARTICLE_CHARS) expect(refused).toMatch(TOO_LONG);
          else expect(refused).toBeNull();
          return;
        }
        if (!input.article) {
          // Past the limit (the html and body elements count too), no article element: refused, saying why.
          expect(refused).toBe(input.kind === 'deep' ? TOO_DEEP : TOO_LARGE);
          return;
        }
        expect(refused).toBeNull();
        const article = await readArticleFile(path);
        expect(article.title).toBe(input.kind === 'deep' ? 'Tief' : 'Viel');
        expect(article.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
        expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 14 },
    );
  }, 300_000);
});
