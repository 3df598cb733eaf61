// The toolbar button's API: `action` in MV3 (Chrome), `browserAction` in the Firefox build, which WXT makes as
// MV2 and where `browser.action` does not exist (the background would fail on its first line).

import { browser } from 'wxt/browser';

export function toolbarAction(): typeof browser.action {
  return browser.action ?? (browser.browserAction as unknown as typeof browser.action);
}
