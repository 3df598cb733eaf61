// Sidebar script → background: inject the article script into the sender's frame, where the sidebar waits for
// its article (src/page/read-article.ts).

import { HandlerError } from '../handler-error';
import type { Handler } from '../handle-messages';
import { injectArticleScript } from '../inject-sidebar';

export const readPageArticle: Handler<'readPageArticle'> = async ({ token }, { sender, services }) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new HandlerError('bad-request', 'readPageArticle: the sender is not in a tab');
  const injected = injectArticleScript(tabId, sender.frameId ?? 0);
  // While the page loads the article script and extracts (tens of milliseconds in another process), the
  // worker readies the corpus and loads the meaning data: after a worker start that is most of the wait.
  // Not on the click itself: parsing the meaning data holds the worker's thread for some 200 ms, and this
  // message, which starts the page's part, would wait behind it (seen in a trace of a cold click).
  services.comparisons.warmUp(token);
  await injected;
  return { injected: true };
};
