// The markup measure agrees with the DOM a parser builds, on ordinary pages; on hostile ones it decides,
// before any DOM exists, to build the whole page, only its head and article element, or nothing.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { boundedMarkup, ExtractionError, measureMarkup, MAX_NESTING } from '../../src/engine/extract';
import { measureElementsUpTo } from '../../src/engine/extract/size-guard';

function domMeasure(html: string): { elements: number; depth: number } {
  const doc = new JSDOM(html).window.document;
  return measureElementsUpTo(doc.documentElement, Number.POSITIVE_INFINITY);
}

/** Random valid markup of the kinds news pages use (no <a> in <a>: the tree builder's adoption agency is not
 *  modelled), with comments, scripts, void elements and the
 *  end tags pages leave out (</p>, </li>, </td>). */
const tree: fc.Memo<string> = fc.memo((n) =>
  n <= 1
    ? fc.constantFrom('Text', '<br>', '<img src="a.jpg" alt="<b>">', '<!-- <div> im Kommentar -->', '<script>if (a < b) document.write("<div>")</script>', '<style>p > a {}</style>', '')
    : fc.oneof(
        fc.tuple(fc.constantFrom('div', 'section', 'article', 'span', 'blockquote', 'main', 'em'), fc.array(tree(n - 1), { maxLength: 4 }))
          .map(([tag, children]) => `<${tag} class="x">${children.join('')}</${tag}>`),
        fc.array(tree(n - 1), { minLength: 1, maxLength: 3 }).map((items) => `<ul>${items.map((i) => `<li>${i}`).join('')}</ul>`),
        fc.array(fc.constantFrom('Satz eins.', 'Zwei', '<em>drei</em>'), { minLength: 1, maxLength: 3 }).map((ps) => `<div>${ps.map((p) => `<p>${p}`).join('')}</div>`),
        fc.array(fc.constantFrom('1', '<b>2</b>'), { minLength: 1, maxLength: 3 }).map((cells) => `<table><tbody><tr>${cells.map((c) => `<td>${c}`).join('')}<tr><td>x</tbody></table>`),
      ),
);

describe('measureMarkup', () => {
  it('counts the elements and levels the DOM has, on ordinary pages (property)', () => {
    fc.assert(
      fc.property(fc.array(tree(5), { maxLength: 4 }), (parts) => {
        const html = `<!doctype html><html lang="de"><head><title>T</title><meta charset="utf-8"></head><body>${parts.join('')}</body></html>`;
        const measure = measureMarkup(html);
        expect({ elements: measure.elements, depth: measure.depth }).toEqual(domMeasure(html));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('finds the article elements and where their markup ends', () => {
    const html = '<html><head><title>T</title></head><body><nav>Menü</nav><article id="a"><p>Text<p>mehr</article><main>rest</main></body></html>';
    const { candidates, bodyStart } = measureMarkup(html);
    expect(html.slice(0, bodyStart)).toBe('<html><head><title>T</title></head><body>');
    expect(candidates.map((c) => [c.kind, html.slice(c.start, c.end), c.elements, c.depth])).toEqual([
      ['article', '<article id="a"><p>Text<p>mehr</article>', 3, 2],
      ['main', '<main>rest</main>', 1, 1],
    ]);
  });

  it('stops at a tag or comment never closed, as the tokenizer does, without looking twice', () => {
    expect(measureMarkup('<div><p>Text<a href="x').elements).toBe(3 + 2);
    expect(measureMarkup('<div><!-- offen <p><p>').elements).toBe(3 + 1);
  });
});

describe('boundedMarkup', () => {
  const report = '<h1>Bericht</h1><p>Der Gemeinderat hat am Dienstag beschlossen, die Brücke zu sanieren.</p>';

  it('keeps an ordinary page whole', () => {
    const html = `<html><body><article>${report}</article></body></html>`;
    expect(boundedMarkup(html)).toMatchObject({ html, part: 'page', candidate: null });
  });

  it('leaves style sheets empty (extraction reads no computed style) and keeps everything else', () => {
    const html = `<html><head><style>p { color: red } /* <div> */</style></head><body><article>${report}<style>.x{}</style></article></body></html>`;
    expect(boundedMarkup(html).html).toBe(`<html><head><style></style></head><body><article>${report}<style></style></article></body></html>`);
  });

  it('keeps only the head and the article of a page of a million elements', () => {
    const html = `<html lang="de"><head><title>Bericht</title></head><body><article>${report}</article><section>${'<span>Wort</span>'.repeat(1_000_000)}</section></body></html>`;
    const bounded = boundedMarkup(html);
    // A million spans, the section, article, h1, p and title, and html, head and body.
    expect(bounded).toMatchObject({ part: 'article', candidate: 'article', elements: 1_000_000 + 5 + 3 });
    expect(bounded.html).toBe(`<html lang="de"><head><title>Bericht</title></head><body><article>${report}</article>`);
  });

  it('refuses a page of a million elements without an article element as too large', () => {
    expect(() => boundedMarkup(`<html><body>${'<span>Wort</span>'.repeat(1_000_000)}</body></html>`)).toThrow(
      new ExtractionError('too-large', 'the page is too large to read: more than 100,000 elements, and no article element within that limit'),
    );
  });

  it('refuses 100,000 nested elements as too deep, and reads an article beside them', () => {
    const deep = `${'<div>'.repeat(100_000)}<p>Tief.</p>${'</div>'.repeat(100_000)}`;
    let error: unknown = null;
    try {
      boundedMarkup(`<html><body>${deep}</body></html>`);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).code).toBe('too-deep');
    expect((error as ExtractionError).message).toBe(`the page is too deeply nested to read: elements more than ${MAX_NESTING} levels deep, and no article element within the limits`);
    const beside = boundedMarkup(`<html><body><article>${report}</article><aside>${deep}</aside></body></html>`);
    // html, body, aside, the divs and the p.
    expect(beside).toMatchObject({ part: 'article', depth: 100_000 + 4 });
    expect(beside.html).toBe(`<html><body><article>${report}</article>`);
  });

  it('takes nesting up to the limit', () => {
    const html = `<html><body>${'<div>'.repeat(MAX_NESTING - 2)}${'</div>'.repeat(MAX_NESTING - 2)}</body></html>`;
    expect(boundedMarkup(html)).toMatchObject({ part: 'page', depth: MAX_NESTING });
    expect(domMeasure(html).depth).toBe(MAX_NESTING);
  });
});
