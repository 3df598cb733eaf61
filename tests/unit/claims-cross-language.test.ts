// An English report's claims aligned with the German reports of the same event (issue 13): a wire-style
// report of the 12 February 2025 call, written for this test (tests/fixtures/claims-gold/english-wire-report.txt),
// aligned with the bundled corpus's event through the meaning layer. Claims of the Trump–Putin call join the
// German outlets' statements of the same fact; claims of the Trump–Selenskyj call stay out of those facts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/article/parse-article';
import { factsOf } from '../../src/engine/compare';
import type { CorpusIndex } from '../../src/engine/match/corpus-index';
import { evaluateEvent, type EventMatch } from '../../src/engine/match/match-event';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';
import type { Coverage, Fact } from '../../src/engine/types';
import { seedCorpus } from '../helpers/seeds';

const REPORT = join(import.meta.dirname, '..', 'fixtures', 'claims-gold', 'english-wire-report.txt');

let corpus: CorpusIndex;
let match: EventMatch;
let facts: Fact[];
let coverage: Coverage;
beforeAll(async () => {
  await loadSentenceSimilarity();
  corpus = await seedCorpus();
  const [title, ...rest] = readFileSync(REPORT, 'utf8').split('\n');
  const article = parseArticle({ title: title ?? '', text: rest.join('\n'), date: '2025-02-12' });
  const event = [...corpus.events.values()].find((e) => e.articleIds.length >= 5)!;
  match = { ...evaluateEvent(article, event, null, 1, corpus), relation: 'same', confidence: 1 };
  ({ facts, coverage } = factsOf(match));
}, 60_000);

/** The fact holding the English claim that matches, and the German outlets' mentions in it. */
function factOf(claim: RegExp): { fact: Fact; german: string[] } {
  const fact = facts.find((f) => f.mentions.some((m) => m.articleId === 'current' && claim.test(m.claim)));
  if (!fact) throw new Error(`no fact holds an English claim matching ${claim}`);
  return { fact, german: fact.mentions.filter((m) => m.articleId !== 'current').map((m) => m.claim) };
}

describe('an English report against the German corpus', () => {
  it('is read in its own language and finds most of its sentences reported by the German outlets', () => {
    expect(match.alignment.articles[0]!.article.language).toBe('en');
    expect(match.alignment.sharedShare).toBeGreaterThanOrEqual(0.6);
  });

  it('aligns the length of the Trump–Putin call with the German reports of it, not with the Selenskyj call', () => {
    const { german } = factOf(/lasted about an hour and a half, the Kremlin said/);
    expect(german.filter((c) => /eineinhalb Stunden/.test(c)).length).toBeGreaterThanOrEqual(2);
    for (const c of german) expect(c).not.toMatch(/Kiew|Selenskyj|Präsidialamt/);
  });

  it('aligns the agreement to begin negotiations immediately with the German statements of it', () => {
    const { german } = factOf(/agreed to begin negotiations immediately/);
    expect(german.filter((c) => /Verhandlungen/.test(c)).length).toBeGreaterThanOrEqual(2);
  });

  it('aligns the invitations with the German reports of them', () => {
    const visits = factOf(/visiting each other's nations|invited each other/);
    expect(visits.german.some((c) => /Nationen des jeweils anderen|gegenseitige/.test(c))).toBe(true);
    const moscow = factOf(/Putin invited Trump to Moscow/);
    expect(moscow.german.filter((c) => /Moskau eingeladen/.test(c)).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the claims about the Trump–Selenskyj call out of the facts of the Trump–Putin call', () => {
    const kremlin = factOf(/the Kremlin said/).fact;
    const kyiv = factOf(/Zelensky's office said that call also lasted/);
    expect(kyiv.fact.id).not.toBe(kremlin.id);
    for (const c of kyiv.german) expect(c).toMatch(/Selenskyj|Kiew|Präsidialamt/);
    const callHeld = factOf(/spoke with Russian President Vladimir Putin/).fact;
    for (const m of callHeld.mentions) expect(m.claim).not.toMatch(/Zelensky|Selenskyj|Selenskij/);
  });
});

describe('coverage across languages', () => {
  it('says "only here" for what no German outlet reports, and never for a fact they report in German', () => {
    const oil = factOf(/Oil prices rose/).fact;
    expect(coverage.onlyHere).toContain(oil.id);
    for (const claim of [/the Kremlin said/, /agreed to begin negotiations/, /Putin invited Trump/]) {
      const { fact } = factOf(claim);
      expect(coverage.onlyHere).not.toContain(fact.id);
      expect(coverage.maybe).not.toContain(fact.id);
    }
  });

  it('says "left out" only when the English report has no weakly similar claim, and "maybe" otherwise', () => {
    expect(coverage.omitted.length + coverage.maybe.length).toBeGreaterThan(0);
    for (const id of coverage.omitted) expect(facts.find((f) => f.id === id)!.maybe.some((m) => m.articleId === 'current')).toBe(false);
    for (const id of coverage.maybe) expect(facts.find((f) => f.id === id)!.maybe.length).toBeGreaterThan(0);
    for (const id of coverage.onlyHere) expect(facts.find((f) => f.id === id)!.maybe).toEqual([]);
  });
});
