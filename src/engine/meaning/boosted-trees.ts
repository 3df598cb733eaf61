// A small gradient-boosted regression forest: shallow trees on quantile bins, squared loss, no randomness,
// so training on the same features always yields the same model (a test re-derives the shipped one).

export interface Tree {
  /** Per node: feature index, or −1 for a leaf. Node i has children 2i+1 (x ≤ threshold) and 2i+2. */
  feature: number[];
  threshold: number[];
  value: number[];
}

export interface BoostedTrees {
  format: 'parallax-similarity-model';
  version: number;
  features: readonly string[];
  base: number;
  trees: Tree[];
  training: { rows: number; rounds: number; depth: number; learningRate: number; minLeaf: number; bins: number; data: string };
}

export interface TrainOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  minLeaf: number;
  bins: number;
}

/** The forest's trees laid end to end in typed arrays: a prediction walks flat memory instead of one object
 *  and three arrays per tree (it runs for every compared pair of claims). Built once per model. */
interface FlatForest {
  feature: Int32Array;
  threshold: Float64Array;
  value: Float64Array;
  /** Where each tree's nodes start. */
  starts: Int32Array;
}

const flattened = new WeakMap<object, FlatForest>();

function flatForest(model: Pick<BoostedTrees, 'base' | 'trees'>): FlatForest {
  let flat = flattened.get(model);
  // A model is not changed once trained; the count guards a caller that grows one in place.
  if (!flat || flat.starts.length !== model.trees.length) {
    const total = model.trees.reduce((n, t) => n + t.feature.length, 0);
    flat = { feature: new Int32Array(total), threshold: new Float64Array(total), value: new Float64Array(total), starts: new Int32Array(model.trees.length) };
    let at = 0;
    model.trees.forEach((tree, t) => {
      flat!.starts[t] = at;
      flat!.feature.set(tree.feature, at);
      flat!.threshold.set(tree.threshold, at);
      flat!.value.set(tree.value, at);
      at += tree.feature.length;
    });
    flattened.set(model, flat);
  }
  return flat;
}

export function predictTrees(model: Pick<BoostedTrees, 'base' | 'trees'>, x: ArrayLike<number>): number {
  const { feature, threshold, value, starts } = flatForest(model);
  let y = model.base;
  for (let t = 0; t < starts.length; t++) {
    const start = starts[t]!;
    let node = 0;
    for (let f = feature[start]!; f >= 0; f = feature[start + node]!) node = x[f]! <= threshold[start + node]! ? 2 * node + 1 : 2 * node + 2;
    y += value[start + node]!;
  }
  return y;
}

function quantileThresholds(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const thresholds: number[] = [];
  for (let k = 1; k < bins; k++) {
    const v = sorted[Math.floor((k * sorted.length) / bins)]!;
    if (thresholds.length === 0 || v > thresholds[thresholds.length - 1]!) thresholds.push(v);
  }
  // A threshold equal to the maximum splits nothing off.
  while (thresholds.length > 0 && thresholds[thresholds.length - 1]! >= sorted[sorted.length - 1]!) thresholds.pop();
  return thresholds;
}

export function trainTrees(rows: number[][], targets: number[], options: TrainOptions, meta: { features: readonly string[]; data: string; version: number }): BoostedTrees {
  const n = rows.length;
  const featureCount = rows[0]?.length ?? 0;
  const thresholds = Array.from({ length: featureCount }, (_, f) => quantileThresholds(rows.map((r) => r[f]!), options.bins));
  // bin[f][i]: how many thresholds of feature f lie below row i's value (x ≤ thresholds[f][k] ⇔ bin ≤ k).
  const bin = thresholds.map((ts, f) => Uint8Array.from(rows, (r) => {
    let k = 0;
    while (k < ts.length && r[f]! > ts[k]!) k++;
    return k;
  }));
  const base = targets.reduce((s, t) => s + t, 0) / Math.max(n, 1);
  const prediction = new Float64Array(n).fill(base);
  const residual = new Float64Array(n);
  const trees: Tree[] = [];
  const nodes = 2 ** (options.depth + 1) - 1;
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < n; i++) residual[i] = targets[i]! - prediction[i]!;
    const tree: Tree = { feature: new Array(nodes).fill(-1), threshold: new Array(nodes).fill(0), value: new Array(nodes).fill(0) };
    const grow = (node: number, members: Uint32Array, depth: number) => {
      let sum = 0;
      for (const i of members) sum += residual[i]!;
      const leafValue = options.learningRate * (members.length > 0 ? sum / members.length : 0);
      tree.value[node] = leafValue;
      if (depth >= options.depth || members.length < 2 * options.minLeaf) return;
      let bestGain = 1e-12;
      let bestFeature = -1;
      let bestBin = -1;
      const parentScore = (sum * sum) / members.length;
      for (let f = 0; f < featureCount; f++) {
        const ts = thresholds[f]!;
        if (ts.length === 0) continue;
        const sums = new Float64Array(ts.length + 1);
        const counts = new Uint32Array(ts.length + 1);
        const bf = bin[f]!;
        for (const i of members) {
          const k = bf[i]!;
          sums[k] = sums[k]! + residual[i]!;
          counts[k] = counts[k]! + 1;
        }
        let leftSum = 0;
        let leftCount = 0;
        for (let k = 0; k < ts.length; k++) {
          leftSum += sums[k]!;
          leftCount += counts[k]!;
          const rightCount = members.length - leftCount;
          if (leftCount < options.minLeaf || rightCount < options.minLeaf) continue;
          const rightSum = sum - leftSum;
          const gain = (leftSum * leftSum) / leftCount + (rightSum * rightSum) / rightCount - parentScore;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = f;
            bestBin = k;
          }
        }
      }
      if (bestFeature < 0) return;
      tree.feature[node] = bestFeature;
      tree.threshold[node] = thresholds[bestFeature]![bestBin]!;
      const bf = bin[bestFeature]!;
      const left = members.filter((i) => bf[i]! <= bestBin);
      const right = members.filter((i) => bf[i]! > bestBin);
      grow(2 * node + 1, left, depth + 1);
      grow(2 * node + 2, right, depth + 1);
    };
    grow(0, Uint32Array.from({ length: n }, (_, i) => i), 0);
    // Trim: a split node's own value is unused at prediction time; zero it so the JSON says what counts.
    for (let node = 0; node < nodes; node++) if (tree.feature[node]! >= 0) tree.value[node] = 0;
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      const row = rows[i]!;
      let node = 0;
      while (tree.feature[node]! >= 0) node = row[tree.feature[node]!]! <= tree.threshold[node]! ? 2 * node + 1 : 2 * node + 2;
      prediction[i] = prediction[i]! + tree.value[node]!;
    }
  }
  return {
    format: 'parallax-similarity-model',
    version: meta.version,
    features: meta.features,
    base,
    trees,
    training: { rows: n, ...options, data: meta.data },
  };
}
