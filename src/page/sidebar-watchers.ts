// What ends a sidebar from outside: the page removing our host (some pages delete elements they do not know;
// we do not fight them), or the extension being reloaded (this script is orphaned, the frame goes blank; the
// reloaded extension's next click removes the orphan's host, which must not read as the page's doing).

import { isExtensionAlive } from './extension-context';

/** Orphaned scripts get no event, so the extension's liveness is polled; a property read, cheap. */
const CHECK_INTERVAL_MS = 1000;

export interface SidebarWatchers {
  host: Element;
  onRemovedByPage(): void;
  onExtensionGone(): void;
  signal: AbortSignal;
}

export function watchSidebar({ host, onRemovedByPage, onExtensionGone, signal }: SidebarWatchers): void {
  const observer = new MutationObserver(() => {
    if (!isExtensionAlive()) onExtensionGone();
    else if (!host.isConnected) onRemovedByPage();
  });
  if (host.parentNode) observer.observe(host.parentNode, { childList: true });
  // The interval also catches what the observer cannot see, such as the whole <html> being replaced.
  const interval = setInterval(() => {
    if (!isExtensionAlive()) onExtensionGone();
    else if (!host.isConnected) onRemovedByPage();
  }, CHECK_INTERVAL_MS);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(interval);
  }, { once: true });
}
