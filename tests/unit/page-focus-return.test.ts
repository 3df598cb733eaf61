// @vitest-environment jsdom
// Focus given back when the sidebar closes: to the element that had it before opening, only if focus was in
// the sidebar, and never to an element the page has removed meanwhile.
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberFocus } from '../../src/page/focus-return';

let link: HTMLAnchorElement;
let other: HTMLButtonElement;

beforeEach(() => {
  document.body.replaceChildren();
  link = document.body.appendChild(document.createElement('a'));
  link.href = '#read-also';
  link.textContent = 'Read also';
  other = document.body.appendChild(document.createElement('button'));
  other.textContent = 'Accept cookies';
});

describe('rememberFocus', () => {
  it('gives focus back to the element that had it when focus was in the sidebar', () => {
    link.focus();
    const focus = rememberFocus(document);
    link.blur(); // focus went into the sidebar's frame, then the frame was removed
    expect(document.activeElement).toBe(document.body);
    focus.restore(true);
    expect(document.activeElement).toBe(link);
  });

  it('leaves focus the reader moved into the page where it is', () => {
    link.focus();
    const focus = rememberFocus(document);
    other.focus();
    focus.restore(false);
    expect(document.activeElement).toBe(other);
  });

  it('does nothing when no element had focus before, or the element is gone', () => {
    const none = rememberFocus(document);
    none.restore(true);
    expect(document.activeElement).toBe(document.body);

    link.focus();
    const gone = rememberFocus(document);
    link.remove();
    gone.restore(true);
    expect(document.activeElement).toBe(document.body);
  });
});
