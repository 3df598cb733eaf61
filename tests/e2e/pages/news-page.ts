// A news page in a tab, as the reader uses it with Parallax: open it, click the toolbar button, read the
// sidebar, close it the three ways a reader can. Also reads the page's own DOM, without our host, to prove
// the page is left as it was.
import type { Frame, Page } from 'playwright-core';
import type { ExtensionSession } from '../harness/browser';
import { clickToolbar } from '../harness/toolbar';
import { Sidebar } from './sidebar';

const APPEAR_MS = 4_000; // a lost CDP trigger shows as nothing at all; a working one injects in well under 1 s
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class NewsPage {
  private constructor(
    readonly page: Page,
    private readonly session: ExtensionSession,
  ) {}

  /** Opens `url` in a new tab (one tab per URL: the toolbar click finds its tab by URL). */
  static async open(session: ExtensionSession, url: string): Promise<NewsPage> {
    const page = await session.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return new NewsPage(page, session);
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  async close(): Promise<void> {
    await this.page.close();
  }

  /** One toolbar click, nothing else. */
  async clickToolbar(): Promise<void> {
    await clickToolbar(this.session, this.page);
  }

  get sidebarUrlPrefix(): string {
    return `chrome-extension://${this.session.extensionId}/sidebar.html`;
  }

  sidebarFrame(): Frame | null {
    return this.page.frames().find((f) => !f.isDetached() && f.url().startsWith(this.sidebarUrlPrefix)) ?? null;
  }

  /** Whether an element other than <head> and <body> hangs off <html>: the content script's host. */
  async hasHost(): Promise<boolean> {
    return this.page.evaluate(() =>
      [...document.documentElement.children].some((el) => el.localName !== 'head' && el.localName !== 'body'),
    );
  }

  /** What page scripts can see of our host: how many elements hang off <html> besides <head> and <body>,
   *  and whether any exposes a shadow root to the page (a closed one does not). */
  async hostSeenByPage(): Promise<{ count: number; openShadowRoot: boolean }> {
    return this.page.evaluate(() => {
      const extra = [...document.documentElement.children].filter((el) => el.localName !== 'head' && el.localName !== 'body');
      return { count: extra.length, openShadowRoot: extra.some((el) => el.shadowRoot !== null) };
    });
  }

  async isSidebarOpen(): Promise<boolean> {
    return this.sidebarFrame() !== null || (await this.hasHost());
  }

  /** Clicks the toolbar and waits for the sidebar frame; re-triggers once if the click was lost (the stack notes: about one in ten). */
  async openSidebar(): Promise<Sidebar> {
    await this.clickToolbar();
    let frame = await this.waitForFrame(APPEAR_MS);
    // Only a click that left no trace at all is re-sent: a slow one has already added the host, and a second
    // click would close it again.
    if (!frame && !(await this.hasHost())) {
      await this.clickToolbar();
      frame = await this.waitForFrame(APPEAR_MS);
    }
    if (!frame) frame = await this.waitForFrame(APPEAR_MS);
    if (!frame) {
      const host = await this.hasHost();
      const frames = this.page.frames().map((f) => f.url()).join(', ');
      throw new Error(`openSidebar: no frame ${this.sidebarUrlPrefix}… after two toolbar clicks on ${this.page.url()} (host element ${host ? 'present' : 'absent'}; frames: ${frames})`);
    }
    await frame.waitForLoadState('domcontentloaded');
    return new Sidebar(frame);
  }

  async closeWithEsc(): Promise<void> {
    await this.closeBy('Esc', () => this.page.keyboard.press('Escape'));
  }

  /** A real click on the close button, by the page's mouse at the button's place. */
  async closeWithButton(sidebar: Sidebar): Promise<void> {
    await sidebar.closeButton.waitFor({ state: 'visible' });
    const box = await sidebar.closeButton.boundingBox();
    if (!box) throw new Error('closeWithButton: the close button is not rendered');
    await this.closeBy('the close button', () => this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2));
  }

  /** A second toolbar click closes; a lost trigger is re-sent once, as when opening. */
  async closeWithToolbar(): Promise<void> {
    await this.clickToolbar();
    if (await this.pollClosed(APPEAR_MS)) return;
    await this.clickToolbar();
    await this.waitForClosed('a second toolbar click');
  }

  /** The page's own markup: <html> serialised without the elements our content script hangs off it. */
  async domOutsideHost(): Promise<string> {
    return this.page.evaluate(() => {
      const clone = document.documentElement.cloneNode(true) as HTMLElement;
      for (const child of [...clone.children]) {
        if (child.localName !== 'head' && child.localName !== 'body') child.remove();
      }
      return clone.outerHTML;
    });
  }

  /**
   * Every computed style property of the page's own elements matched by `selectors` (the first match each),
   * read by the page's own getComputedStyle: what our styles must leave unchanged.
   */
  async pageComputedStyles(
    selectors: readonly string[] = ['html', 'body', 'header', 'nav', 'main', 'article', 'article h1', 'article p', 'aside', 'footer', '[role="dialog"]', 'div[aria-hidden="true"]'],
  ): Promise<Record<string, Record<string, string>>> {
    return this.page.evaluate((list) => {
      const styles: Record<string, Record<string, string>> = {};
      for (const selector of list) {
        const element = document.querySelector(selector);
        if (!element) continue;
        const computed = getComputedStyle(element);
        const properties: Record<string, string> = {};
        for (let i = 0; i < computed.length; i++) {
          const name = computed.item(i);
          properties[name] = computed.getPropertyValue(name);
        }
        styles[selector] = properties;
      }
      return styles;
    }, selectors);
  }

  /** The local name of the element the page's own hit test finds at a point of the viewport. */
  async elementAtPoint(x: number, y: number): Promise<string | null> {
    return this.page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.localName ?? null, [x, y]);
  }

  /**
   * A toolbar click whose effect the caller names and checks (for pages where the sidebar does not simply
   * appear, e.g. one that removes it at once); re-sent once if the click left no trace, as in openSidebar.
   */
  async clickToolbarUntil(what: string, happened: () => Promise<boolean>): Promise<void> {
    for (let click = 1; click <= 2; click++) {
      await this.clickToolbar();
      for (const end = Date.now() + APPEAR_MS; Date.now() < end; await sleep(POLL_MS)) {
        if (await happened()) return;
      }
    }
    throw new Error(`clickToolbarUntil: ${what} did not happen after two toolbar clicks on ${this.page.url()}`);
  }

  /** The text the page's focus highlight (the sentence or claim the sidebar shows) covers, or null. */
  async focusedHighlightText(): Promise<string | null> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights?.get('parallax-focus');
      const range = highlight ? [...highlight][0] : undefined;
      return range ? range.toString() : null;
    });
  }

  /** Stylesheets the page has adopted: page state a sidebar's highlight styles would add to. */
  async adoptedStyleSheetCount(): Promise<number> {
    return this.page.evaluate(() => document.adoptedStyleSheets.length);
  }

  /** Where the sidebar frame sits in the window (for a clipped screenshot of the sidebar alone). */
  async sidebarBox(sidebar: Sidebar): Promise<{ x: number; y: number; width: number; height: number }> {
    const element = await sidebar.frame.frameElement();
    const box = await element.boundingBox();
    if (!box) throw new Error('sidebarBox: the sidebar frame is not rendered');
    return box;
  }

  /** The sidebar once its frame appears within `timeoutMs`, or null (no retry: for measuring). */
  async waitForSidebar(timeoutMs = APPEAR_MS): Promise<Sidebar | null> {
    const frame = await this.waitForFrame(timeoutMs);
    return frame ? new Sidebar(frame) : null;
  }

  private async waitForFrame(timeoutMs: number): Promise<Frame | null> {
    for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(POLL_MS)) {
      const frame = this.sidebarFrame();
      if (frame) return frame;
    }
    return null;
  }

  private async pollClosed(timeoutMs: number): Promise<boolean> {
    for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(POLL_MS)) {
      if (!(await this.isSidebarOpen())) return true;
    }
    return false;
  }

  /**
   * Runs an input that closes the sidebar and waits until it is closed. The input is not awaited once the
   * sidebar is gone: when the frame that got the event is removed while handling it, CDP sometimes never
   * acknowledges the event (about 1 click in 10 here), although the click did all it should.
   */
  private async closeBy(how: string, input: () => Promise<void>): Promise<void> {
    let failure: unknown = null;
    const sent = input().catch((error: unknown) => {
      failure = error;
    });
    if (await this.pollClosed(APPEAR_MS)) return;
    await sent;
    if (failure) throw failure;
    throw new Error(`the sidebar is still open ${APPEAR_MS} ms after closing it with ${how} on ${this.page.url()}`);
  }

  private async waitForClosed(how: string): Promise<void> {
    if (!(await this.pollClosed(APPEAR_MS))) {
      throw new Error(`the sidebar is still open ${APPEAR_MS} ms after closing it with ${how} on ${this.page.url()}`);
    }
  }
}
