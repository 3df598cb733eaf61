// The options page: the section list, the section the hash names, the notice with Undo, and the state all
// sections share (overview, selection, revision). Navigation is the location hash, so every view is a link.

import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { CorpusAdmin, DeletionReceipt } from '../../db/corpus-admin-api';
import { t } from '../i18n';
import { OptionsContext, type OptionsContextValue } from './context';
import type { ImportRunner } from './import-runner';
import { Nav } from './nav';
import { NoticeBar, type Notice } from './notice-bar';
import { formatRoute, parseRoute, type Route } from './route';
import { SectionView } from './section-view';
import { ShortcutHint } from './shortcut-hint';
import { UpdateNotice } from './update-notice';
import { useLoad } from './use-load';

export interface OptionsAppProps {
  admin: CorpusAdmin;
  /** A fresh import for each file: in a worker in the extension, on the page in tests. */
  createImport: () => ImportRunner;
  /** Resolves when a newer Parallax upgraded the database and closed this page's connection. */
  outdated?: Promise<void>;
}

function useRoute(): [Route, OptionsContextValue['navigate']] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', follow);
    window.addEventListener('popstate', follow);
    return () => {
      window.removeEventListener('hashchange', follow);
      window.removeEventListener('popstate', follow);
    };
  }, []);
  const navigate = useCallback<OptionsContextValue['navigate']>((next, options) => {
    const hash = formatRoute(next);
    if (location.hash !== hash) history[options?.replace ? 'replaceState' : 'pushState'](null, '', hash);
    setRoute(next);
  }, []);
  return [route, navigate];
}

export function deletionNotice(receipt: DeletionReceipt): string {
  return t('optDeletedNotice', receipt.articleCount, receipt.eventCount);
}

export function OptionsApp({ admin, createImport, outdated }: OptionsAppProps) {
  const [route, navigate] = useRoute();
  const [revision, setRevision] = useState(0);
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const overview = useLoad(() => admin.overview(), [admin, revision]);
  const changed = useCallback(() => setRevision((r) => r + 1), []);

  // Another tab (the sidebar adding an article, a second options page) may have changed the corpus.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && changed();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [changed]);

  const context = useMemo<OptionsContextValue>(() => ({
    admin, overview, revision, changed, selection, setSelection, navigate,
    announce: setAnnouncement,
    deleted: (receipt) => setNotice({ text: deletionNotice(receipt), undo: true }),
  }), [admin, overview, revision, changed, selection, navigate]);

  const undo = async () => {
    setUndoing(true);
    try {
      const restored = await admin.undoLastDeletion();
      setNotice({ text: restored ? t('optRestoredNotice', restored.articleCount, restored.eventCount) : t('optNothingToUndo'), undo: false });
      changed();
    } catch (error) {
      setNotice({ text: t('optUndoFailed', (error as Error)?.message ?? String(error)), undo: false });
    } finally {
      setUndoing(false);
    }
  };

  return (
    <OptionsContext.Provider value={context}>
      <div class="options">
        <header class="topbar">
          <span class="brand">{t('extName')}</span>
          <span class="muted">{t('optPageTitle')}</span>
          <ShortcutHint />
        </header>
        <div class="layout">
          <Nav current={route.section} />
          <main class="main" aria-labelledby="section-heading">
            <UpdateNotice outdated={outdated} />
            <NoticeBar notice={notice} undoing={undoing} onUndo={() => void undo()} onDismiss={() => setNotice(null)} />
            <p class="sr-only" aria-live="polite">{announcement}</p>
            <SectionView route={route} createImport={createImport} />
          </main>
        </div>
      </div>
    </OptionsContext.Provider>
  );
}
