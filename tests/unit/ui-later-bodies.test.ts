// @vitest-environment jsdom
// The comparison's first paint leaves closed sections' bodies empty and fills them right after: the headings
// are there at once, an open section shows its body, and a section opened meanwhile (a click, a digest line
// asking for its evidence) renders its body at once. The final DOM is the same as without the delay.
import { h, render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LaterBodies } from '../../src/ui/sidebar/later-bodies';
import { requestReveal } from '../../src/ui/sidebar/reveal';
import { Section } from '../../src/ui/sidebar/section';

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
});

function sections(later: boolean): ComponentChildren {
  return h(LaterBodies.Provider, {
    value: later,
    children: [
      h(Section, { id: 'facts', title: 'Facts', defaultOpen: true, children: h('p', { class: 'facts-text' }, 'a fact') }),
      h(Section, { id: 'quotes', title: 'Quotes', children: h('p', { class: 'quotes-text' }, 'a quote') }),
      h(Section, { id: 'numbers', title: 'Numbers', children: h('p', { class: 'numbers-text' }, 'a number') }),
    ],
  });
}

const body = (id: string) => root.querySelector(`#${id}-body`)!;

async function show(later: boolean) {
  await act(() => { render(sections(later), root); });
}

describe('closed sections during the first paint', () => {
  it('have their headings but not yet their bodies; an open section has its body', async () => {
    await show(true);
    expect(root.querySelectorAll('h2.section-heading')).toHaveLength(3);
    expect(body('facts').textContent).toBe('a fact');
    expect(body('quotes').childElementCount).toBe(0);
    expect(body('numbers').childElementCount).toBe(0);
  });

  it('get their bodies, still closed, once the first paint is done, as without the delay', async () => {
    await show(true);
    await show(false);
    const filled = root.innerHTML;
    expect(body('quotes').textContent).toBe('a quote');
    expect(body('quotes').hasAttribute('hidden')).toBe(true);
    render(null, root);
    await show(false);
    expect(root.innerHTML).toBe(filled);
  });

  it('render their body at once when opened by a click or by a reveal request', async () => {
    await show(true);
    await act(() => { root.querySelector<HTMLButtonElement>('#quotes-toggle')!.click(); });
    expect(body('quotes').textContent).toBe('a quote');
    await act(() => { requestReveal({ section: 'numbers', target: 'numbers-0' }); });
    expect(body('numbers').textContent).toBe('a number');
    expect(body('numbers').hasAttribute('hidden')).toBe(false);
  });
});
