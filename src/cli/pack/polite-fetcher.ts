// The only network code in Parallax: fetches what the pack command's user named (feeds, pages, and the
// articles those feeds list), and nothing else. A User-Agent naming Parallax, a few requests at a time per
// host, a timeout, one retry on a transient error, robots.txt obeyed unless the user says otherwise, no cookies
// (Node's fetch keeps none), redirects followed by hand so that each hop is checked against robots.txt too.

import robotsParser from 'robots-parser';

export const USER_AGENT = 'Parallax/0.1 (pack builder; fetches only the feeds and pages its user names)';
const ROBOTS_AGENT = 'Parallax';
const MAX_BYTES = 20 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const TRANSIENT_STATUS = new Set([408, 429, 500, 502, 503, 504]);

export interface Fetched {
  url: string;
  status: number;
  contentType: string | null;
  body: Uint8Array;
}

/** A request that did not give a usable response; `reason` says why in a few words. */
export class FetchFailure extends Error {
  constructor(readonly url: string, readonly reason: string, readonly kind: 'failed' | 'skipped' = 'failed') {
    super(`${url}: ${reason}`);
    this.name = 'FetchFailure';
  }
}

export interface FetcherOptions {
  timeoutMs: number;
  perHost: number;
  respectRobots: boolean;
  retryDelayMs?: number;
}

class HostQueue {
  private running = 0;
  private waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    try {
      return await task();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

type Robots = { isAllowed(url: string, agent: string): boolean | undefined };
/** robots.txt as read: rules, none (a missing file allows everything), or why it could not be read. */
type RobotsState = Robots | null | { unreadable: string };

export class PoliteFetcher {
  private readonly hosts = new Map<string, HostQueue>();
  /** However many hosts a feeds file names, at most this many requests are open at once. */
  private readonly all = new HostQueue(8);
  private readonly robots = new Map<string, Promise<RobotsState>>();
  constructor(private readonly options: FetcherOptions) {}

  async get(url: string): Promise<Fetched> {
    let current = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const address = parseHttpUrl(current);
      if (this.options.respectRobots && !(await this.allowedByRobots(address))) {
        throw new FetchFailure(url, `robots.txt of ${address.host} disallows ${address.pathname}`, 'skipped');
      }
      const response = await this.withRetry(address);
      if ('redirect' in response) {
        current = new URL(response.redirect, address).href;
        continue;
      }
      return response;
    }
    throw new FetchFailure(url, `more than ${MAX_REDIRECTS} redirects`);
  }

  private queueFor(host: string): HostQueue {
    let queue = this.hosts.get(host);
    if (!queue) this.hosts.set(host, (queue = new HostQueue(this.options.perHost)));
    return queue;
  }

  private async withRetry(address: URL): Promise<Fetched | { redirect: string }> {
    try {
      return await this.once(address);
    } catch (error) {
      if (!(error instanceof TransientError)) throw error;
      await new Promise((resolve) => setTimeout(resolve, this.options.retryDelayMs ?? 1000));
      try {
        return await this.once(address);
      } catch (second) {
        if (second instanceof TransientError) throw new FetchFailure(address.href, `${second.message} (after one retry)`);
        throw second;
      }
    }
  }

  private once(address: URL): Promise<Fetched | { redirect: string }> {
    return this.queueFor(address.host).run(() => this.all.run(async () => {
      const signal = AbortSignal.timeout(this.options.timeoutMs);
      let response: Response;
      try {
        response = await fetch(address, {
          headers: { 'user-agent': USER_AGENT, accept: 'application/rss+xml, application/atom+xml, application/xml, text/html, text/plain;q=0.8, */*;q=0.1' },
          redirect: 'manual',
          credentials: 'omit',
          signal,
        });
      } catch (error) {
        throw new TransientError(networkProblem(error, this.options.timeoutMs));
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        return { redirect: location };
      }
      if (TRANSIENT_STATUS.has(response.status)) {
        await response.body?.cancel();
        throw new TransientError(`HTTP ${response.status}`);
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FetchFailure(address.href, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      }
      const body = await readLimited(response, address.href, this.options.timeoutMs);
      return { url: address.href, status: response.status, contentType: response.headers.get('content-type'), body };
    }));
  }

  private allowedByRobots(address: URL): Promise<boolean> {
    let robots = this.robots.get(address.origin);
    if (!robots) {
      robots = this.readRobots(address);
      this.robots.set(address.origin, robots);
    }
    return robots.then((r) => {
      if (r === null) return true;
      if ('unreadable' in r) throw new FetchFailure(address.href, `robots.txt of ${address.host} cannot be read (${r.unreadable})`, 'skipped');
      return r.isAllowed(address.href, ROBOTS_AGENT) !== false;
    });
  }

  /** A missing robots.txt (4xx) allows everything; one that cannot be read (5xx, timeout) allows nothing,
   *  as crawlers conventionally treat it. */
  private async readRobots(address: URL): Promise<RobotsState> {
    const robotsUrl = new URL('/robots.txt', address.origin);
    try {
      const fetched = await this.withRetry(robotsUrl);
      if ('redirect' in fetched) return null;
      return robotsParser(robotsUrl.href, new TextDecoder().decode(fetched.body));
    } catch (error) {
      if (error instanceof FetchFailure && /^HTTP 4\d\d/.test(error.reason)) return null;
      return { unreadable: error instanceof FetchFailure ? error.reason : error instanceof Error ? error.message : String(error) };
    }
  }
}

class TransientError extends Error {}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchFailure(url, 'is not a valid address');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchFailure(url, 'is not an http(s) address');
  parsed.hash = '';
  return parsed;
}

function networkProblem(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${timeoutMs / 1000} s`;
  const code = e.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ECONNRESET') return 'connection reset';
  return e.cause?.message ?? e.message ?? String(error);
}

async function readLimited(response: Response, url: string, timeoutMs: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) {
    await response.body?.cancel();
    throw new FetchFailure(url, `response too large (${Math.round(declared / 1048576)} MB; the limit is 20 MB)`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > MAX_BYTES) throw new FetchFailure(url, 'response larger than 20 MB');
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FetchFailure) throw error;
    throw new TransientError(networkProblem(error, timeoutMs));
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
