// Styles that shield the sidebar from the page. The host's own box is set inline with !important (inline
// important declarations beat every page rule); everything inside lives in the closed shadow root's own
// stylesheet, which page selectors cannot reach. Sizes in px only: rem would follow the page's <html> font size.

export const HOST_TAG = 'parallax-sidebar';

// `all: initial` first, so no inherited or page-set property survives; the rest then override it.
const HOST_DECLARATIONS: ReadonlyArray<readonly [string, string]> = [
  ['all', 'initial'],
  ['position', 'fixed'],
  ['top', '0'],
  ['right', '0'],
  ['height', '100vh'],
  ['z-index', '2147483647'],
  ['display', 'block'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
];

export function applyHostStyles(host: HTMLElement, width: number): void {
  for (const [property, value] of HOST_DECLARATIONS) host.style.setProperty(property, value, 'important');
  setHostWidth(host, width);
}

export function setHostWidth(host: HTMLElement, width: number): void {
  host.style.setProperty('width', `${width}px`, 'important');
}

// The panel slides in from the right edge (@starting-style: no script timing needed), unless the reader asked
// for reduced motion. During a drag the frame must not swallow the pointer, hence `.resizing .frame`.
export const SHADOW_CSS = `
:host { all: initial; }
.panel {
  position: absolute; top: 0; right: 0; bottom: 0; left: 0;
  display: flex; flex-direction: row;
  box-sizing: border-box; margin: 0; padding: 0;
  background: Canvas; color-scheme: light dark;
  box-shadow: -2px 0 12px rgba(0, 0, 0, 0.28);
  transform: translateX(0);
  transition: transform 180ms ease-out;
}
@starting-style { .panel { transform: translateX(100%); } }
@media (prefers-reduced-motion: reduce) { .panel { transition: none; } }
.handle {
  flex: 0 0 6px; width: 6px; margin: 0; padding: 0;
  display: flex; align-items: center; justify-content: center;
  cursor: ew-resize; touch-action: none; outline: none;
  background: rgba(128, 128, 128, 0.25);
}
.handle::before {
  content: ""; display: block; width: 2px; height: 32px; border-radius: 1px;
  background: rgba(128, 128, 128, 0.8);
}
.handle:hover, .handle:focus-visible, .resizing .handle { background: rgba(59, 130, 246, 0.6); }
.handle:focus-visible { box-shadow: inset 0 0 0 2px #2563eb; }
.frame {
  flex: 1 1 auto; min-width: 0; height: 100%;
  display: block; margin: 0; padding: 0; border: 0;
  background: transparent; color-scheme: light dark;
}
.resizing .frame { pointer-events: none; }
.push {
  position: absolute; left: 10px; bottom: 10px; width: 26px; height: 26px;
  margin: 0; padding: 0; border: 1px solid rgba(128, 128, 128, 0.6); border-radius: 4px;
  background: Canvas; color: CanvasText; font: 16px/1 system-ui, sans-serif; cursor: pointer;
}
.push[aria-pressed="true"] { background: #2563eb; color: #fff; border-color: #2563eb; }
.push:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
@media (forced-colors: active) {
  .handle { background: ButtonBorder; }
  .handle:focus-visible { outline: 2px solid Highlight; }
}
`;
