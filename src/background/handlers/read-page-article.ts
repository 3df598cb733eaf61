// Sidebar script → background: inject the article script into the sender's frame, where the sidebar waits for
// its article (src/page/read-article.ts).

import { HandlerError } from '../handler-error';
import type { Handler } from '../handle-messages';
import { injectArticleScript } from '../inject-sidebar';

export const readPageArticle: Handler<'readPageArticle'> = async (_payload, { sender }) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new HandlerError('bad-request', 'readPageArticle: the sender is not in a tab');
  await injectArticleScript(tabId, sender.frameId ?? 0);
  return { injected: true };
};
