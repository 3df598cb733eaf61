// The sidebar in the page: one host element at the end of <html>, its CLOSED shadow root holding the resize
// handle and the frame that shows the extension's sidebar page. The page can neither read nor restyle it.

import { applyHostStyles, HOST_TAG, setHostWidth, SHADOW_CSS } from './host-styles';
import { createResizeHandle } from './resize-handle';
import { createPagePush } from './sidebar-push';
import { clampWidth, widthBounds } from './sidebar-width';

export interface SidebarHostOptions {
  /** The sidebar page's URL, with the token after '#'. */
  frameUrl: string;
  /** The frame's accessible name, in the reader's language. */
  frameTitle: string;
  /** The reader's preferred width, px; shown clamped to the viewport. */
  width: number;
  /** The reader resized the sidebar to this width (already within bounds). */
  onWidthChosen(width: number): void;
  /** The "push the page aside" switch: its label in the reader's language, and where the choice goes. */
  push?: { label: string; onChosen(on: boolean): void };
}

export interface SidebarHost {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  setPreferredWidth(width: number): void;
  /** Pushes the page aside by the sidebar's width (true) or lets the sidebar cover it (false). */
  setPush(on: boolean): void;
  /** Re-clamps the width after the viewport changed; the preference stays. */
  fitToViewport(): void;
  remove(): void;
}

/**
 * Removes hosts that another instance of this content script left in the page. Each extension instance runs
 * in its own isolated world, so after a reload (or update) the old instance's sidebar is invisible to the new
 * one's bookkeeping; the orphan notices within a second, but a click before that would show two sidebars.
 */
export function removeOrphanedHosts(doc: Document): number {
  const orphans = [...doc.documentElement.children].filter((element) => element.localName === HOST_TAG);
  for (const orphan of orphans) orphan.remove();
  return orphans.length;
}

export function mountSidebarHost(doc: Document, options: SidebarHostOptions): SidebarHost {
  const win = doc.defaultView!;
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  const frame = doc.createElement('iframe');
  frame.className = 'frame';
  frame.title = options.frameTitle;
  frame.src = options.frameUrl;

  let preferred = options.width;
  let shown = 0;
  let pushing = false;
  const pagePush = createPagePush(doc);
  const show = (): void => {
    const bounds = widthBounds(win.innerWidth);
    shown = clampWidth(preferred, bounds);
    setHostWidth(host, shown);
    handle.describe(shown, bounds);
    if (pushing) pagePush.set(shown);
  };
  const pushButton = options.push ? doc.createElement('button') : null;
  const setPush = (on: boolean): void => {
    pushing = on;
    if (on) pagePush.set(shown);
    else pagePush.off();
    pushButton?.setAttribute('aria-pressed', String(on));
  };
  if (pushButton && options.push) {
    const { label, onChosen } = options.push;
    pushButton.type = 'button';
    pushButton.className = 'push';
    pushButton.title = label;
    pushButton.setAttribute('aria-label', label);
    pushButton.setAttribute('aria-pressed', 'false');
    pushButton.textContent = '⇤';
    pushButton.addEventListener('click', () => {
      setPush(!pushing);
      onChosen(pushing);
    });
  }
  const handle = createResizeHandle(doc, {
    currentWidth: () => shown,
    resizeTo(width) {
      preferred = clampWidth(width, widthBounds(win.innerWidth));
      show();
    },
    commit: () => options.onWidthChosen(preferred),
    onDragging: (active) => panel.classList.toggle('resizing', active),
  });

  panel.append(handle.element, frame);
  if (pushButton) panel.append(pushButton);
  shadow.append(style, panel);
  applyHostStyles(host, options.width);
  show();
  doc.documentElement.append(host);

  return {
    host,
    frame,
    setPreferredWidth(width) {
      preferred = width;
      show();
    },
    setPush,
    fitToViewport: show,
    remove: () => {
      pagePush.off();
      host.remove();
    },
  };
}
