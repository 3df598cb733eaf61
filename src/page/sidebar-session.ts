// The open sidebar of a page, found again by every script the toolbar click injects: the injections share the
// content-script world, so the session hangs off that world's `window` under a symbol the page cannot see.

export type CloseReason = 'toggled' | 'escape' | 'requested' | 'removed-by-page' | 'extension-gone' | 'stale';

/** What the article script needs to send the page's article for the sidebar that asked for it. */
export interface ArticleRequest {
  doc: Document;
  token: string;
  pageUrl: string;
  /** A failed call (the extension reloaded, say) closes the sidebar quietly, as the sidebar's own calls do. */
  onCallFailed(error: unknown): void;
}

export interface SidebarSession {
  isOpen(): boolean;
  close(reason: CloseReason): void;
  /** The article this sidebar waits for, once: null after it was taken or once the sidebar is closed. */
  takeArticleRequest(): ArticleRequest | null;
}

const SESSION = Symbol.for('parallax.sidebar');
type MarkedWindow = Window & { [SESSION]?: SidebarSession };

export function currentSession(win: Window): SidebarSession | undefined {
  return (win as MarkedWindow)[SESSION];
}

export function setSession(win: Window, session: SidebarSession): void {
  (win as MarkedWindow)[SESSION] = session;
}

/** Forgets `session` if it is still the page's (a newer one is left alone). */
export function clearSession(win: Window, session: SidebarSession): void {
  const marked = win as MarkedWindow;
  if (marked[SESSION] === session) delete marked[SESSION];
}
