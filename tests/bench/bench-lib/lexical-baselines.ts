// Baselines for the meaning benchmark: word-token TF-IDF cosine and word-set Jaccard (lower-cased tokens).

import { tokenize } from '../../../src/engine/text/tokens';

function words(text: string): string[] {
  return tokenize(text).map((t) => t.lower);
}

export function jaccard(a: string, b: string): number {
  const sa = new Set(words(a));
  const sb = new Set(words(b));
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  const union = sa.size + sb.size - shared;
  return union > 0 ? shared / union : 0;
}

export function tfidfScorer(documents: readonly string[]): (a: string, b: string) => number {
  const df = new Map<string, number>();
  for (const d of documents) for (const w of new Set(words(d))) df.set(w, (df.get(w) ?? 0) + 1);
  const n = documents.length;
  const vector = (text: string) => {
    const tf = new Map<string, number>();
    for (const w of words(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
    for (const [w, c] of tf) tf.set(w, c * Math.log((n + 1) / ((df.get(w) ?? 0) + 1)));
    return tf;
  };
  return (a, b) => {
    const va = vector(a);
    const vb = vector(b);
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const [w, x] of va) {
      na += x * x;
      dot += x * (vb.get(w) ?? 0);
    }
    for (const x of vb.values()) nb += x * x;
    return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  };
}
