// Content script → background: no article on this page; the sidebar shows the reason instead.

import type { Handler } from '../handle-messages';
import { claimToken } from './prepare-comparison';

export const reportExtractionFailure: Handler<'reportExtractionFailure'> = async ({ token, message, url }, { sender, services }) => {
  const tabId = await claimToken(services, 'reportExtractionFailure', token, sender.tab?.id);
  await services.pages.put(token, tabId, { failure: { message, url } });
  return { token };
};
