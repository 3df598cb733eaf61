// The rules that tell facts apart beyond shared words (issue 12), each on sentences written for it: who an
// exchange is between when another exchange is only talked about, a length against the event it measures,
// an open question against a report, and the meaning layer settling the pairs the words leave open.
import { beforeAll, describe, expect, it } from 'vitest';
import { alignEvent, CURRENT } from '../../src/engine/align/align-event';
import { DEFAULT_ALIGNMENT } from '../../src/engine/align/align-facts';
import { CONFIRMED_SCORE, DENIED_CEILING } from '../../src/engine/align/sentence-similarity';
import { WEAK_LINK } from '../../src/engine/align/weak-mentions';
import { parseArticle } from '../../src/engine/article/parse-article';
import { loadSentenceSimilarity } from '../../src/engine/meaning/similarity';

// Alignment weighs features by rarity among the event's claims and skips those most claims share: each text
// gets sentences on other matters around it, as a real report has.
const FILLER_A = 'Der Haushalt für das kommende Jahr wurde vertagt. Die Feuerwehr erhält ein neues Löschfahrzeug. ' +
  'Im Hafen beginnen die Bauarbeiten an der Kaimauer. Der Wochenmarkt zieht auf den Rathausplatz um.';
const FILLER_B = 'Die Schwimmhalle bleibt wegen Reparaturen geschlossen. Der Radweg am Ufer wird verbreitert. ' +
  'Ein Konzert im Stadtpark lockte viele Besucher an. Die Bibliothek verlängert ihre Öffnungszeiten.';
const article = (text: string, filler: string) => parseArticle({ title: '', text: `${filler}\n\n${text}`, date: '2025-03-03' });

/** The alignment similarity of the claim holding `a` (in the first text) and the claim holding `b`. */
function similarity(first: string, second: string, a: string, b: string): number {
  const alignment = alignEvent(article(first, FILLER_A), [{ id: 'other', article: article(second, FILLER_B) }]);
  const claim = (articleId: string, phrase: string) => {
    const found = alignment.claims.find((c) => c.articleId === articleId && c.claim.text.includes(phrase));
    if (!found) throw new Error(`no claim with "${phrase}"`);
    return found;
  };
  return alignment.similarity(claim(CURRENT, a), claim('other', b));
}

beforeAll(() => loadSentenceSimilarity());

describe('the levels restated in sentence-similarity', () => {
  it('equal the alignment link and the weak link they stand for', () => {
    expect(CONFIRMED_SCORE).toBe(DEFAULT_ALIGNMENT.link);
    expect(DENIED_CEILING).toBe(WEAK_LINK);
  });
});

describe('an exchange talked about is not the exchange reported', () => {
  const before = 'Bürgermeisterin Anna Berger telefonierte am Montag mit Bürgermeister Thomas Huber. ';
  const told = `${before}Anschließend rief sie Minister Ali Kaya an. Berger habe ihm Einzelheiten ihres Telefonats mit Huber mitgeteilt.`;
  const call = 'Anna Berger hat am Montag mitgeteilt, sie habe mit Bürgermeister Thomas Huber telefoniert.';

  it('takes the one told ("ihm") from the sentence before, and not the partner of the call told about', () => {
    const alignment = alignEvent(article(told, FILLER_A), [{ id: 'other', article: article(call, FILLER_B) }]);
    const claim = alignment.claims.find((c) => c.claim.text.includes('Einzelheiten'))!;
    expect([...claim.partners].sort()).toEqual(['berger', 'kaya']);
  });

  it('reads "after her call with Huber, Berger picked up the phone again and informed Kaya" as a call with Kaya', () => {
    const again = `${before}Nach dem Gespräch mit Huber griff Berger erneut zum Telefon und informierte Minister Ali Kaya über den Inhalt.`;
    const alignment = alignEvent(article(again, FILLER_A), [{ id: 'other', article: article(call, FILLER_B) }]);
    const claim = alignment.claims.find((c) => c.claim.text.startsWith('Nach dem Gespräch'))!;
    expect(claim.claim.text).not.toContain('Kaya');
    expect([...claim.partners].sort()).toEqual(['berger', 'kaya']);
  });

  it('scores "told him details of her call with Huber" well below "Berger spoke with Huber"', () => {
    const details = similarity(told, call, 'Einzelheiten ihres Telefonats', 'habe mit Bürgermeister Thomas Huber');
    const same = similarity(before, call, 'telefonierte am Montag', 'habe mit Bürgermeister Thomas Huber');
    expect(same).toBeGreaterThanOrEqual(DEFAULT_ALIGNMENT.link);
    expect(details).toBeLessThan(same / 2);
  });
});

describe('the length of an event is a fact of its own', () => {
  it('links two lengths of the meeting, and not a length with the bare report of the meeting', () => {
    const lengths = similarity(
      'Die Sitzung des Stadtrats dauerte nach Angaben der Verwaltung rund vier Stunden.',
      'Die Sitzung des Stadtrats zog sich über vier Stunden hin.',
      'dauerte', 'zog sich',
    );
    const mixed = similarity(
      'Die Sitzung des Stadtrats dauerte nach Angaben der Verwaltung rund vier Stunden.',
      'Der Stadtrat kam am Abend zu seiner Sitzung zusammen.',
      'dauerte', 'kam am Abend',
    );
    expect(lengths).toBeGreaterThanOrEqual(DEFAULT_ALIGNMENT.link);
    expect(mixed).toBeLessThan(lengths * 0.75);
  });
});

describe('an open question is not a report', () => {
  it('weighs "asked whether he had met Huber" below "he met Huber"', () => {
    const report = 'Bürgermeister Ott hat sich am Dienstag mit Landrat Huber getroffen.';
    const asked = similarity(report, 'Ott ließ offen, ob er sich mit Landrat Huber getroffen habe.', 'getroffen', 'ob er');
    const told = similarity(report, 'Ott sagte, er habe sich mit Landrat Huber getroffen.', 'getroffen', 'er habe');
    expect(asked).toBeLessThan(told * 0.75);
  });
});

describe('a plan is not its deed', () => {
  it('weighs "will inform Kaya" well below "informed Kaya" against "informed Kaya about the call"', () => {
    const deed = 'Berger informierte Minister Ali Kaya anschließend über das Gespräch mit Huber.';
    const plan = similarity(deed, 'Berger kündigte an, Minister Ali Kaya über das Gespräch mit Huber zu informieren.', 'informierte', 'kündigte');
    const done = similarity(deed, 'Berger setzte Minister Ali Kaya über das Gespräch mit Huber in Kenntnis.', 'informierte', 'setzte');
    expect(plan).toBeLessThan(done * 0.6);
  });
});

describe('one clause, two facts: where a statement was made and what was said', () => {
  const both = 'Bürgermeisterin Anna Berger nannte das Treffen mit dem Landrat auf ihrer Plattform Mastodon „offen und sehr konstruktiv“.';
  const where = 'Bürgermeisterin Anna Berger berichtete auf ihrer Plattform Mastodon über das Treffen mit dem Landrat.';
  const what = 'Das Treffen mit dem Landrat sei offen und sehr konstruktiv gewesen, sagte Anna Berger.';

  it('puts the sentence under both facts, each time with the claim that states it', () => {
    const alignment = alignEvent(article(both, FILLER_A), [
      { id: 'where', article: article(where, FILLER_B) },
      { id: 'what', article: article(what, FILLER_B.split('. ').reverse().join('. ')) },
    ]);
    const factWith = (id: string) => alignment.facts.find((f) => f.mentions.some((m) => m.articleId === id && m.text.includes('Landrat')));
    const own = (id: string) => factWith(id)?.mentions.find((m) => m.articleId === CURRENT);
    expect(own('where')).toMatchObject({ claim: { kind: 'channel', text: 'Bürgermeisterin Anna Berger nannte das Treffen mit dem Landrat auf ihrer Plattform Mastodon' } });
    expect(own('what')?.claim.text).toBe(both);
    expect(factWith('where')).not.toBe(factWith('what'));
  });
});
