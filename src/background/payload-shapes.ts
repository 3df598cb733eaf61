// The background's check of a message before its handler runs: is its type one of ours, and does its payload
// have the shape the message's entry declares (src/messaging/messages.ts). A problem names the field:
// `"article.text" is not a non-empty string` (the listener puts the message type in front).

import { BACKGROUND_MESSAGES, type BackgroundMessageType } from '../messaging/messages';

export function isMessageType(type: unknown): type is BackgroundMessageType {
  return typeof type === 'string' && Object.hasOwn(BACKGROUND_MESSAGES, type);
}

/** The payload's first problem, or null when it has the declared shape. */
export function payloadProblem(type: BackgroundMessageType, payload: unknown): string | null {
  return BACKGROUND_MESSAGES[type].payload.check(payload, '');
}
