// Peak JS heap of groups of extension targets while something runs: every ~100 ms, each target of a group
// (attached as it appears, so the import worker the options page starts mid-way is caught too) reports its
// heap in use; a group's figure at a tick is the sum over its targets, its peak the largest such sum.
import type { ExtensionSession } from '../../e2e/harness/browser';
import { AttachedTarget, extensionTargets, type TargetInfo } from './target-heap';

const INTERVAL_MS = 100;

export type TargetGroups<G extends string> = Record<G, (target: TargetInfo) => boolean>;

export interface HeapPeaks<G extends string> {
  /** Largest heap in use per group, bytes (0 when the group never had a live target). */
  peak: Record<G, number>;
  /** Ticks taken, and ticks where at least one target did not answer (it stopped or was busy past 5 s). */
  ticks: number;
  missed: number;
}

export class HeapSampler<G extends string> {
  private readonly attached = new Map<string, { group: G; target: AttachedTarget }>();
  private readonly peak: Record<G, number>;
  private ticks = 0;
  private missed = 0;
  private running = true;
  private readonly loop: Promise<void>;
  private stopped: Promise<HeapPeaks<G>> | undefined;

  constructor(
    private readonly session: ExtensionSession,
    private readonly groups: TargetGroups<G>,
  ) {
    this.peak = Object.fromEntries(Object.keys(groups).map((g) => [g, 0])) as Record<G, number>;
    this.loop = this.run();
  }

  /** Stops sampling (after one last tick) and detaches from every target; later calls return the same peaks. */
  stop(): Promise<HeapPeaks<G>> {
    this.stopped ??= this.finish();
    return this.stopped;
  }

  private async finish(): Promise<HeapPeaks<G>> {
    this.running = false;
    await this.loop;
    await this.tick();
    await Promise.all([...this.attached.values()].map(({ target }) => target.detach()));
    return { peak: { ...this.peak }, ticks: this.ticks, missed: this.missed };
  }

  private async run(): Promise<void> {
    while (this.running) {
      const started = Date.now();
      await this.tick();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, INTERVAL_MS - (Date.now() - started))));
    }
  }

  private async tick(): Promise<void> {
    await this.attachNew();
    const sums = new Map<G, number>();
    let missed = false;
    await Promise.all(
      [...this.attached.values()].map(async ({ group, target }) => {
        if (!target.alive) return;
        try {
          const used = await target.heapUsed();
          sums.set(group, (sums.get(group) ?? 0) + used);
        } catch {
          missed = true;
        }
      }),
    );
    for (const [group, sum] of sums) this.peak[group] = Math.max(this.peak[group], sum);
    this.ticks++;
    if (missed) this.missed++;
  }

  private async attachNew(): Promise<void> {
    for (const info of await extensionTargets(this.session).catch(() => [])) {
      const known = this.attached.get(info.targetId);
      if (known?.target.alive) continue;
      const group = (Object.keys(this.groups) as G[]).find((g) => this.groups[g](info));
      if (!group) continue;
      // A restarted service worker keeps its target id: attach again.
      const target = await AttachedTarget.attach(this.session, info).catch(() => null);
      if (target) this.attached.set(info.targetId, { group, target });
    }
  }
}
