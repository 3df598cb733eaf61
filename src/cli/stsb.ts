// Reads the STS benchmark files in ../shared/eval/stsb-multi-mt/ (third-party evaluation data, used where it
// lies and never copied into the product): CSV without header, "sentence1,sentence2,score", quoted fields.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StsPair {
  a: string;
  b: string;
  /** Gold similarity 0–5. */
  score: number;
}

export const STSB_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'stsb-multi-mt');

function parseCsvLine(line: string, where: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error(`${where}: unterminated quote`);
  fields.push(field);
  return fields;
}

export function readStsb(language: 'de' | 'en', split: 'train' | 'dev'): StsPair[] {
  const file = join(STSB_DIR, `stsb-${language}-${split}.csv`);
  const text = readFileSync(file, 'utf8');
  return text.split(/\r?\n/).filter((l) => l.length > 0).map((line, i) => {
    const fields = parseCsvLine(line, `${file}:${i + 1}`);
    const score = Number(fields[2]);
    if (fields.length !== 3 || !Number.isFinite(score)) throw new Error(`${file}:${i + 1}: expected "sentence1,sentence2,score", got ${fields.length} fields`);
    return { a: fields[0]!, b: fields[1]!, score };
  });
}

export interface LabelledPair extends StsPair {
  languageA: 'de' | 'en';
  languageB: 'de' | 'en';
}

/** German, English and both cross-lingual combinations of a split (the files are row-parallel). */
export function stsbAllPairings(split: 'train' | 'dev'): LabelledPair[] {
  const de = readStsb('de', split);
  const en = readStsb('en', split);
  if (de.length !== en.length) throw new Error(`stsb ${split}: German has ${de.length} rows, English ${en.length}; the files must be row-parallel`);
  const out: LabelledPair[] = [];
  de.forEach((d, i) => {
    const e = en[i]!;
    out.push({ ...d, languageA: 'de', languageB: 'de' });
    out.push({ ...e, languageA: 'en', languageB: 'en' });
    out.push({ a: d.a, b: e.b, score: d.score, languageA: 'de', languageB: 'en' });
    out.push({ a: e.a, b: d.b, score: d.score, languageA: 'en', languageB: 'de' });
  });
  return out;
}
