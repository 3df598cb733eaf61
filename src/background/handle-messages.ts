// The one runtime.onMessage listener: checks the sender, then the payload, then runs the message's handler.
// It never throws: every failure is answered as `{ error: { code, message } }` (codes of protocol.ts).

import type { Browser } from 'wxt/browser';
import {
  PAGE_ALLOWED,
  type BackgroundMessageType,
  type BackgroundProtocol,
  type ProtocolError,
  type RequestOf,
  type ResponseOf,
  type SenderKind,
} from '../messaging/protocol';
import type { BackgroundServices } from './services';
import { protocolError, toProtocolError } from './handler-error';
import { isMessageType, payloadProblem } from './payload-shapes';
import { senderKind } from './sender-kind';

export interface HandlerContext {
  sender: Browser.runtime.MessageSender;
  kind: SenderKind;
  services: BackgroundServices;
}

export type Handler<K extends BackgroundMessageType> = (
  payload: RequestOf<BackgroundProtocol, K>,
  context: HandlerContext,
) => Promise<ResponseOf<BackgroundProtocol, K>>;

export type HandlerMap = { [K in BackgroundMessageType]: Handler<K> };

type Answer = ResponseOf<BackgroundProtocol, BackgroundMessageType> | ProtocolError;

export async function dispatchMessage(handlers: HandlerMap, services: BackgroundServices, message: unknown, sender: Browser.runtime.MessageSender): Promise<Answer> {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  // Not String(type): a message is any JSON, and `{ "toString": 1 }` has no primitive value (String throws).
  const label = typeof type === 'string' ? type.slice(0, 60) : `(a type that is ${type === null ? 'null' : typeof type}, not a string)`;
  const kind = senderKind(sender);
  // The sender first: a page-side script learns nothing about privileged messages, not even their shape.
  if (kind === 'page' && !(isMessageType(type) && PAGE_ALLOWED.has(type))) {
    return protocolError('not-allowed', `${label}: only the extension's own pages may send this message`);
  }
  if (!isMessageType(type)) return protocolError('bad-request', typeof type === 'string' ? `unknown message type ${JSON.stringify(label)}` : `the message type ${label}`);
  const payload = (message as { payload?: unknown }).payload;
  const problem = payloadProblem(type, payload);
  if (problem) return protocolError('bad-request', `${type}: ${problem}`);
  try {
    const handler = handlers[type] as Handler<typeof type>;
    return await handler(payload as RequestOf<BackgroundProtocol, typeof type>, { sender, kind, services });
  } catch (error) {
    return toProtocolError(type, error);
  }
}

/** The listener for runtime.onMessage: answers through sendResponse, which every browser supports. */
export function handleMessages(handlers: HandlerMap, services: BackgroundServices) {
  return (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void): true => {
    dispatchMessage(handlers, services, message, sender).then(sendResponse, (error: unknown) => sendResponse(toProtocolError('message', error)));
    return true;
  };
}
