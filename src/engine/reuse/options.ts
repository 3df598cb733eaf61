// Defaults for the reuse options, and checks that name the culprit.

import type { ReuseOptions } from './types';
import type { RunOptions } from './token-runs';

export const DEFAULT_REUSE_OPTIONS: Readonly<RunOptions> = { minTokens: 8, maxGap: 2, maxOccurrences: 16 };

export function resolveReuseOptions(caller: string, options: ReuseOptions = {}): RunOptions {
  const resolved = { ...DEFAULT_REUSE_OPTIONS, ...options };
  const checks: [keyof RunOptions, number][] = [['minTokens', 1], ['maxGap', 0], ['maxOccurrences', 1]];
  for (const [name, least] of checks) {
    const value = resolved[name];
    if (!Number.isInteger(value) || value < least) {
      throw new Error(`${caller}: option ${name} must be an integer ≥ ${least}, got ${String(value)}`);
    }
  }
  return resolved;
}
