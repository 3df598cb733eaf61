// Receives the ContentProtocol messages (highlight, mark, close) — from the extension only — and answers
// each with its declared response.

import { browser, type Browser } from 'wxt/browser';
import type { ContentMessageType, ContentProtocol, ProtocolError, RequestOf, ResponseOf } from '../messaging/protocol';

export type ContentHandlers = {
  [K in ContentMessageType]: (payload: RequestOf<ContentProtocol, K>) => ResponseOf<ContentProtocol, K>;
};

/** The answer to one message, or undefined when it is none of ours (another listener may answer it). */
export function answerContentMessage(message: unknown, handlers: ContentHandlers): unknown {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
  if (typeof payload !== 'object' || payload === null) return protocolError('bad-request', `${type}: no payload`);
  try {
    return (handlers[type as ContentMessageType] as (request: unknown) => unknown)(payload);
  } catch (error) {
    return protocolError('internal', `${type}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Listens until `signal` aborts. Pages cannot reach runtime.onMessage; other extensions are turned away. */
export function listenForContentMessages(handlers: ContentHandlers, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void): void => {
    if (sender.id !== browser.runtime.id) return;
    const answer = answerContentMessage(message, handlers);
    // Every handler is synchronous: answering now needs no `return true` to keep the channel open.
    if (answer !== undefined) sendResponse(answer);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      // An orphaned script (extension reloaded) cannot touch browser.*; its listener is dead anyway.
    }
  }, { once: true });
}

function protocolError(code: ProtocolError['error']['code'], message: string): ProtocolError {
  return { error: { code, message } };
}
