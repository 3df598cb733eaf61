// Whether this content script still belongs to a running extension. When the extension is reloaded or
// updated, scripts already in pages stay behind, orphaned: runtime.id is gone and every browser.* call throws
// "Extension context invalidated".

import { browser } from 'wxt/browser';

export function isExtensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

export function isContextInvalidated(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return !isExtensionAlive() || /extension context invalidated/i.test(message);
}
