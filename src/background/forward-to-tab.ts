// Sends a message on to the content script in the page's tab; a tab that closed or navigated away says so.

import { sendToTab } from '../messaging/send';
import type { ContentProtocol, RequestOf, ResponseOf } from '../messaging/protocol';
import { HandlerError } from './handler-error';

export async function forwardToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
): Promise<ResponseOf<ContentProtocol, K>> {
  try {
    return await sendToTab(tabId, type, payload);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new HandlerError('not-found', `${type}: the page in tab ${tabId} no longer has the Parallax script (${detail})`);
  }
}
