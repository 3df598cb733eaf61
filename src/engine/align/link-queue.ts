// The order in which alignment tries to link pairs of claims: best score first, ties by claim index. A pair whose
// score still waits on the meaning model takes its place by the most it can score, ahead of known pairs of that
// score, so every pair it could precede is still behind it when it is settled.

export interface Link {
  a: number;
  b: number;
  /** The pair's score, or for an open pair the most it can score. */
  score: number;
  open: boolean;
}

function before(p: Link, q: Link): boolean {
  if (p.score !== q.score) return p.score > q.score;
  if (p.open !== q.open) return p.open;
  return p.a !== q.a ? p.a < q.a : p.b < q.b;
}

/** A binary heap of links: pairs are settled while linking, and a settled pair goes back in at its place. */
export class LinkQueue {
  private readonly heap: Link[] = [];

  constructor(links: Iterable<Link>) {
    for (const link of links) this.push(link);
  }

  get size(): number {
    return this.heap.length;
  }

  push(link: Link): void {
    const heap = this.heap;
    let at = heap.length;
    heap.push(link);
    while (at > 0) {
      const up = (at - 1) >> 1;
      if (!before(link, heap[up]!)) break;
      heap[at] = heap[up]!;
      at = up;
    }
    heap[at] = link;
  }

  pop(): Link | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child = right < heap.length && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[at] = heap[child]!;
      at = child;
    }
    heap[at] = last;
    return top;
  }
}
