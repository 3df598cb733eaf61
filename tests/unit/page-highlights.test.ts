// @vitest-environment jsdom
// jsdom has neither the CSS Custom Highlight API nor adopted stylesheets: both are stood in for here, with the
// same shapes (a maplike registry, Highlight as a set of ranges), to check what goes where.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageHighlights } from '../../src/page/page-highlights';

class FakeHighlight {
  priority = 0;
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

let registry: Map<string, FakeHighlight>;

beforeEach(() => {
  registry = new Map();
  Object.assign(window, { Highlight: FakeHighlight, CSS: { highlights: registry } });
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  const teaser = document.createElement('p');
  teaser.textContent = 'Die Gespräche beginnen sofort.';
  const article = document.createElement('article');
  for (const text of ['Die Gespräche beginnen sofort. Trump lobte Putin.', 'Der Kreml bestätigte.', 'Kiew schwieg.']) {
    article.appendChild(document.createElement('p')).textContent = text;
  }
  document.body.replaceChildren(teaser, article);
});

afterEach(() => {
  Reflect.deleteProperty(window, 'Highlight');
  Reflect.deleteProperty(window, 'CSS');
  Reflect.deleteProperty(document, 'adoptedStyleSheets');
});

describe('createPageHighlights', () => {
  it('highlights the focused sentence in the article, above the marks, and adds the styles once', () => {
    const highlights = createPageHighlights(document);
    expect(highlights.focus('Die Gespräche beginnen sofort.', false)).toBe(true);
    const focus = registry.get('parallax-focus')!;
    expect(focus.priority).toBe(1);
    expect(focus.ranges[0]!.startContainer.parentElement!.parentElement!.localName).toBe('article');
    highlights.focus('Der Kreml bestätigte.', false);
    expect(registry.get('parallax-focus')!.ranges[0]!.toString()).toBe('Der Kreml bestätigte.');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    expect([...document.adoptedStyleSheets[0]!.cssRules].map((rule) => rule.cssText).join(' ')).toContain('parallax-focus');
  });

  it('clears the focus for null and for a sentence not on the page', () => {
    const highlights = createPageHighlights(document);
    highlights.focus('Kiew schwieg.', false);
    expect(highlights.focus(null, false)).toBe(false);
    expect(registry.has('parallax-focus')).toBe(false);
    highlights.focus('Kiew schwieg.', false);
    expect(highlights.focus('Nicht da.', false)).toBe(false);
    expect(registry.has('parallax-focus')).toBe(false);
  });

  it('marks sentences by coverage, counts those found, and clears with null', () => {
    const highlights = createPageHighlights(document);
    const marked = highlights.mark([
      { text: 'Die Gespräche beginnen sofort.', coverage: 'many' },
      { text: 'Trump lobte Putin.', coverage: 'only-here' },
      { text: 'Der Kreml bestätigte.', coverage: 'many' },
      { text: 'Nirgends zu finden.', coverage: 'few' },
    ]);
    expect(marked).toBe(3);
    expect(registry.get('parallax-many')!.ranges.map(String)).toEqual(['Die Gespräche beginnen sofort.', 'Der Kreml bestätigte.']);
    expect(registry.get('parallax-only')!.ranges.map(String)).toEqual(['Trump lobte Putin.']);
    expect(registry.has('parallax-few')).toBe(false);
    expect(highlights.mark(null)).toBe(0);
    expect([...registry.keys()]).toEqual([]);
  });

  it('removes every highlight and its stylesheet on clear, leaving the page as it was', () => {
    const before = document.body.outerHTML;
    const highlights = createPageHighlights(document);
    highlights.mark([{ text: 'Kiew schwieg.', coverage: 'few' }]);
    highlights.focus('Kiew schwieg.', false);
    highlights.clear();
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(document.body.outerHTML).toBe(before);
  });
});
