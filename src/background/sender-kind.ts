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

export function senderKind(sender: Browser.runtime.MessageSender): SenderKind {
  const own = originOf(browser.runtime.getURL('/'));
  const from = sender.url ? originOf(sender.url) : null;
  return own !== null && from === own ? 'extension' : 'page';
}
