// "Keep what I read": the reader's choice, off until they turn it on, kept in the extension's local storage
// (nothing leaves the device). Read by the background before it keeps an article, set by the options page and
// the sidebar.

import { browser } from 'wxt/browser';

const KEY = 'keepWhatIRead';

export async function keepWhatIRead(): Promise<boolean> {
  const stored = await browser.storage.local.get(KEY);
  return stored[KEY] === true;
}

export async function setKeepWhatIRead(on: boolean): Promise<void> {
  await browser.storage.local.set({ [KEY]: on });
}
