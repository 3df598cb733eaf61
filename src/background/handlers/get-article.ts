// Sidebar frame → background: one stored article's text for the reader view, so that an outlet's sentence
// can be read in its context. Reads the corpus only.

import { guardDb } from '../../db/corpus-db-error';
import type { Handler } from '../handle-messages';

export const getArticle: Handler<'getArticle'> = async ({ articleId }, { services }) => {
  const db = services.corpus.database();
  const row = await guardDb(`read article "${articleId.slice(0, 80)}"`, () => db.articles.get(articleId));
  if (!row) return { article: null };
  return {
    article: { id: row.id, title: row.title, text: row.text, url: row.url, outlet: row.outlet, date: row.date, dateNote: row.dateNote ?? null, language: row.language },
  };
};
