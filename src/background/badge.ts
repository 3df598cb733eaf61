// The toolbar button's per-tab problem sign: "!" with the reason as its title, cleared on the next
// successful injection.

import { toolbarAction } from './toolbar-action';

const DEFAULT_TITLE = 'Parallax';

export async function showProblem(tabId: number, reason: string): Promise<void> {
  await Promise.all([
    toolbarAction().setBadgeText({ tabId, text: '!' }),
    toolbarAction().setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    toolbarAction().setTitle({ tabId, title: reason }),
  ]);
}

export async function clearProblem(tabId: number): Promise<void> {
  await Promise.all([toolbarAction().setBadgeText({ tabId, text: '' }), toolbarAction().setTitle({ tabId, title: DEFAULT_TITLE })]);
}
