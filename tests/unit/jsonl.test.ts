import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImportText } from '../../src/engine/corpus/import-text';
import { jsonLines, parseJsonLines, validateJsonLines } from '../../src/engine/corpus/jsonl';
import { CORPUS_FORMAT, CorpusPackError, describeProblem, parseArticleRecord } from '../../src/engine/corpus/pack-format';

const record = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: 't', text: 'Ein Satz über etwas.', ...extra });
const line = (value: unknown) => JSON.stringify(value);

describe('parseJsonLines', () => {
  it('reads one article a line with the pack record rules, origin imported by default', () => {
    const text = [line(record('a')), line(record('b', { outlet: 'Der Bote', origin: 'user' }))].join('\n');
    const { articles, problems, lines } = parseJsonLines(text, 'a.jsonl');
    expect(problems).toEqual([]);
    expect(lines).toBe(2);
    expect(articles).toEqual([parseArticleRecord(record('a'), 'imported'), parseArticleRecord(record('b', { outlet: 'Der Bote', origin: 'user' }), 'imported')]);
    expect(articles.map((a) => a.origin)).toEqual(['imported', 'user']);
  });

  it('skips blank lines and numbers records by their line, CRLF or not', () => {
    const text = ['', line(record('a')), '   ', '\t', line({ id: 'b' }), ''].join('\r\n');
    const { articles, problems } = parseJsonLines(text, 'b.jsonl');
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(problems.map(describeProblem)).toEqual(['record 5 ("id": "b") has no "text"']);
  });

  it('names a line that is not JSON, with the parser\'s reason, and keeps the good lines', () => {
    const lines = [line(record('a')), line(record('b'))];
    for (let i = 3; i <= 11; i++) lines.push(line(record(`r${i}`)));
    lines.push('{"id": "broken", "text": ');
    lines.push(line(record('last')));
    const { articles, problems } = parseJsonLines(lines.join('\n'), 'c.jsonl');
    expect(articles).toHaveLength(12);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ record: 12, list: 'articles', id: null });
    expect(describeProblem(problems[0]!)).toMatch(/^record 12 is not valid JSON \(.+\)$/);
  });

  it('refuses a repeated id, naming the line that used it first', () => {
    const { problems } = parseJsonLines([line(record('a')), line(record('b')), line(record('a'))].join('\n'), 'd.jsonl');
    expect(problems.map(describeProblem)).toEqual(['record 3 ("id": "a") repeats the id of line 1']);
  });

  it('carries repeated ids across chunks validated one after another', () => {
    const all = jsonLines([line(record('a')), line(record('b')), line(record('a'))].join('\n'));
    const seen = new Map<string, number>();
    expect(validateJsonLines(all.slice(0, 2), 'imported', seen).problems).toEqual([]);
    expect(validateJsonLines(all.slice(2), 'imported', seen).problems.map(describeProblem)).toEqual(['record 3 ("id": "a") repeats the id of line 1']);
  });

  it('lists non-objects and invalid fields like a pack does', () => {
    const text = [line([1, 2]), line('text'), line(record('u', { url: 'javascript:alert(1)' })), line(record('d', { date: '12.02.2025' }))].join('\n');
    expect(parseJsonLines(text, 'e.jsonl').problems.map(describeProblem)).toEqual([
      'record 1 is not an object',
      'record 2 is not an object',
      'record 3 ("id": "u") "url" is not an http(s) address: javascript:alert(1)',
      'record 4 ("id": "d") "date" is not YYYY-MM-DD: 12.02.2025',
    ]);
  });

  it('throws, naming the file, when no line is JSON or the text is empty', () => {
    expect(() => parseJsonLines('Just some prose.\nAnd more of it.', 'notes.txt')).toThrow(CorpusPackError);
    expect(() => parseJsonLines('Just some prose.\nAnd more of it.', 'notes.txt')).toThrow(/^notes\.txt: is neither a corpus pack nor JSON Lines \(line 1 is not valid JSON: .+\)$/);
    expect(() => parseJsonLines('\n  \n', 'empty.jsonl')).toThrow('empty.jsonl: is empty');
  });

  it('gives back any list of valid records written as JSON Lines (property)', () => {
    const text = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '');
    const recordArb = fc.record({
      title: fc.string(),
      text,
      date: fc.option(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
      language: fc.constantFrom('de', 'en', 'fr'),
    });
    fc.assert(fc.property(fc.array(recordArb, { maxLength: 20 }), fc.constantFrom('\n', '\r\n'), (records, eol) => {
      const withIds = records.map((r, i) => ({ id: `id-${i}`, ...r }));
      const body = withIds.length ? withIds.map(line).join(eol) : line(record('only'));
      const expected = withIds.length ? withIds : [record('only')];
      const { articles, problems } = parseJsonLines(body, 'p.jsonl');
      expect(problems).toEqual([]);
      expect(articles).toEqual(expected.map((r) => parseArticleRecord(r, 'imported')));
    }));
  });
});

describe('readImportText: which format a file is', () => {
  it('takes an object with "format" as a pack, whatever its layout', () => {
    const pack = { format: CORPUS_FORMAT, version: 1, articles: [record('a')] };
    expect(readImportText(JSON.stringify(pack, null, 2), 'p.json')).toEqual({ format: 'pack', json: pack });
    expect(readImportText(`\uFEFF${JSON.stringify(pack)}`, 'p.json').format).toBe('pack');
  });

  it('takes one object per line as JSON Lines, and a single object without "format" as one record', () => {
    const text = [line(record('a')), line(record('b'))].join('\n');
    expect(readImportText(text, 'a.jsonl')).toEqual({ format: 'jsonl', lines: [{ line: 1, text: line(record('a')) }, { line: 2, text: line(record('b')) }] });
    const single = readImportText(`\n${JSON.stringify(record('a'), null, 2)}`, 'one.json');
    expect(single).toEqual({ format: 'jsonl', lines: [{ line: 2, text: line(record('a')) }] });
  });

  it('refuses a pack cut short, a binary file, a list, an empty file and prose, naming the file', () => {
    const pack = JSON.stringify({ format: CORPUS_FORMAT, version: 1, articles: [record('a'), record('b')] }, null, 2);
    expect(() => readImportText(pack.slice(0, pack.length / 2), 'cut.json')).toThrow(/^cut\.json: is a corpus pack that is not valid JSON \(.+\); the file may be cut short$/);
    expect(() => readImportText(JSON.stringify({ format: CORPUS_FORMAT }).slice(0, 20), 'cut2.json')).toThrow(/cut2\.json: is a corpus pack that is not valid JSON/);
    expect(() => readImportText('PK\u0003\u0004\u0000\u0000binary', 'a.zip')).toThrow('a.zip: is a binary file, not text');
    expect(() => readImportText('[{"id": "a"}]', 'list.json')).toThrow(/^list\.json: is JSON but a list: neither a corpus pack/);
    expect(() => readImportText('42', 'n.json')).toThrow(/^n\.json: is JSON but not an object/);
    expect(() => readImportText('  \n ', 'e.json')).toThrow('e.json: is empty');
    expect(() => readImportText('<html><body>hello</body></html>', 'page.html')).toThrow(/^page\.html: is neither a corpus pack nor JSON Lines/);
  });
});
