// Keeping a click's page in the corpus, for "Add this article" and "Keep what I read" alike: placed with the
// click's own query and corpus slice (the page is not parsed and searched a second time), and left where it is
// when the corpus already holds it.

import type { ArticleOrigin } from '../engine';
import type { PageArticle } from '../messaging/protocol';
import type { BackgroundServices } from './services';
import { heldArticle, placementFor, userArticleFrom } from './user-article';

export type KeptPage = { held: boolean; articleId: string; eventId: string };

export async function keepPage(services: BackgroundServices, token: string, page: PageArticle, origin: ArticleOrigin): Promise<KeptPage> {
  const { query, corpus } = await services.comparisons.preparedOf(token, page);
  const index = corpus.index;
  const article = { ...userArticleFrom(page, query.parsed), origin };
  const held = heldArticle(article, query.parsed, index);
  const heldEvent = held ? index.eventOf(held) : undefined;
  if (held && heldEvent) return { held: true, articleId: held, eventId: heldEvent.id };
  const eventId = await services.corpus.add(article, placementFor(article, query, index));
  return { held: false, articleId: article.id, eventId };
}
