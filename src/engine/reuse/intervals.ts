// Half-open integer intervals [start, end): merging and measuring, shared by grouping and sentence marking.

export type Interval = [number, number];

/** Sorted, with overlapping or touching intervals joined. */
export function mergeIntervals(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

export function totalLength(intervals: Interval[]): number {
  return intervals.reduce((sum, [s, e]) => sum + (e - s), 0);
}

/** Length of [start, end) covered by sorted, disjoint intervals. */
export function coveredLength(intervals: Interval[], start: number, end: number): number {
  let covered = 0;
  for (const [s, e] of intervals) {
    if (e <= start) continue;
    if (s >= end) break;
    covered += Math.min(e, end) - Math.max(s, start);
  }
  return covered;
}
