// Results that depend on one article alone (its lexicon terms, its quotations) are kept with the parsed
// article: the corpus index reuses parsed articles across comparisons, so an event's articles are analysed
// once, not on every click. Keyed weakly: a parsed article that leaves the index's cache takes them along.

import type { ParsedArticle } from '../article/parse-article';

export function perArticleCache<Key extends object, Value>(compute: (article: ParsedArticle, key: Key) => Value) {
  const byKey = new WeakMap<Key, WeakMap<ParsedArticle, Value>>();
  return (article: ParsedArticle, key: Key): Value => {
    let cache = byKey.get(key);
    if (!cache) byKey.set(key, (cache = new WeakMap()));
    let value = cache.get(article);
    if (value === undefined) {
      value = compute(article, key);
      cache.set(article, value);
    }
    return value;
  };
}
