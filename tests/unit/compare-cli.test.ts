// The `compare` command as a user runs it: exit codes, one-line errors naming the file, the JSON contract.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_FILES } from '../helpers/seeds';
import { inputFiles, runCli } from '../helpers/run-cli';

const compare = (...args: string[]) => runCli('src/cli/compare.ts', args);
const { dir, file } = inputFiles('parallax-cli-');

describe('compare command', () => {
  it('prints the JSON contract for a seed', async () => {
    const { code, stdout } = await compare(join('seeds', SEED_FILES[3]!), '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['article', 'event', 'facts', 'framing', 'quotes', 'timings']));
    expect(json.article).toMatchObject({ language: 'de', corpusId: expect.stringMatching(/^a-/) });
    expect(json.article.sentences[0]).toEqual({ index: 0, text: expect.any(String) });
    expect(json.event).toMatchObject({ relation: 'same', confidence: 1, date: '2025-02-12' });
    expect(json.event.articles).toHaveLength(4);
    expect(Object.keys(json.event.articles[0])).toEqual(expect.arrayContaining(['id', 'outlet', 'title', 'url', 'date']));
    const mention = json.facts[0].mentions[0];
    expect(mention).toMatchObject({ articleId: 'current', sentence: 0 });
    expect(mention).toHaveProperty('attribution');
    expect(typeof json.timings.totalMs).toBe('number');
  }, 30_000);

  it('prints a readable report with a mark per outlet', async () => {
    const { code, stdout } = await compare(join('seeds', SEED_FILES[0]!));
    expect(code).toBe(0);
    expect(stdout).toContain('Event:');
    expect(stdout).toMatch(/\[A\] .* — (stated|inferred|unknown)/);
    expect(stdout).toMatch(/f1 +✓/);
    expect(stdout).toContain('Only in this article');
  }, 30_000);

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /nope\.txt: no such file$/],
    ['an empty file', () => file('empty.txt', ''), /empty\.txt: file is empty$/],
    ['a binary file', () => file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff])), /bin\.txt: binary file/],
    ['a page with no article', () => file('shop.html', '<html><body><nav><a href="/">Home</a></nav><ul><li>Item 1 9,99 €</li></ul></body></html>'), /shop\.html: no article found on the page$/],
  ])('rejects %s with one line on stderr and exit code 2', async (_what, make, message) => {
    const { code, stdout, stderr } = await compare(make());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 30_000);

  it.each([
    ['not JSON', '{ "format": ', /bad\.json: the corpus pack is not valid JSON/],
    ['an unknown version', '{ "format": "parallax-corpus", "version": 99, "articles": [] }', /bad\.json: has format version 99/],
    ['an invalid record', '{ "format": "parallax-corpus", "version": 1, "articles": [{ "id": "x" }] }', /bad\.json: record 1 \("id": "x"\) has no "text"/],
  ])('rejects a corpus pack that is %s, naming it', async (_what, content, message) => {
    const { code, stderr } = await compare(join('seeds', SEED_FILES[0]!), '--corpus', file('bad.json', content));
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(message);
  }, 30_000);

  it('rejects a malformed --date, naming the value', async () => {
    const { code, stderr } = await compare(join('seeds', SEED_FILES[0]!), '--date', '12.02.2025');
    expect(code).toBe(2);
    expect(stderr).toContain('12.02.2025');
  }, 30_000);
});
