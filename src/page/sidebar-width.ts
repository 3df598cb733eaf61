// The sidebar's width: its bounds in the current viewport, and the reader's last choice in storage.local.

import { browser } from 'wxt/browser';

export const DEFAULT_WIDTH = 400;
export const MIN_WIDTH = 300;
/** The sidebar never covers more than this share of the viewport (unless MIN_WIDTH needs it). */
export const MAX_VIEWPORT_SHARE = 0.7;
const STORAGE_KEY = 'sidebarWidth';

export interface WidthBounds {
  min: number;
  max: number;
}

export function widthBounds(viewportWidth: number): WidthBounds {
  // On a viewport narrower than MIN_WIDTH / 0.7 the minimum wins: a narrower sidebar is unusable.
  const min = Math.min(MIN_WIDTH, Math.max(0, Math.floor(viewportWidth)));
  return { min, max: Math.max(min, Math.floor(viewportWidth * MAX_VIEWPORT_SHARE)) };
}

export function clampWidth(width: number, bounds: WidthBounds): number {
  const wanted = Number.isFinite(width) ? width : DEFAULT_WIDTH;
  return Math.round(Math.min(bounds.max, Math.max(bounds.min, wanted)));
}

/** The width the reader chose last, or the default. */
export async function loadPreferredWidth(): Promise<number> {
  const stored: unknown = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  return typeof stored === 'number' && Number.isFinite(stored) && stored > 0 ? stored : DEFAULT_WIDTH;
}

export async function savePreferredWidth(width: number): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: width });
}
