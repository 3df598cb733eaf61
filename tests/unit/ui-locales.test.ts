// The sidebar's catalogues: English and German have the same messages with the same placeholders, every
// placeholder a message uses is declared, and the manifest's name and description are there.
import { describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';

type Entry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
const catalogues = { en, de } as unknown as Record<'en' | 'de', Record<string, Entry>>;

const used = (message: string) => [...message.matchAll(/\$([a-z0-9_]+)\$/gi)].map((m) => m[1]!.toLowerCase()).sort();

describe('locale catalogues', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(catalogues.de).sort()).toEqual(Object.keys(catalogues.en).sort());
  });

  it('have the extension name and description for the manifest', () => {
    for (const lang of ['en', 'de'] as const) {
      expect(catalogues[lang].extName!.message).toBe('Parallax');
      expect(catalogues[lang].extDescription!.message.length).toBeGreaterThan(20);
      expect(catalogues[lang].uiLang!.message).toBe(lang);
    }
  });

  it('name every message with letters, digits and underscores only, and leave none empty', () => {
    for (const lang of ['en', 'de'] as const) {
      for (const [key, entry] of Object.entries(catalogues[lang])) {
        expect(key, `${lang} ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), `${lang} ${key}`).not.toBe('');
        expect(entry.description, `${lang} ${key}`).toBeTruthy();
      }
    }
  });

  it('declare every placeholder they use, as $1…$n in the same order in both languages', () => {
    for (const [key, entry] of Object.entries(catalogues.en)) {
      const german = catalogues.de[key]!;
      const declared = Object.keys(entry.placeholders ?? {}).sort();
      expect(used(entry.message), `en ${key}`).toEqual([...new Set(used(entry.message))]);
      expect(used(entry.message), `en ${key}`).toEqual(declared);
      expect(used(german.message), `de ${key}`).toEqual(declared);
      expect(german.placeholders ?? {}, `de ${key}`).toEqual(
        Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name, expect.objectContaining({ content: p.content })])),
      );
      Object.values(entry.placeholders ?? {}).forEach((p, i) => expect(p.content, `${key}`).toBe(`$${i + 1}`));
    }
  });
});
