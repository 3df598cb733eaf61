// Removes, from Readability's working copy, elements that sites mark by class or id as something other than
// the report: captions and credits, promotion boxes, share bars, teasers linking to other articles.
// Runs before Readability because Readability unwraps small boxes and so loses the class that marked them.

// Class-name words that never mark report text.
const NEVER_ARTICLE = new Set([
  'caption', 'credit', 'credits', 'copyright', 'bildunterschrift', 'bildnachweis', 'fotonachweis', 'bildquelle',
  'newsletter', 'promo', 'promotion', 'ad', 'ads', 'advert', 'advertisement', 'anzeige', 'paywall', 'share',
  'sharing', 'social', 'cookie', 'consent', 'gdpr', 'outbrain', 'taboola',
]);

// Words that mark a box of links to other articles, but which German CMSs also use for an article's own lead
// ("Teaser" = Vorspann): these count only when the element is mostly links.
const LINK_BOX = new Set(['teaser', 'related', 'recommended', 'recommendations', 'readmore', 'lesetipp', 'lesetipps']);
const LINK_BOX_MIN_LINK_SHARE = 0.3;

// Boxes are small. A long element with such a class is a page-level wrapper ("page has-ads") holding the article.
const MAX_BOX_TEXT = 600;

/** Removes boilerplate boxes under `root`. Mutates: call it only on a copy of the page, never the page. */
export function removeBoilerplate(root: Element): void {
  for (const el of boilerplateElements(root)) el.remove();
}

function boilerplateElements(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = Array.from(root.children);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (isBoilerplateElement(el)) found.push(el); // its descendants go with it
    else stack.push(...Array.from(el.children));
  }
  return found;
}

export function isBoilerplateElement(el: Element): boolean {
  const words = classWords(el);
  if (words.length === 0) return false;
  const never = words.some((w) => NEVER_ARTICLE.has(w));
  const linkBox = !never && words.some((w) => LINK_BOX.has(w));
  if (!never && !linkBox) return false;
  const textLength = compactLength(el.textContent);
  if (textLength > MAX_BOX_TEXT) return false;
  return never || linkShare(el, textLength) >= LINK_BOX_MIN_LINK_SHARE;
}

// "teaser--inline related-articles" → teaser, inline, related, articles (BEM and kebab-case parts).
function classWords(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).filter((w) => w !== '');
}

function linkShare(el: Element, textLength: number): number {
  if (textLength === 0) return 1;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += compactLength(a.textContent);
  return linked / textLength;
}

function compactLength(text: string | null): number {
  return (text ?? '').replace(/\s+/g, '').length;
}
