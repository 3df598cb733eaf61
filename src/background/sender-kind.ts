// Who sent a message, decided from the sender the browser reports, never from the payload: the extension's
// own pages ('extension') or a content script beside a web page ('page', the least trusted).

import { browser, type Browser } from 'wxt/browser';
import type { SenderKind } from '../messaging/protocol';

/** scheme://host, also for chrome-extension: URLs (whose URL.origin is "null" outside browsers). */
function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`.toLowerCase();
  } catch {
    return null;
  }
}

/** 'extension' only for a page at our own origin that the browser also reports as ours by id (when it reports
 *  an id at all): anything else, another extension included, is treated as the least trusted sender. */
export function senderKind(sender: Browser.runtime.MessageSender): SenderKind {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return 'page';
  const own = originOf(browser.runtime.getURL('/'));
  const from = sender.url ? originOf(sender.url) : null;
  return own !== null && from === own ? 'extension' : 'page';
}
