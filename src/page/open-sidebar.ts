// Opens and closes the sidebar on the page. Every toolbar click injects the script anew; the injections share
// the content-script world, so the open sidebar is found again through a symbol on that world's `window`,
// which the page cannot see. A click while it is open closes it.

import { browser } from 'wxt/browser';
import { listenForContentMessages } from './content-messages';
import { isContextInvalidated } from './extension-context';
import { rememberFocus } from './focus-return';
import { makeToken } from './make-token';
import { createPageHighlights } from './page-highlights';
import { sendPageArticle } from './send-article';
import { mountSidebarHost, removeOrphanedHosts } from './sidebar-host';
import { loadPushChoice, savePushChoice } from './sidebar-push';
import { DEFAULT_WIDTH, loadPreferredWidth, savePreferredWidth } from './sidebar-width';
import { watchSidebar } from './sidebar-watchers';

type CloseReason = 'toggled' | 'escape' | 'requested' | 'removed-by-page' | 'extension-gone' | 'stale';

interface SidebarSession {
  isOpen(): boolean;
  close(reason: CloseReason): void;
}

const SESSION = Symbol.for('parallax.sidebar');
type MarkedWindow = Window & { [SESSION]?: SidebarSession };

/** Opens the sidebar, or closes it if it is open. */
export function toggleSidebar(win: Window = window): 'opened' | 'closed' {
  const marked = win as MarkedWindow;
  const current = marked[SESSION];
  if (current?.isOpen()) {
    current.close('toggled');
    return 'closed';
  }
  current?.close('stale'); // its host is gone but no watcher has noticed yet: tidy up, open afresh
  removeOrphanedHosts(win.document); // left by this extension before a reload, in another world
  openSidebar(win);
  return 'opened';
}

function openSidebar(win: Window): void {
  const doc = win.document;
  const token = makeToken();
  const controller = new AbortController();
  const { signal } = controller;
  const highlights = createPageHighlights(doc);
  const marked = win as MarkedWindow;
  const focus = rememberFocus(doc);

  const close = (reason: CloseReason): void => {
    if (signal.aborted) return;
    controller.abort();
    highlights.clear();
    // The host is what the page sees as focused while focus is anywhere in its (closed) shadow root or frame.
    const focusWasInSidebar = doc.activeElement === sidebar.host;
    sidebar.remove();
    focus.restore(focusWasInSidebar);
    if (marked[SESSION] === session) delete marked[SESSION];
    if (reason === 'removed-by-page') {
      console.info('Parallax: the page removed the sidebar; click the toolbar button to open it again.');
    }
  };
  // Every browser.* call may find the extension reloaded: then the sidebar goes quietly.
  const onCallFailed = (error: unknown): void => {
    if (isContextInvalidated(error)) close('extension-gone');
    else console.warn('Parallax:', error);
  };

  const sidebar = mountSidebarHost(doc, {
    frameUrl: `${browser.runtime.getURL('/sidebar.html')}#${token}`,
    frameTitle: browser.i18n.getMessage('sidebarFrameTitle') || 'Parallax',
    width: DEFAULT_WIDTH,
    onWidthChosen: (width) => savePreferredWidth(width).catch(onCallFailed),
    push: { label: browser.i18n.getMessage('pushPage') || 'Push the page aside', onChosen: (on) => savePushChoice(on).catch(onCallFailed) },
  });
  const session: SidebarSession = { isOpen: () => !signal.aborted && sidebar.host.isConnected, close };
  marked[SESSION] = session;
  focus.enter(sidebar.frame);

  // Shown at the default width at once; the stored width follows within milliseconds.
  loadPushChoice().then((on) => {
    if (!signal.aborted && on) sidebar.setPush(true);
  }, onCallFailed);
  loadPreferredWidth().then((width) => {
    if (!signal.aborted) sidebar.setPreferredWidth(width);
  }, onCallFailed);

  win.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !event.isComposing) close('escape');
  }, { capture: true, signal });
  win.addEventListener('resize', () => sidebar.fitToViewport(), { signal });
  watchSidebar({
    host: sidebar.host,
    onRemovedByPage: () => close('removed-by-page'),
    onExtensionGone: () => close('extension-gone'),
    signal,
  });
  try {
    listenForContentMessages({
      highlightSentence: ({ text, sentence, scroll, span }) => ({
        found: highlights.focus(sentence === null ? null : text, scroll, span ?? null),
      }),
      markSentences: ({ marks }) => ({ marked: highlights.mark(marks) }),
      removeSidebar: () => {
        close('requested');
        return { closed: true };
      },
    }, signal);
  } catch (error) {
    onCallFailed(error);
  }

  // Extraction starts in the next task, while the frame loads and boots in its own process: the reader waits
  // for the comparison, which waits for the article, not for the empty frame to be painted first. A task and
  // not at once, so that a close in this task (a second click, Esc) means nothing is read.
  win.setTimeout(() => {
    if (!signal.aborted) sendPageArticle(doc, token, win.location.href).catch(onCallFailed);
  }, 0);
}
