// Typed senders for the protocol: the only place that calls runtime.sendMessage / tabs.sendMessage.

import { browser } from 'wxt/browser';
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

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  type: K,
  payload: RequestOf<BackgroundProtocol, K>,
): Promise<ResponseOf<BackgroundProtocol, K>> {
  return unwrap(await browser.runtime.sendMessage({ type, payload }));
}

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  payload: RequestOf<ContentProtocol, K>,
  frameId = 0,
): Promise<ResponseOf<ContentProtocol, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, { type, payload }, { frameId }));
}
