// Where in the page the article most likely is, most specific first and the body last: a sentence is looked
// for in the article before the rest of the page, so a teaser repeating it above the article is not picked.

import { longestText } from '../engine';

export function likelyArticleRoots(doc: Document): Element[] {
  const roots: Element[] = [];
  const add = (element: Element | null | undefined): void => {
    if (element && !roots.includes(element)) roots.push(element);
  };
  add(doc.querySelector('[itemprop="articleBody"]'));
  add(longestText(doc.querySelectorAll('article')));
  add(doc.querySelector('main, [role="main"]'));
  add(doc.body);
  return roots;
}

