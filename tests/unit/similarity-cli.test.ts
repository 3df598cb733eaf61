// `npm run similarity -- FILE.tsv`: one score per line in order; a malformed line is named, nothing printed.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/read-article-file';
import { parseSimilarityTsv } from '../../src/cli/similarity-tsv';
import { inputFiles, runCli } from '../helpers/run-cli';

const similarity = (...args: string[]) => runCli('src/cli/similarity.ts', args);
const { file } = inputFiles('parallax-similarity-');

describe('parseSimilarityTsv', () => {
  it('reads pairs with CRLF, a byte-order mark and a final newline', () => {
    expect(parseSimilarityTsv('\uFEFFa\tb\r\nc d\te f\n', 'x.tsv')).toEqual([
      { line: 1, a: 'a', b: 'b' },
      { line: 2, a: 'c d', b: 'e f' },
    ]);
  });

  it.each([
    ['a\tb\nno tab\n', /x\.tsv, line 2: expected two texts separated by one tab, found 0 tab/],
    ['a\tb\tc\n', /x\.tsv, line 1: .*found 2 tab/],
    ['a\tb\n\n', /x\.tsv, line 2: expected two texts/],
    ['a\t \n', /x\.tsv, line 1: the second text is empty/],
  ])('names the malformed line in %j', (text, message) => {
    expect(() => parseSimilarityTsv(text, 'x.tsv')).toThrow(InputError);
    expect(() => parseSimilarityTsv(text, 'x.tsv')).toThrow(message);
  });
});

describe('similarity command', () => {
  it('prints one score per line, in order, translation pairs high and unrelated pairs low', async () => {
    const input = file('pairs.tsv', 'Ein Mann schneidet eine Zwiebel.\tA man cuts an onion.\nEin Mann schneidet eine Zwiebel.\tEine Frau spielt Gitarre.\nDer Hund rennt über die Wiese.\tDer Hund läuft über die Wiese.\n');
    const { code, stdout } = await similarity(input);
    expect(code).toBe(0);
    const scores = stdout.trim().split('\n').map(Number);
    expect(scores).toHaveLength(3);
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    expect(scores[0]).toBeGreaterThan(0.7);
    expect(scores[1]).toBeLessThan(0.3);
    expect(scores[2]).toBeGreaterThan(0.7);
  }, 60_000);

  it('names the file and line of a malformed line and prints no scores', async () => {
    const input = file('bad.tsv', 'a\tb\nthis line has no tab\n');
    const { code, stdout, stderr } = await similarity(input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('bad.tsv, line 2: expected two texts separated by one tab');
  }, 60_000);

  it('refuses a file that is not UTF-8, naming it', async () => {
    const input = file('latin1.tsv', Buffer.from([0x61, 0x09, 0xe4, 0x0a]));
    const { code, stderr } = await similarity(input);
    expect(code).toBe(2);
    expect(stderr).toMatch(/latin1\.tsv: cannot read as UTF-8/);
  }, 60_000);

  it('says how to call it without a file', async () => {
    const { code, stderr } = await similarity();
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run similarity -- FILE\.tsv/);
  }, 60_000);
});
