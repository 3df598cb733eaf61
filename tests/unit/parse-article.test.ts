import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/engine/article/parse-article';
import { articleBlocks } from '../../src/engine/text/article-blocks';
import { detectLanguage } from '../../src/engine/text/language';
import { SEED_FILES, seedText } from '../helpers/seeds';

describe('articleBlocks: page furniture never becomes reporting', () => {
  const kinds = (text: string) => articleBlocks(text).map((b) => [b.kind, b.text]);

  it('recognises metadata, credits, teasers and ad markers', () => {
    const text = [
      ' date 2025-02 Anzeige',
      'example.com',
      'news/AGENCY/Montag, 03.03.25, 14:05:00',
      'AGENCY/AGENCY/PHOTO AGENCY/JANE DOE',
      'Mehr zum Thema – Ein anderer Artikel über etwas',
      'Read more: Another story',
      'Foto: Jane Doe',
      'Anzeige',
      'Ein ganz normaler Satz, der berichtet, was geschah.',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['meta', 'date 2025-02 Anzeige'],
      ['meta', 'example.com'],
      ['meta', 'news/AGENCY/Montag, 03.03.25, 14:05:00'],
      ['credit', 'AGENCY/AGENCY/PHOTO AGENCY/JANE DOE'],
      ['teaser', 'Mehr zum Thema – Ein anderer Artikel über etwas'],
      ['teaser', 'Read more: Another story'],
      ['credit', 'Foto: Jane Doe'],
      ['advert', 'Anzeige'],
      ['body', 'Ein ganz normaler Satz, der berichtet, was geschah.'],
    ]);
  });

  it('strips a dateline and a closing author tag, keeping them as evidence', () => {
    const [block] = articleBlocks('BERLIN/PARIS. Die Minister trafen sich am Abend. Sie berieten lange. (ab)');
    expect(block!.text).toBe('Die Minister trafen sich am Abend. Sie berieten lange.');
    expect(block!.stripped).toEqual(['BERLIN/PARIS.', '(ab)']);
  });

  it('treats a short line without final punctuation as a heading', () => {
    expect(kinds('Minister fordern mehr Geld für Schulen\nDie Landesregierung will nachlegen und hat dazu einen Plan.')[0]).toEqual([
      'heading', 'Minister fordern mehr Geld für Schulen',
    ]);
  });
});

describe('parseArticle on the seeds', () => {
  it.each(SEED_FILES)('%s: no noise line becomes a sentence', (file) => {
    const article = parseArticle({ title: '', text: seedText(file.slice(0, 3)) });
    expect(article.language).toBe('de');
    expect(article.sentences.length).toBeGreaterThan(10);
    for (const s of article.sentences) {
      expect(s.text).not.toMatch(/^(date |Anzeige|Mehr zum Thema|apa\.at|news\/)/);
      expect(s.text).not.toMatch(/GETTY IMAGES|\(rr\)$|^WASHINGTON/);
    }
  });

  it('takes a heading above the first paragraph as the title, not a later subhead', () => {
    expect(parseArticle({ title: '', text: seedText('003') }).title).toMatch(/^Trump: Mit Putin/);
    const withSubhead = parseArticle({ title: '', text: seedText('001') });
    expect(withSubhead.headings.length).toBe(2);
    expect(withSubhead.title).toBe(withSubhead.sentences[0]!.text);
  });

  it('gives the same fingerprint to the same text with other spacing and quote marks', () => {
    const a = parseArticle({ title: 'x', text: 'Er sagte „Ja“.\n\nDann ging er.' });
    const b = parseArticle({ title: 'y', text: '  Er sagte "Ja".  Dann   ging er. ' });
    const c = parseArticle({ title: 'x', text: 'Er sagte „Nein“. Dann ging er.' });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(c.fingerprint);
  });

  it('keeps hostile markup as literal text', () => {
    const article = parseArticle({ title: '<img src=x onerror=alert(1)>', text: 'Der Text enthält <script>alert(1)</script> als Zeichen. Danach folgt ein zweiter Satz über </style> und javascript:void(0).' });
    expect(article.title).toBe('<img src=x onerror=alert(1)>');
    expect(article.sentences[0]!.text).toContain('<script>alert(1)</script>');
  });

  it('survives empty, whitespace-only and letter-free input', () => {
    expect(parseArticle({ title: '', text: '' }).sentences).toEqual([]);
    expect(parseArticle({ title: '', text: ' \n\t \n' }).sentences).toEqual([]);
    expect(parseArticle({ title: '', text: '12345 678 !!! ??? ---' }).sentences).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it('tells German, English and French apart and admits what it does not know', () => {
    expect(detectLanguage('Der Präsident hat mit dem Kanzler über die Lage gesprochen, und das ist nicht neu.')).toBe('de');
    expect(detectLanguage('The president said that the talks with the chancellor were productive and it was good.')).toBe('en');
    expect(detectLanguage("Le président a dit que les discussions avec le chancelier ont été utiles pour la paix.")).toBe('fr');
    expect(detectLanguage('Президент заявил, что переговоры были полезными.')).toBe('und');
  });
});
