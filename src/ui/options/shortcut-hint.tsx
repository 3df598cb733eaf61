// One line in the options page's header: the keyboard shortcut that opens and closes Parallax, as the browser
// has it now (the reader may have changed it, or another extension may hold the suggested one).

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** The toolbar button's command: `_execute_action` in MV3, `_execute_browser_action` in the Firefox (MV2) build. */
const ACTION_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);

/** The shortcut the browser assigned, '' when none; undefined while unknown or where the API is missing. */
async function actionShortcut(): Promise<string | undefined> {
  const commands = (browser as { commands?: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } }).commands;
  if (!commands) return undefined;
  const all = await commands.getAll();
  const command = all.find((c) => ACTION_COMMANDS.has(c.name ?? ''));
  return command ? (command.shortcut ?? '') : undefined;
}

export function ShortcutHint() {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    actionShortcut().then(setShortcut, () => setShortcut(undefined));
  }, []);
  if (shortcut === undefined) return null;
  return <span class="muted small shortcut-hint">{shortcut ? t('optShortcut', shortcut) : t('optShortcutUnset')}</span>;
}
