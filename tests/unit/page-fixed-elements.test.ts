// @vitest-environment jsdom
// Push mode and elements fixed to the viewport: the ones that reach under the sidebar are marked (a banner
// across the page as 'span', a button at the right edge as 'right'), others and the sidebar's own host are
// left alone, elements the page adds later are marked too, and stopping unmarks all and stops watching.
// jsdom lays nothing out, so the elements here have no box and are judged by their declared anchors; the
// geometry itself is checked by fixedKind's cases and, in a real browser, by tests/e2e/digest.e2e.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { createFixedElementGuard, FIXED_ATTRIBUTE, fixedElementRules, fixedKind, MAX_WALKED } from '../../src/page/fixed-elements';

const box = (left: number, right: number, height = 40) => ({ left, right, width: right - left, height });
const AUTO = { left: 'auto', right: 'auto', width: 'auto' };

describe('which fixed elements a sidebar covers', () => {
  it('judges a shown element by where it is: across the sidebar edge, against the right edge, or clear of it', () => {
    expect(fixedKind(box(0, 1280), AUTO, 1280, 400)).toBe('span');
    expect(fixedKind(box(1200, 1260), AUTO, 1280, 400)).toBe('right');
    expect(fixedKind(box(0, 200), AUTO, 1280, 400)).toBeNull();
    expect(fixedKind(box(0, 880), AUTO, 1280, 400)).toBeNull();
    expect(fixedKind(box(0, 900), AUTO, 1280, 400)).toBe('span');
  });

  it('judges a hidden element (no box yet) by its declared anchors', () => {
    const none = box(0, 0, 0);
    expect(fixedKind(none, { left: '0px', right: '0px', width: 'auto' }, 1280, 400)).toBe('span');
    expect(fixedKind(none, { left: '0px', right: 'auto', width: '100%' }, 1280, 400)).toBe('span');
    expect(fixedKind(none, { left: 'auto', right: '20px', width: '60px' }, 1280, 400)).toBe('right');
    expect(fixedKind(none, { left: '0px', right: 'auto', width: '200px' }, 1280, 400)).toBeNull();
  });

  it('moves marked elements by the sidebar width, and caps the width of those across the page only', () => {
    expect(fixedElementRules(400.4)).toBe(`[${FIXED_ATTRIBUTE}] { right: 400px !important; }\n[${FIXED_ATTRIBUTE}="span"] { max-width: calc(100% - 400px) !important; }`);
  });
});

describe('the fixed element guard', () => {
  afterEach(() => {
    document.body.replaceChildren();
    for (const extra of [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body)) extra.remove();
  });

  function element(style: string, parent: Element = document.body): HTMLElement {
    const el = document.createElement('div');
    el.setAttribute('style', style);
    parent.append(el);
    return el;
  }

  it('marks the banner and the button under the sidebar, then the ones the page adds, and unmarks all when stopped', async () => {
    const banner = element('position: fixed; left: 0; right: 0; bottom: 0');
    const inBanner = element('position: fixed; right: 0', banner);
    const chat = element('position: fixed; right: 20px; bottom: 20px; width: 60px');
    const nav = element('position: fixed; left: 0; top: 0; width: 200px');
    const article = element('position: relative; right: 0');
    const host = document.createElement('parallax-sidebar');
    host.setAttribute('style', 'position: fixed; right: 0; top: 0');
    document.documentElement.append(host);
    const guard = createFixedElementGuard(document, (e) => e.localName === 'parallax-sidebar');

    guard.watch(400);
    const marks = () => [banner, inBanner, chat, nav, article, host].map((e) => e.getAttribute(FIXED_ATTRIBUTE));
    // The banner's own fixed child moves with the banner: left alone.
    expect(marks()).toEqual(['span', null, 'right', null, null, null]);

    const wrapper = document.createElement('section');
    const consent = element('position: fixed; left: 0; right: 0; bottom: 0', wrapper);
    document.body.append(wrapper);
    await Promise.resolve(); // the observer's callback is a microtask queued by the append
    expect(consent.getAttribute(FIXED_ATTRIBUTE)).toBe('span');

    guard.stop();
    expect([...marks(), consent.getAttribute(FIXED_ATTRIBUTE)]).toEqual([null, null, null, null, null, null, null]);
    const late = element('position: fixed; left: 0; right: 0');
    await Promise.resolve();
    expect(late.hasAttribute(FIXED_ATTRIBUTE)).toBe(false);
  });

  it('on a huge page stops walking after its budget and hit tests the sidebar\'s area instead', () => {
    expect(MAX_WALKED).toBeGreaterThanOrEqual(10_000); // the walk stays complete on ordinary pages
    const budget = 200;
    const filler = document.createElement('div');
    for (let i = 0; i < budget; i++) filler.append(document.createElement('span'));
    document.body.append(filler);
    // Last in the document: the walk gives up before it.
    const banner = element('position: fixed; left: 0; right: 0; bottom: 0');
    const hits: [number, number][] = [];
    document.elementsFromPoint = (x: number, y: number) => {
      hits.push([x, y]);
      return y > 600 ? [banner, document.body, document.documentElement] : [filler, document.body, document.documentElement];
    };
    try {
      const guard = createFixedElementGuard(document, () => false, budget);
      guard.watch(400);
      expect(banner.getAttribute(FIXED_ATTRIBUTE)).toBe('span');
      // Only points over the sidebar: jsdom's viewport is 1024 × 768 (its root reports no width).
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every(([x, y]) => x >= 1024 - 400 && x < 1024 && y < 768)).toBe(true);
      guard.stop();
      expect(banner.hasAttribute(FIXED_ATTRIBUTE)).toBe(false);
    } finally {
      delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
    }
  });
});
