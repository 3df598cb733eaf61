// JS heap of any browser target (the extension's service worker, the options page's import worker, a page),
// read over the browser-level CDP session. Playwright gives CDP sessions for pages only, so worker targets are
// attached in non-flat mode and spoken to through Target.sendMessageToTarget.
import type { CDPSession } from 'playwright-core';
import type { ExtensionSession } from '../../e2e/harness/browser';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface Reply {
  id?: number;
  result?: unknown;
  error?: { message: string };
}

const REPLY_MS = 5_000;

/** All targets of the extension's origin: `service_worker`, `worker` (the import worker), `page`, `iframe`. */
export async function extensionTargets(session: ExtensionSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await session.browserCdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  return targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${session.extensionId}/`));
}

/** A debugger attachment to one target; replies are matched to requests by id. */
export class AttachedTarget {
  private nextId = 0;
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private detached = false;
  private readonly onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== this.sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    if (reply.id === undefined) return;
    this.waiting.get(reply.id)?.(reply);
    this.waiting.delete(reply.id);
  };
  private readonly onDetached = (event: { sessionId: string }) => {
    if (event.sessionId !== this.sessionId) return;
    this.detached = true;
    for (const settle of this.waiting.values()) settle({ error: { message: 'target detached' } });
    this.waiting.clear();
  };

  private constructor(
    private readonly cdp: CDPSession,
    readonly target: TargetInfo,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget' as never, this.onMessage as never);
    cdp.on('Target.detachedFromTarget' as never, this.onDetached as never);
  }

  static async attach(session: ExtensionSession, target: TargetInfo): Promise<AttachedTarget> {
    const { sessionId } = (await session.browserCdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    return new AttachedTarget(session.browserCdp, target, sessionId);
  }

  get alive(): boolean {
    return !this.detached;
  }

  async send<T>(method: string, params: object = {}): Promise<T> {
    if (this.detached) throw new Error(`${method}: ${this.target.type} ${this.target.url} is detached`);
    const id = ++this.nextId;
    const reply = new Promise<Reply>((resolve) => {
      const timer = setTimeout(() => resolve({ error: { message: `no reply within ${REPLY_MS} ms` } }), REPLY_MS);
      this.waiting.set(id, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
    });
    await this.cdp.send('Target.sendMessageToTarget' as never, { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) } as never);
    const { result, error } = await reply;
    if (error) throw new Error(`${method} on ${this.target.type} ${this.target.url}: ${error.message}`);
    return result as T;
  }

  /** Bytes of JS heap in use (V8's own count, what DevTools' memory panel shows as "JS heap"). */
  async heapUsed(): Promise<number> {
    return (await this.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
  }

  /** Heap in use after a full garbage collection: what the target actually keeps. */
  async heapUsedAfterGc(): Promise<number> {
    await this.send('HeapProfiler.collectGarbage');
    return this.heapUsed();
  }

  async detach(): Promise<void> {
    this.cdp.off('Target.receivedMessageFromTarget' as never, this.onMessage as never);
    this.cdp.off('Target.detachedFromTarget' as never, this.onDetached as never);
    if (this.detached) return;
    this.detached = true;
    await this.cdp.send('Target.detachFromTarget', { sessionId: this.sessionId }).catch(() => undefined);
  }
}

/** The extension's service worker target, or null while it is stopped. */
export async function serviceWorkerTarget(session: ExtensionSession): Promise<TargetInfo | null> {
  return (await extensionTargets(session)).find((t) => t.type === 'service_worker') ?? null;
}
