// Sidebar frame → background: open the options page (corpus import, export, settings).

import { browser } from 'wxt/browser';
import type { Handler } from '../handle-messages';

export const openOptions: Handler<'openOptions'> = async () => {
  await browser.runtime.openOptionsPage();
  return { opened: true };
};
