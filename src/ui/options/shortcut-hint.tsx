// One line in the options page's header: the keyboard shortcut that opens and closes Parallax, as the browser
// has it now (the reader may have changed it, or another extension may hold the suggested one).

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** The toolbar button's command: `_execute_action` in MV3, `_execute_browser_action` in the Firefox (MV2) build. */
const ACTION_COMMANDS = new Set(['_execute_action', '_execute_browser_action']);

interface CommandsApi {
  getAll(): Promise<{ name?: string; shortcut?: string }[]>;
}

/** The shortcut the browser assigned, '' when none; undefined when the browser does not say. */
async function actionShortcut(commands: CommandsApi): Promise<string | undefined> {
  const command = (await commands.getAll()).find((c) => ACTION_COMMANDS.has(c.name ?? ''));
  return command ? (command.shortcut ?? '') : undefined;
}

export function ShortcutHint() {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    // Absent where there is no commands API (WXT's fake browser in unit tests): then the line stays away and
    // nothing is left pending.
    const commands = (browser as { commands?: CommandsApi }).commands;
    if (!commands) return;
    let live = true;
    actionShortcut(commands).then(
      (value) => live && setShortcut(value),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  if (shortcut === undefined) return null;
  return <span class="muted small shortcut-hint">{shortcut ? t('optShortcut', shortcut) : t('optShortcutUnset')}</span>;
}
