// The prepared page a sidebar message names by its token, or an answer that says why there is none.

import type { BackgroundServices } from './services';
import { HandlerError } from './handler-error';
import type { PreparedPage } from './prepared-pages';
import type { PageArticle } from '../messaging/protocol';

export async function preparedPage(services: BackgroundServices, type: string, token: string): Promise<PreparedPage> {
  const page = await services.pages.get(token);
  if (!page) throw new HandlerError('not-found', `${type}: nothing was prepared under token "${token}" (expired, or the page never sent it)`);
  return page;
}

export async function preparedArticle(services: BackgroundServices, type: string, token: string): Promise<PreparedPage & { article: PageArticle }> {
  const page = await preparedPage(services, type, token);
  if (!('article' in page)) throw new HandlerError('not-found', `${type}: no article was extracted under token "${token}": ${page.failure.message}`);
  return page;
}
