// Content script → background: keep the extracted article under its token and start comparing it, so the
// comparison is ready (or nearly) when the sidebar frame asks.

import { HandlerError } from '../handler-error';
import type { Handler } from '../handle-messages';
import type { BackgroundServices } from '../services';

/** The tab a page-side sender writes for; a token already used by another tab is not its to overwrite. */
export async function claimToken(services: BackgroundServices, type: string, token: string, tabId: number | undefined): Promise<number> {
  if (tabId === undefined) throw new HandlerError('bad-request', `${type}: the sender is not in a tab`);
  const existing = await services.pages.get(token);
  if (existing && existing.tabId !== tabId) throw new HandlerError('not-allowed', `${type}: token "${token}" belongs to another tab`);
  return tabId;
}

export const prepareComparison: Handler<'prepareComparison'> = async ({ token, article }, { sender, services }) => {
  const tabId = await claimToken(services, 'prepareComparison', token, sender.tab?.id);
  // Started before the article is stored: the comparison needs only the article, and storing it is a round
  // trip to session storage. Failures are answered to getComparison, which awaits the same computation.
  services.comparisons.factsOf(token, article).catch(() => undefined);
  await services.pages.put(token, tabId, { article });
  return { token };
};
