// Command-line options of compare-bench, each with its default.

export interface BenchArgs {
  /** Generated corpus sizes; default 1000, 10000 and 50000. */
  sizes: number[];
  /** Runs per corpus (index rebuilt each run); default 3. */
  runs: number;
  /** Generator seed; default 1. */
  seed: number;
  /** Measure clusterEvents (on the 1,000 corpus, and larger ones within the limit); default true. */
  cluster: boolean;
  /** Give up on clustering a larger corpus after this long; default 180 s. */
  clusterLimitMs: number;
  /** Where the Markdown report is written; default tests/bench/results/compare-latest.md. */
  out: string | null;
}

const USAGE = 'usage: compare-bench.ts [--sizes 1000,10000,50000] [--runs 3] [--seed 1] [--no-cluster] [--cluster-limit-s 240] [--out file.md]';

function positiveInteger(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`compare-bench: ${flag} needs a positive whole number, got "${value ?? ''}"\n${USAGE}`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { sizes: [1000, 10000, 50000], runs: 3, seed: 1, cluster: true, clusterLimitMs: 240_000, out: null };
  let sizesGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--sizes') {
      const sizes = (argv[++i] ?? '').split(',').map((s) => positiveInteger('--sizes', s.replace(/_/g, '')));
      args.sizes = sizesGiven ? [...args.sizes, ...sizes] : sizes;
      sizesGiven = true;
    } else if (flag === '--runs') args.runs = positiveInteger('--runs', argv[++i]);
    else if (flag === '--seed') args.seed = positiveInteger('--seed', argv[++i]);
    else if (flag === '--no-cluster') args.cluster = false;
    else if (flag === '--cluster-limit-s') args.clusterLimitMs = positiveInteger('--cluster-limit-s', argv[++i]) * 1000;
    else if (flag === '--out') args.out = argv[++i] ?? null;
    else throw new Error(`compare-bench: unknown option "${flag}"\n${USAGE}`);
  }
  return args;
}
