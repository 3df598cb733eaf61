// Sidebar frame → background → content script: remove the sidebar from the page. Works for a sidebar that
// shows an extraction failure too, and falls back to the frame's own tab once the token has expired.

import { HandlerError } from '../handler-error';
import type { Handler } from '../handle-messages';
import { forwardToTab } from '../forward-to-tab';

export const closeSidebar: Handler<'closeSidebar'> = async ({ token }, { sender, services }) => {
  const tabId = (await services.pages.get(token))?.tabId ?? sender.tab?.id;
  if (tabId === undefined) throw new HandlerError('not-found', `closeSidebar: nothing was prepared under token "${token}" and the sender is not in a tab`);
  return forwardToTab(tabId, 'removeSidebar', {});
};
