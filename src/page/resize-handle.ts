// The sidebar's left edge: drag it, or focus it and press ←/→ (Shift for larger steps, Home/End for the
// bounds), to change the width. In ARIA terms a focusable separator whose value is the width in px.

import type { WidthBounds } from './sidebar-width';

export interface ResizeHandleOptions {
  /** The width shown now, px. */
  currentWidth(): number;
  /** Show this width; the sidebar clamps it to its bounds. */
  resizeTo(width: number): void;
  /** A drag or key press ended: the width is the reader's choice now. */
  commit(): void;
  /** A drag started or ended (the frame must not swallow the pointer meanwhile). */
  onDragging(active: boolean): void;
}

export interface ResizeHandle {
  element: HTMLElement;
  /** Tells assistive technology the width shown and its bounds. */
  describe(width: number, bounds: WidthBounds): void;
}

const STEP = 16;
const LARGE_STEP = 64;

export function createResizeHandle(doc: Document, options: ResizeHandleOptions): ResizeHandle {
  const element = doc.createElement('div');
  element.className = 'handle';
  element.tabIndex = 0;
  element.setAttribute('role', 'separator');
  element.setAttribute('aria-orientation', 'vertical');
  element.setAttribute('aria-label', 'Resize the Parallax sidebar');
  let bounds: WidthBounds = { min: 0, max: 0 };

  element.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    // No text selection while dragging; that also cancels the focus a press gives, so it is given here: a
    // reader who grabbed the edge can go on with the arrow keys.
    event.preventDefault();
    element.focus({ preventScroll: true });
    const startX = event.clientX;
    const startWidth = options.currentWidth();
    // The handle is on the left edge: moving left widens.
    const move = (moved: PointerEvent): void => options.resizeTo(startWidth + (startX - moved.clientX));
    element.setPointerCapture(event.pointerId);
    options.onDragging(true);
    element.addEventListener('pointermove', move);
    // Fires after pointerup and pointercancel alike, and if the capture is lost any other way.
    element.addEventListener('lostpointercapture', () => {
      element.removeEventListener('pointermove', move);
      options.onDragging(false);
      options.commit();
    }, { once: true });
  });

  element.addEventListener('keydown', (event) => {
    const width = keyedWidth(event, options.currentWidth(), bounds);
    if (width === null) return;
    // The page must not also act on the key (arrows scroll it).
    event.preventDefault();
    event.stopPropagation();
    options.resizeTo(width);
    options.commit();
  });

  return {
    element,
    describe(width, newBounds) {
      bounds = newBounds;
      element.setAttribute('aria-valuenow', String(width));
      element.setAttribute('aria-valuemin', String(bounds.min));
      element.setAttribute('aria-valuemax', String(bounds.max));
      element.setAttribute('aria-valuetext', `${width} pixels wide`);
    },
  };
}

function keyedWidth(event: KeyboardEvent, width: number, bounds: WidthBounds): number | null {
  const step = event.shiftKey ? LARGE_STEP : STEP;
  switch (event.key) {
    case 'ArrowLeft': return width + step;
    case 'ArrowRight': return width - step;
    case 'Home': return bounds.min;
    case 'End': return bounds.max;
    default: return null;
  }
}
