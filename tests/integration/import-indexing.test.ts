// An import indexes its articles the way the background's comparisons read them (terms with the meaning data's
// keys), so the reader's next click does not first index everything imported. This file loads no meaning data
// itself: the import must (vitest gives each file its own modules, so nothing loaded elsewhere helps it).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createCorpusAdmin } from '../../src/db/admin/corpus-admin';
import type { ImportProgress } from '../../src/db/corpus-admin-api';
import { readTermIndexState } from '../../src/db/term-index-state';
import { CORPUS_FORMAT, CORPUS_VERSION } from '../../src/engine/corpus/pack-format';
import { TERM_FORMAT } from '../../src/engine/match/article-terms';
import { generateCorpus } from '../bench/generate-corpus';
import { deleteFreshDbs, freshDb } from '../helpers/fresh-db';

afterEach(deleteFreshDbs);

describe('an import', () => {
  it('indexes the imported articles with the meaning keys, reporting its progress, before it reports done', async () => {
    const db = freshDb('parallax-import-index');
    const admin = createCorpusAdmin(db);
    const { pack } = generateCorpus({ articles: 120, seed: 5 });
    const text = JSON.stringify({ ...pack, format: CORPUS_FORMAT, version: CORPUS_VERSION });
    const phases: ImportProgress[] = [];
    const result = await admin.applyImport(await admin.planImport('generated.json', text), (p) => phases.push(p));
    expect(result.added).toBe(pack.articles.length);
    const state = await readTermIndexState(db);
    expect(state.format).toBe(TERM_FORMAT);
    expect(state.documents).toBe(pack.articles.length);
    expect(await db.indexedDocs.count()).toBe(pack.articles.length);
    const indexing = phases.filter((p) => p.phase === 'indexing');
    expect(indexing.at(-1)).toMatchObject({ done: pack.articles.length, total: pack.articles.length });
  }, 60_000);
});
