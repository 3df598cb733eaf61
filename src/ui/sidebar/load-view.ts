// What the sidebar shows for a token: asks the background for the comparison and turns every answer,
// including every failure, into a view with words (never a blank panel).

import type { ComparisonResult, ProtocolErrorCode } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { errorCodeOf } from './view-model';

export type ReadyResult = Extract<ComparisonResult, { state: 'ready' }>;

export type SidebarView =
  | { kind: 'loading' }
  | { kind: 'ready'; result: ReadyResult }
  | { kind: 'extraction-failed'; message: string }
  | { kind: 'error'; code: ProtocolErrorCode | 'no-token' };

export async function loadView(token: string | null): Promise<SidebarView> {
  if (!token) return { kind: 'error', code: 'no-token' };
  try {
    const result = await sendToBackground('getComparison', { token });
    if (result.state === 'extraction-failed') return { kind: 'extraction-failed', message: result.message };
    return { kind: 'ready', result };
  } catch (error) {
    return { kind: 'error', code: errorCodeOf(error) };
  }
}
