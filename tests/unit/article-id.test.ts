import { describe, expect, it } from 'vitest';
import { articleIdFor, currentIdFor, textHashFor } from '../../src/engine/corpus/article-id';
import { extendPack, emptyPack } from '../../src/engine/corpus/harvest/extend-pack';
import { CORPUS_FORMAT, CORPUS_VERSION, parseCorpusPack } from '../../src/engine/corpus/pack-format';
import type { CorpusArticle } from '../../src/engine/types';

const TEXT = 'Die Stadt baut eine neue Brücke über den Fluss. Sie soll 2027 fertig sein und 4,1 Millionen Euro kosten.';
const REWORDED = 'Über den Fluss entsteht eine neue Brücke. Die Stadt rechnet mit Kosten von 4,1 Millionen Euro.';

function article(text: string, outlet: string | null, url: string | null, id = articleIdFor(text, { outlet, url })): CorpusArticle {
  return { id, title: 'Brücke', text, url, outlet: { name: outlet, known: outlet ? 'stated' : 'unknown', evidence: [] }, date: '2025-03-01', language: 'de', origin: 'imported' };
}

describe('article ids', () => {
  it('tell two outlets printing the same text apart, and keep the text hash equal', () => {
    const a = articleIdFor(TEXT, { outlet: 'Tagblatt', url: 'https://tagblatt.example/bruecke' });
    const b = articleIdFor(TEXT, { outlet: 'Kurier', url: 'https://kurier.example/bruecke' });
    expect(a).not.toBe(b);
    expect(articleIdFor(TEXT, { outlet: 'Tagblatt', url: null })).not.toBe(articleIdFor(TEXT, { outlet: 'Kurier', url: null }));
    expect(articleIdFor(TEXT, { outlet: null, url: 'https://a.example/x' })).not.toBe(articleIdFor(TEXT, { outlet: null, url: 'https://b.example/x' }));
    expect(textHashFor(TEXT)).toBe(textHashFor(`  ${TEXT.replace(/\./g, ' .')}`));
  });

  it('ignore case, spacing, fragments and tracking parameters, but not the text', () => {
    const id = articleIdFor(TEXT, { outlet: 'Tagblatt', url: 'https://tagblatt.example/bruecke' });
    expect(articleIdFor(TEXT.toUpperCase(), { outlet: ' tagblatt ', url: 'https://TAGBLATT.example/bruecke/?utm_source=x#top' })).toBe(id);
    expect(articleIdFor(REWORDED, { outlet: 'Tagblatt', url: 'https://tagblatt.example/bruecke' })).not.toBe(id);
  });

  it('are the text hash when neither outlet nor address is known', () => {
    expect(articleIdFor(TEXT)).toBe(textHashFor(TEXT));
    expect(articleIdFor(TEXT, { outlet: '  ', url: null })).toBe(textHashFor(TEXT));
  });

  it('re-derive a former text-hash id by the present rule and keep an id an importer chose', () => {
    const former = article(TEXT, 'Tagblatt', 'https://tagblatt.example/bruecke', textHashFor(TEXT));
    expect(currentIdFor(former)).toBe(articleIdFor(TEXT, { outlet: 'Tagblatt', url: 'https://tagblatt.example/bruecke' }));
    expect(currentIdFor({ ...former, id: 'my-own-id' })).toBe('my-own-id');
    expect(currentIdFor(article(TEXT, null, null, textHashFor(TEXT)))).toBe(textHashFor(TEXT));
  });
});

describe('a version 1 pack', () => {
  it('is read with its text-hash ids re-derived, in the articles and the events alike', () => {
    const a = article(TEXT, 'Tagblatt', 'https://tagblatt.example/bruecke', textHashFor(TEXT));
    const b = article(REWORDED, 'Kurier', null, 'chosen-by-importer');
    const v1 = { format: CORPUS_FORMAT, version: 1, articles: [a, b], events: [{ id: 'e-1', title: 'Brücke', date: null, articleIds: [a.id, b.id] }] };
    const pack = parseCorpusPack(JSON.parse(JSON.stringify(v1)), 'old.json');
    const newA = articleIdFor(TEXT, { outlet: 'Tagblatt', url: 'https://tagblatt.example/bruecke' });
    expect(pack.version).toBe(CORPUS_VERSION);
    expect(pack.articles.map((x) => x.id)).toEqual([newA, 'chosen-by-importer']);
    expect(pack.events[0]!.articleIds).toEqual([newA, 'chosen-by-importer']);
  });

  it('keeps its ids as they are once it is version 2', () => {
    const a = article(TEXT, 'Tagblatt', null, textHashFor(TEXT));
    const pack = parseCorpusPack({ format: CORPUS_FORMAT, version: 2, articles: [a], events: [] }, 'new.json');
    expect(pack.articles[0]!.id).toBe(textHashFor(TEXT));
  });
});

describe('extending a pack', () => {
  it('adds another outlet\'s word-for-word reprint as an article of its own, and holds the same outlet\'s copy', () => {
    const original = article(TEXT, 'Tagblatt', 'https://tagblatt.example/bruecke');
    const start = extendPack(emptyPack(), [original]).pack;
    const reprint = article(TEXT, 'Kurier', 'https://kurier.example/bruecke');
    const sameOutletElsewhere = article(TEXT, 'Tagblatt', 'https://tagblatt.example/amp/bruecke');
    const result = extendPack(start, [reprint, sameOutletElsewhere]);
    expect(result.added.map((x) => x.id)).toEqual([reprint.id]);
    expect(result.alreadyHeld.map((x) => x.id)).toEqual([sameOutletElsewhere.id]);
    expect(result.pack.articles).toHaveLength(2);
  });
});
