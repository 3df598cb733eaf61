// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { likelyArticleRoots } from '../../src/page/article-roots';
import { findInTextIndex, findTextRange, foldText, indexText, narrowToPart } from '../../src/page/find-text-range';

// Builds the page from DOM calls, never from markup strings.
function h(tag: string, attributes: Record<string, string> | Node | string = {}, ...children: Array<Node | string>): HTMLElement {
  const element = document.createElement(tag);
  if (typeof attributes === 'string' || attributes instanceof Node) children.unshift(attributes);
  else for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

function page(...elements: HTMLElement[]): HTMLElement {
  document.body.append(...elements);
  return document.body;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('findTextRange', () => {
  it('spans text split across inline elements', () => {
    const root = page(h('p', 'Der ', h('a', { href: '/x' }, 'Kremlchef'), ' sprach mit ', h('em', 'Trump'), ' über die Ukraine.'));
    const range = findTextRange(root, 'Der Kremlchef sprach mit Trump über die Ukraine.');
    expect(range?.toString()).toBe('Der Kremlchef sprach mit Trump über die Ukraine.');
    expect(range?.startContainer.parentElement?.localName).toBe('p');
  });

  it('finds part of a paragraph and covers exactly the sentence', () => {
    const root = page(h('p', 'Erster Satz. Zweiter ', h('strong', 'Satz'), ' hier. Dritter Satz.'));
    expect(findTextRange(root, 'Zweiter Satz hier.')?.toString()).toBe('Zweiter Satz hier.');
  });

  it('ignores differing whitespace: line breaks, runs of spaces, no-break spaces', () => {
    const root = page(h('p', 'Die  Gespräche\n      sollen\u00a0sofort beginnen.'));
    expect(findTextRange(root, 'Die Gespräche sollen sofort beginnen.')).not.toBeNull();
    expect(findTextRange(root, '  Die Gespräche   sollen sofort\tbeginnen. ')).not.toBeNull();
  });

  it('treats curly, low and straight quotes alike', () => {
    const root = page(h('p', 'Er sagte: „Wir haben vereinbart“ – und ‚sofort‘ gehe es los.'));
    expect(findTextRange(root, 'Er sagte: "Wir haben vereinbart" - und \'sofort\' gehe es los.')).not.toBeNull();
    const straight = page(h('p', 'She said "we agreed" today.'));
    expect(findTextRange(straight, 'She said “we agreed” today.')?.toString()).toBe('She said "we agreed" today.');
  });

  it('ignores soft hyphens and zero-width spaces in the page', () => {
    const root = page(h('p', 'Die Ver\u00adhand\u00adlungen begin\u200bnen heute.'));
    expect(findTextRange(root, 'Die Verhandlungen beginnen heute.')?.toString()).toBe('Die Ver\u00adhand\u00adlungen begin\u200bnen heute.');
  });

  it('matches composed and decomposed umlauts', () => {
    const root = page(h('p', 'Gespra\u0308che u\u0308ber Frieden.'));
    expect(findTextRange(root, 'Gespräche über Frieden.')).not.toBeNull();
  });

  it('returns null when the text is not on the page', () => {
    const root = page(h('p', 'Trump und Putin telefonierten.'));
    expect(findTextRange(root, 'Selenskyj war nicht eingeladen.')).toBeNull();
    expect(findTextRange(root, '')).toBeNull();
    expect(findTextRange(root, '   ')).toBeNull();
  });

  it('does not match inside a word', () => {
    const root = page(h('p', 'Naja. Ja.'));
    const range = findTextRange(root, 'Ja.');
    expect(range?.startOffset).toBe(6);
  });

  it('does not join two paragraphs into one sentence, but a block boundary counts as a space', () => {
    const root = page(h('p', 'Erstes Ende.'), h('p', 'Neuer Anfang.'));
    expect(findTextRange(root, 'Ende.Neuer')).toBeNull();
    expect(findTextRange(root, 'Ende. Neuer')?.toString()).toBe('Ende.Neuer');
  });

  it('treats a <pre> as a block of its own, as extraction does (its own paragraph)', () => {
    const root = page(h('div', h('pre', 'Zeile eins\nZeile zwei.'), 'Danach Text.'));
    expect(findTextRange(root, 'zwei.Danach')).toBeNull();
    expect(findTextRange(root, 'Zeile zwei. Danach')?.toString()).toBe('Zeile zwei.Danach');
  });

  it('finds a sentence whose spacing differs from the page when it is long enough', () => {
    const root = page(h('p', 'Die Waffenruhe', h('br'), 'gilt ab Mitternacht für alle Fronten.'));
    expect(findTextRange(root, 'Die Waffenruhegilt ab Mitternacht für alle Fronten.')).not.toBeNull();
    expect(findTextRange(root, 'Die Waffenruhe gilt ab Mitternacht für alle Fronten.')).not.toBeNull();
  });

  it('skips scripts, hidden elements and figure captions', () => {
    const root = page(
      h('script', 'var s = "Geheimer Satz steht hier.";'),
      h('p', { hidden: '' }, 'Geheimer Satz steht hier.'),
      h('figure', h('figcaption', 'Geheimer Satz steht hier.')),
    );
    expect(findTextRange(root, 'Geheimer Satz steht hier.')).toBeNull();
  });

  it('leaves out what the isHidden option rejects', () => {
    const root = page(h('div', { class: 'offscreen' }, 'Versteckter Satz.'), h('p', 'Sichtbar.'));
    const isHidden = (element: Element) => element.classList.contains('offscreen');
    expect(findTextRange(root, 'Versteckter Satz.', { isHidden })).toBeNull();
    expect(findTextRange(root, 'Sichtbar.', { isHidden })).not.toBeNull();
  });

  it('takes the first occurrence in the article root when a teaser repeats the sentence', () => {
    page(
      h('header', h('p', { class: 'teaser' }, 'Putin und Trump wollen sich treffen.')),
      h('article', h('h1', 'Telefonat'), h('p', { id: 'body' }, 'Putin und Trump wollen sich treffen.'), h('p', 'Putin und Trump wollen sich treffen.')),
    );
    const [articleRoot] = likelyArticleRoots(document);
    const range = findTextRange(articleRoot!, 'Putin und Trump wollen sich treffen.');
    expect(range?.startContainer.parentElement?.id).toBe('body');
    // Searched from the body, the teaser comes first in the document.
    expect(findTextRange(document.body, 'Putin und Trump wollen sich treffen.')?.startContainer.parentElement?.className).toBe('teaser');
  });

  it('does not change the page', () => {
    const root = page(h('p', 'Ein ', h('em', 'kurzer'), ' Satz.'));
    const before = root.outerHTML;
    findTextRange(root, 'Ein kurzer Satz.');
    expect(root.outerHTML).toBe(before);
  });

  it('finds any sentence however its words are split into inline elements (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÄÖÜäöüß]{1,10}$/);
    fc.assert(fc.property(fc.array(word, { minLength: 2, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (words, wraps) => {
      document.body.replaceChildren();
      const paragraph = document.createElement('p');
      words.forEach((w, i) => {
        const text = (i === 0 ? '' : ' ') + w;
        if (wraps[i]) paragraph.appendChild(document.createElement('em')).textContent = text;
        else paragraph.appendChild(document.createTextNode(text));
      });
      document.body.appendChild(paragraph);
      const sentence = `${words.join(' ')}.`;
      paragraph.appendChild(document.createTextNode('.'));
      expect(findTextRange(document.body, sentence)?.toString()).toBe(sentence);
    }));
  });
});

describe('foldText', () => {
  it('folds quotes, dashes, case, accents and spacing', () => {
    expect(foldText('  „Zwölf“ – Über\u00a0ALLES…  ')).toBe('"zwolf" - uber alles...');
  });
});

describe('narrowToPart: only the claim of a sentence', () => {
  beforeEach(() => document.body.replaceChildren());

  it('narrows a sentence found across text nodes to the claim at a span, and falls back to the sentence', () => {
    const root = page(h('p', 'Der Rat billigte den ', h('b', 'Vertrag'), ' und  beschloss, die Linie sofort zu verlängern.'));
    const sentence = 'Der Rat billigte den Vertrag und beschloss, die Linie sofort zu verlängern.';
    const index = indexText(root);
    const range = findInTextIndex(index, sentence)!;
    const start = sentence.indexOf('und beschloss');
    const claim = narrowToPart(index, range, sentence, { start, end: sentence.length - 1 });
    expect(claim.toString().replace(/\s+/g, ' ')).toBe('und beschloss, die Linie sofort zu verlängern');
    const first = narrowToPart(index, range, sentence, { start: 0, end: sentence.indexOf(' und') });
    expect(first.toString()).toBe('Der Rat billigte den Vertrag');
    expect(narrowToPart(index, range, sentence, { start: 3, end: 3 })).toBe(range);
  });
});
