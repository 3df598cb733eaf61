// The sidebar frame: loads the comparison for the token in the URL and shows it, or says in words why not.
// Esc anywhere in the frame closes the sidebar, like the close button.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendToBackground } from '../../messaging/send';
import { t } from '../i18n';
import { ComparisonView } from './comparison-view';
import { ErrorPanel } from './error-panel';
import { focusHeading } from './focus-heading';
import { KeepReadBar } from './keep-read-bar';
import { completeView, loadView, type SidebarView } from './load-view';
import { Toolbar } from './toolbar';
import { errorKey } from './view-model';

function announcement(view: SidebarView): string {
  if (view.kind === 'loading') return t('loading');
  if (view.kind === 'ready') {
    const event = view.result.comparison.event;
    return event ? t('statusReady', event.articles.length) : t('noMatchText');
  }
  return t('errorHeading');
}

function Body({ view, token, retry }: { view: SidebarView; token: string | null; retry: () => void }) {
  switch (view.kind) {
    case 'loading':
      return <p class="loading" aria-hidden="true">{t('loading')}</p>;
    case 'ready':
      return <ComparisonView result={view.result} wording={view.wording} token={token ?? ''} />;
    case 'extraction-failed':
      return <ErrorPanel message="errorExtraction" detail={view.message} />;
    case 'error':
      if (view.code === 'no-token') return <ErrorPanel message="errorNoToken" />;
      return <ErrorPanel message={errorKey(view.code)} onRetry={view.code === 'not-allowed' || view.code === 'bad-request' ? undefined : retry} />;
  }
}

/** `firstView`: the comparison already asked for while the frame booted (main.tsx); Retry asks again. */
export function SidebarApp({ token, firstView }: { token: string | null; firstView?: Promise<SidebarView> }) {
  const [view, setView] = useState<SidebarView>({ kind: 'loading' });
  const asked = useRef(firstView);
  const load = useCallback(() => {
    const answer = asked.current ?? loadView(token);
    asked.current = undefined;
    setView({ kind: 'loading' });
    void answer.then(setView);
  }, [token]);
  useEffect(load, [load]);
  // The facts are shown; word choice and quotes follow (the background computes them right after the facts).
  useEffect(() => {
    if (view.kind !== 'ready' || view.wording !== 'pending' || !token) return;
    let current = true;
    void completeView(view, token).then((next) => current && setView(next));
    return () => {
      current = false;
    };
  }, [view, token]);
  // Each new view takes focus to its heading if focus would be lost (a Retry button that went away); until
  // it first succeeds, also when the frame gets focus (the page focuses it once it has loaded).
  const headingFocused = useRef(false);
  // Word choice and quotes arriving do not make a new view: the ready view is known by its article.
  const shown = view.kind === 'ready' ? view.result.article : view;
  useEffect(() => {
    if (view.kind === 'loading') return;
    const tryFocus = () => {
      if (focusHeading()) headingFocused.current = true;
    };
    tryFocus();
    if (headingFocused.current) return;
    const onFrameFocus = () => {
      if (!headingFocused.current) tryFocus();
    };
    window.addEventListener('focus', onFrameFocus);
    return () => window.removeEventListener('focus', onFrameFocus);
  }, [shown, view.kind]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      sendToBackground('closeSidebar', { token: token ?? '' }).catch(() => undefined);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [token]);

  return (
    <div class="app">
      <Toolbar token={token} />
      <main class="content" aria-busy={view.kind === 'loading' || (view.kind === 'ready' && view.wording === 'pending')}>
        <p class="sr-only" role="status">{announcement(view)}</p>
        {view.kind === 'ready' && token ? <KeepReadBar token={token} /> : null}
        <Body view={view} token={token} retry={load} />
      </main>
    </div>
  );
}
