// What alignment will need from the meaning layer for English reports: each sentence of an English report of the
// seed event finds, among all sentences of the five German seed reports, one that states the same fact.
// The English sentences are the project's own fixture (tests/fixtures/articles/english-same-call.txt).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseSentence, loadSentenceSimilarity, meaningSimilarity } from '../../src/engine/meaning/similarity';
import { splitSentences } from '../../src/engine/text/sentences';
import { SEED_FILES, seedText } from '../helpers/seeds';

const english = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'articles', 'english-same-call.txt'), 'utf8');

function sentencesOf(text: string, language: string): string[] {
  return text.split(/\n\s*\n/).flatMap((p) => splitSentences(p.trim(), language).map((s) => s.text)).filter((s) => s.length > 20);
}

let german: string[] = [];
beforeAll(async () => {
  await loadSentenceSimilarity();
  german = SEED_FILES.flatMap((f) => sentencesOf(seedText(f.slice(0, 3)), 'de'));
}, 120_000);

function bestGerman(sentence: string): { text: string; score: number } {
  const a = analyseSentence(sentence, 'en');
  let best = { text: '', score: -1 };
  for (const g of german) {
    const score = meaningSimilarity(a, analyseSentence(g, 'de'));
    if (score > best.score) best = { text: g, score };
  }
  return best;
}

function englishSentence(containing: string): string {
  const found = sentencesOf(english, 'en').find((s) => s.includes(containing));
  if (!found) throw new Error(`fixture has no sentence containing "${containing}"`);
  return found;
}

describe('English report against the German seeds', () => {
  it.each([
    ['the call lasted about an hour and a half', 'lasted about an hour and a half', /eineinhalb Stunden|90 Minuten/],
    ['Putin invited Trump to Moscow', 'invited Trump to visit Moscow', /Moskau eingeladen|nach Moskau/],
    // "Zelensky" and "Selenskyj": a name no lexicon knows, matched by its sound code.
    ['Trump spoke with Zelensky', 'spoke with Ukrainian President Volodymyr Zelensky', /Selenskyj/],
  ])('finds the German sentence saying %s', (_fact, containing, germanPattern) => {
    const best = bestGerman(englishSentence(containing));
    expect(best.text).toMatch(germanPattern);
  });

  it('scores the matching German sentence far above a sentence about something else', () => {
    const sentence = englishSentence('invited Trump to visit Moscow');
    const best = bestGerman(sentence);
    const unrelated = meaningSimilarity(analyseSentence(sentence, 'en'), analyseSentence('Die Bahn streikt am Montag im ganzen Land.', 'de'));
    expect(best.score).toBeGreaterThan(unrelated + 0.2);
  });
});
