// Typed senders for the protocol: the only place that calls runtime.sendMessage / tabs.sendMessage.

import { browser } from 'wxt/browser';
import { BACKGROUND_MESSAGES } from './messages';
import {
  isProtocolError,
  type BackgroundProtocol,
  type ContentProtocol,
  type ProtocolError,
  type RequestOf,
  type ResponseOf,
} from './protocol';

export class ProtocolCallError extends Error {
  constructor(readonly code: ProtocolError['error']['code'], message: string) {
    super(message);
    this.name = 'ProtocolCallError';
  }
}

function unwrap<T>(answer: unknown): T {
  if (isProtocolError(answer)) throw new ProtocolCallError(answer.error.code, answer.error.message);
  if (answer === undefined) throw new ProtocolCallError('internal', 'the background did not answer');
  return answer as T;
}

/** Chrome's words when the MV3 worker stopped (idle, memory) with the message unanswered, or before its listener
 *  was back: the request was lost with the worker, not refused by it. */
const LOST_WITH_WORKER = /message channel closed before a response|message port closed before a response|Receiving end does not exist/i;

/** A stop can land on the resent message too (a second idle stop); more than that is not a lost race. */
const MAX_RESENDS = 2;

export function lostWithWorker(error: unknown): boolean {
  return LOST_WITH_WORKER.test(error instanceof Error ? error.message : String(error));
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  // Sending again starts a fresh worker, which answers from storage.session and IndexedDB. Only messages
  // declared `resendable` (./messages.ts) are sent again: their second delivery does nothing the first did not.
  for (let resends = 0; ; resends++) {
    try {
      return unwrap(await browser.runtime.sendMessage({ type, payload }));
    } catch (error) {
      if (resends >= MAX_RESENDS || !BACKGROUND_MESSAGES[type].resendable || !lostWithWorker(error)) throw error;
    }
  }
}

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
  frameId = 0,
): Promise<ResponseOf<ContentProtocol, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId }));
}
