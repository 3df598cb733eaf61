// Text in any script is read as text: a Chinese brief shorter than Readability's Latin thresholds is still an
// article, Japanese, Arabic and Russian pages are extracted, and the language of CJK text is recognised.
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/cli/read-article-file';
import { parseArticle } from '../../src/engine/article/parse-article';
import { extractArticle } from '../../src/engine/extract';
import { readabilityThresholds } from '../../src/engine/extract/script-density';
import { detectLanguage } from '../../src/engine/text/language';
import { BRIEFS, briefHtml } from '../fixtures/briefs';

const dir = mkdtempSync(join(tmpdir(), 'parallax-scripts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const EVAL = join(__dirname, '../../../shared/eval/pages/readability');

describe('extraction in any script', () => {
  it.each(Object.entries(BRIEFS))('extracts the %s brief as its paragraphs, with its language', (code, brief) => {
    const doc = new JSDOM(briefHtml(brief)).window.document;
    const article = extractArticle(doc);
    expect(article.title).toBe(brief.title);
    expect(article.text).toBe(brief.paragraphs.join('\n\n'));
    expect(article.language).toBe(code);
  });

  it('reads the Chinese brief of under 250 characters as an article, which Latin thresholds refused', () => {
    const brief = BRIEFS.zh;
    expect(brief.paragraphs.join('').length).toBeLessThan(250);
    const thresholds = readabilityThresholds(new JSDOM(briefHtml(brief)).window.document.body);
    // Every Chinese character weighs three Latin letters: the thresholds are a third (the score a square root).
    expect(thresholds).toEqual({ minContentLength: 47, minScore: 20 / Math.sqrt(3), charThreshold: 167 });
    const latin = readabilityThresholds(new JSDOM('<body><p>Der Rat tagte.</p></body>').window.document.body);
    expect(latin).toEqual({ minContentLength: 140, minScore: 20, charThreshold: 500 });
  });

  it('recognises the language of CJK text from its script when the page declares none', () => {
    for (const [code, brief] of Object.entries(BRIEFS)) {
      const article = extractArticle(new JSDOM(briefHtml(brief, false)).window.document);
      if (code === 'zh' || code === 'ja') expect(article.language, code).toBeNull(); // the page says nothing…
      const parsed = parseArticle({ title: article.title, text: article.text, language: article.language ?? undefined });
      if (code === 'zh' || code === 'ja') expect(parsed.language, code).toBe(code); // …the script does
    }
    expect(detectLanguage('대통령은 화요일 기자회견에서 새로운 예산안을 발표했다.')).toBe('ko');
    expect(detectLanguage('Der Stadtrat hat am Dienstag die Sanierung der Brücke beschlossen, und die Arbeiten beginnen im Sommer.')).toBe('de');
    expect(detectLanguage('Der Bürgermeister traf Xi Jinping (习近平) in Peking und sprach über den Handel mit der Stadt.')).toBe('de');
  });

  it('splits Chinese text into its sentences at 。', () => {
    const parsed = parseArticle({ title: BRIEFS.zh.title, text: BRIEFS.zh.paragraphs.join('\n\n') });
    expect(parsed.sentences.map((s) => s.text)).toHaveLength(4);
    expect(parsed.sentences[0]!.text).toMatch(/^市政府周二宣布.+自行车道。$/);
  });

  it("reads Readability's qq page (Chinese, stored as UTF-8, declaring gb2312) with its title and language", async () => {
    const expected = JSON.parse(readFileSync(join(EVAL, 'qq', 'expected-metadata.json'), 'utf8')) as { title: string };
    const article = await readArticleFile(join(EVAL, 'qq', 'source.html'));
    expect(article.title).toBe(expected.title);
    expect(parseArticle({ title: article.title, text: article.text, language: article.language ?? undefined }).language).toBe('zh');
    expect(article.text).toMatch(/DeepMind/);
  });

  it("reads Readability's Japanese page (hukumusume) with its title", async () => {
    const expected = JSON.parse(readFileSync(join(EVAL, 'hukumusume', 'expected-metadata.json'), 'utf8')) as { title: string };
    const article = await readArticleFile(join(EVAL, 'hukumusume', 'source.html'));
    // Whitespace (here the ideographic space U+3000) is collapsed to one space in every title.
    expect(article.title).toBe(expected.title.replace(/\s+/gu, ' '));
    expect(parseArticle({ title: article.title, text: article.text, language: article.language ?? undefined }).language).toBe('ja');
  });

  it('compares the Chinese brief as a file like its .txt twin', async () => {
    const html = join(dir, 'brief.html');
    writeFileSync(html, briefHtml(BRIEFS.zh));
    const txt = join(dir, 'brief.txt');
    writeFileSync(txt, `${BRIEFS.zh.title}\n\n${BRIEFS.zh.paragraphs.join('\n\n')}`);
    const [fromHtml, fromTxt] = await Promise.all([readArticleFile(html), readArticleFile(txt)]);
    expect({ title: fromHtml.title, text: fromHtml.text }).toEqual({ title: fromTxt.title, text: fromTxt.text });
  });
});
