// What the pack command has done so far, shown as it goes: a bar redrawn in place on a terminal, plain lines
// otherwise (a log file, CI). Failures and skips with a problem are named one a line in both cases.

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export class PackProgress {
  fetched = 0;
  extracted = 0;
  readonly skipped = new Map<string, number>();
  readonly failed = new Map<string, number>();
  private total = 0;
  private done = 0;
  private lastPlain = 0;
  private barShown = false;

  constructor(private readonly out: Output) {}

  addWork(n = 1): void {
    this.total += n;
    this.draw();
  }

  finishWork(): void {
    this.done++;
    this.draw();
  }

  countFetched(): void {
    this.fetched++;
  }

  countExtracted(): void {
    this.extracted++;
  }

  /** A skip; `what` names the feed, page or record when the reader should see it, null to only count it. */
  skip(what: string | null, reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
    if (what) this.line(`skipped ${what}: ${reason}`);
  }

  fail(what: string, reason: string): void {
    this.failed.set(groupOf(reason), (this.failed.get(groupOf(reason)) ?? 0) + 1);
    this.line(`failed ${what}: ${reason}`);
  }

  counts(): string {
    return `fetched ${this.fetched} · extracted ${this.extracted} · skipped ${total(this.skipped)}${details(this.skipped)} · failed ${total(this.failed)}${details(this.failed)}`;
  }

  /** Ends the bar so that the summary starts on a line of its own. */
  close(): void {
    if (this.barShown) this.out.write('\r\x1b[2K');
    this.barShown = false;
    if (!this.out.isTTY && this.done !== this.lastPlain) this.out.write(`progress ${this.done}/${this.total} · ${this.counts()}\n`);
  }

  private line(text: string): void {
    if (this.barShown) this.out.write('\r\x1b[2K');
    this.out.write(`${text}\n`);
    this.barShown = false;
    this.draw();
  }

  private draw(): void {
    if (this.out.isTTY) {
      const width = 24;
      const filled = this.total ? Math.round((this.done / this.total) * width) : 0;
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} · ${this.counts()}`;
      this.out.write(`\r\x1b[2K${bar.slice(0, Math.max(20, (this.out.columns ?? 120) - 1))}`);
      this.barShown = true;
      return;
    }
    // Plain lines: one every 25 items done, not one per item.
    if (this.done - this.lastPlain >= 25) {
      this.lastPlain = this.done;
      this.out.write(`progress ${this.done}/${this.total} · ${this.counts()}\n`);
    }
  }
}

function total(map: Map<string, number>): number {
  let n = 0;
  for (const v of map.values()) n += v;
  return n;
}

function details(map: Map<string, number>): string {
  if (map.size === 0) return '';
  return ` (${[...map].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${reason}: ${n}`).join(', ')})`;
}

/** "HTTP 404 Not Found" and "HTTP 404" count together; so do all timeouts. */
function groupOf(reason: string): string {
  return reason.replace(/ \(after one retry\)$/, '').replace(/^(HTTP \d{3}).*$/, '$1');
}
