// Rank statistics for benchmarks: Spearman correlation (average ranks for ties) and ROC AUC of gold ≥ 4
// (paraphrase) against gold ≤ 2 (not), the STS benchmark's usual yes/no reading.

function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

export function spearman(predicted: readonly number[], gold: readonly number[]): number {
  return pearson(ranks(predicted), ranks(gold));
}

export function auc(predicted: readonly number[], gold: readonly number[]): number {
  const positive = predicted.filter((_, i) => gold[i]! >= 4);
  const negative = predicted.filter((_, i) => gold[i]! <= 2);
  const r = ranks([...positive, ...negative]);
  const positiveRankSum = r.slice(0, positive.length).reduce((s, v) => s + v, 0);
  return (positiveRankSum - (positive.length * (positive.length + 1)) / 2) / (positive.length * negative.length);
}
