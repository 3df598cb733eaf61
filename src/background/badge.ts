// The toolbar button's per-tab problem sign: "!" with the reason as its title, cleared on the next
// successful injection.

import { browser } from 'wxt/browser';

const DEFAULT_TITLE = 'Parallax';

export async function showProblem(tabId: number, reason: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '!' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    browser.action.setTitle({ tabId, title: reason }),
  ]);
}

export async function clearProblem(tabId: number): Promise<void> {
  await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setTitle({ tabId, title: DEFAULT_TITLE })]);
}
