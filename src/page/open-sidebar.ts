// Opens and closes the sidebar on the page. Every toolbar click injects the script anew; the injections share
// the content-script world, so the open sidebar is found again through a symbol on that world's `window`,
// which the page cannot see (sidebar-session.ts). A click while it is open closes it. Reading the article is
// not done here: once the sidebar is open this script asks the background for the article script
// (read-article.ts, with Readability), so the frame is in the page without waiting for the larger script.

import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/send';
import { listenForContentMessages } from './content-messages';
import { isContextInvalidated } from './extension-context';
import { rememberFocus } from './focus-return';
import { makeToken } from './make-token';
import { createPageHighlights } from './page-highlights';
import { mountSidebarHost, removeOrphanedHosts } from './sidebar-host';
import { loadPushChoice, savePushChoice } from './sidebar-push';
import { DEFAULT_WIDTH, loadPreferredWidth, savePreferredWidth } from './sidebar-width';
import { clearSession, currentSession, setSession, type ArticleRequest, type CloseReason, type SidebarSession } from './sidebar-session';
import { watchSidebar } from './sidebar-watchers';

/** Opens the sidebar, or closes it if it is open. */
export function toggleSidebar(win: Window = window): 'opened' | 'closed' {
  const current = currentSession(win);
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
  const focus = rememberFocus(doc);

  const close = (reason: CloseReason): void => {
    if (signal.aborted) return;
    controller.abort();
    highlights.clear();
    // The host is what the page sees as focused while focus is anywhere in its (closed) shadow root or frame.
    const focusWasInSidebar = doc.activeElement === sidebar.host;
    sidebar.remove();
    focus.restore(focusWasInSidebar);
    clearSession(win, session);
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
  let articleRequest: ArticleRequest | null = { doc, token, pageUrl: win.location.href, onCallFailed };
  const session: SidebarSession = {
    isOpen: () => !signal.aborted && sidebar.host.isConnected,
    close,
    takeArticleRequest() {
      const request = signal.aborted ? null : articleRequest;
      articleRequest = null;
      return request;
    },
  };
  setSession(win, session);
  // The frame loads and boots in its own process meanwhile.
  sendToBackground('readPageArticle', { token }).catch(onCallFailed);
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
}
