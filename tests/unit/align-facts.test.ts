import { describe, expect, it } from 'vitest';
import { CURRENT, alignEvent } from '../../src/engine/align/align-event';
import { parseArticle, type ParsedArticle } from '../../src/engine/article/parse-article';
import { SEED_FILES, seedText } from '../helpers/seeds';

// Gold pairs read off the seeds by hand: sentences (by seed and a phrase in them) that report one fact.
const prefixes = SEED_FILES.map((f) => f.slice(0, 3));
const articles = new Map<string, ParsedArticle>(prefixes.map((p) => [p, parseArticle({ title: '', text: seedText(p), date: '2025-02-12' })]));
const [first, ...rest] = prefixes;
const alignment = alignEvent(articles.get(first!)!, rest.map((p) => ({ id: p, article: articles.get(p)! })));

// A sentence may state several facts (one per claim): the fact is the one whose claim holds the phrase.
function factOf(seed: string, phrase: string) {
  const articleId = seed === first ? CURRENT : seed;
  const index = articles.get(seed)!.sentences.findIndex((s) => s.text.includes(phrase));
  if (index < 0) throw new Error(`gold phrase not in seed ${seed}: ${phrase}`);
  const at = articles.get(seed)!.sentences[index]!.text.indexOf(phrase);
  return alignment.facts.find((f) => f.mentions.some((m) => m.articleId === articleId && m.index === index && m.claim.start <= at && at < m.claim.end));
}

function expectSameFact(a: [string, string], b: [string, string]) {
  expect(factOf(...a), `${a[1]} ~ ${b[1]}`).toBe(factOf(...b));
}

describe('alignEvent on the five seeds', () => {
  it('aligns paraphrases of one fact across outlets', () => {
    // 000 states the agreement twice (its lead and "Es sollten sofort …"); one mention per article per fact.
    expect([factOf('000', 'vereinbarte sofortige Verhandlungen'), factOf('000', 'Es sollten sofort Verhandlungen beginnen')])
      .toContain(factOf('003', 'Verhandlungsteams sollten sofort'));
    expectSameFact(['001', 'Laut russischen Angaben dauerte'], ['003', 'nach Angaben des Kreml eineinhalb']);
    expectSameFact(['002', 'eineinhalb Stunden dauerte'], ['003', 'nach Angaben des Kreml eineinhalb']);
    expectSameFact(['000', 'Präsidialamt in Kiew'], ['003', 'Gespräch von Trump und Selenskyj']);
    expectSameFact(['000', 'habe ein „langes und sehr produktives“'], ['004', 'laut Trump „lang und sehr produktiv“']);
    expectSameFact(['000', 'Nachrichtenagentur Tass berichtet'], ['004', 'Einladung nach Moskau']);
    expectSameFact(['001', 'Der Kreml bestätigte das Telefonat'], ['004', 'Der Kreml bestätigte das Gespräch']);
    expectSameFact(['000', 'Einzelheiten seines Telefonats'], ['001', 'Details seines Austauschs']);
    expectSameFact(['000', 'Nato-Mitgliedschaft der Ukraine sei unrealistisch'], ['002', 'skeptisch zu einer möglichen NATO-Mitgliedschaft']);
    expectSameFact(['000', 'Es sollten sofort Verhandlungen beginnen'], ['004', 'Dringend sollen Friedensverhandlungen']);
  });

  it('keeps the length of the Trump–Putin call apart from the length of the Trump–Selenskyj call', () => {
    const putinCall = factOf('003', 'nach Angaben des Kreml eineinhalb');
    const selenskyjCall = factOf('003', 'Gespräch von Trump und Selenskyj');
    expect(putinCall).toBeDefined();
    expect(putinCall).not.toBe(selenskyjCall);
    expect(factOf('000', 'Präsidialamt in Kiew')).not.toBe(putinCall);
    expect(factOf('001', 'Laut russischen Angaben dauerte')).not.toBe(selenskyjCall);
  });

  it('never puts two sentences of one article into one fact', () => {
    for (const fact of alignment.facts) {
      const ids = fact.mentions.map((m) => m.articleId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('records who each outlet attributes a fact to', () => {
    const fact = factOf('003', 'nach Angaben des Kreml eineinhalb')!;
    const attributions = fact.mentions.map((m) => m.attribution);
    expect(attributions).toEqual(expect.arrayContaining(['nach Angaben des Kreml', 'Laut russischen Angaben']));
    const kyiv = factOf('000', 'Präsidialamt in Kiew')!;
    expect(kyiv.mentions.find((m) => m.articleId === CURRENT)!.attribution).toBe('teilt das Präsidialamt in Kiew mit');
  });
});
