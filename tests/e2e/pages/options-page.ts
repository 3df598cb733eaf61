// The options page ("Manage corpus") as a reader uses it: sections reached by their hash, role and label
// locators in the English UI (public/_locales/en/messages.json), and the few steps the e2e tests repeat
// (read the counts, import a file, export the corpus, answer a dialog). Also a tiny server for news pages
// made from corpus articles, and temporary files for the packs the tests write.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Download, Locator, Page } from 'playwright-core';
import type { ExtensionSession } from '../harness/browser';

export type OptionsSection = 'overview' | 'articles' | 'article' | 'add' | 'import' | 'export' | 'delete' | 'reset' | 'lexicon' | 'storage';

/** The importer and the engine are quick, but the first open of the database and a 1,000-article plan are not instant. */
const STEP_MS = 30_000;

/** "1,005" → 1005 (counts are formatted in the UI language). */
export function parseCount(text: string): number {
  const digits = text.replace(/[^\d]/g, '');
  if (!digits) throw new Error(`parseCount: no number in "${text}"`);
  return Number(digits);
}

/** What the <progress> elements showed while a step ran (recorded in the page, so a quick step is not missed). */
export interface ProgressSeen {
  label: string;
  value: number | null;
  max: number | null;
}

/** A parsed corpus pack as exported. */
export interface ExportedPack {
  format: string;
  version: number;
  createdAt?: string;
  description?: string;
  articles: Record<string, unknown>[];
  events: { id: string; title: string; date: string | null; articleIds: string[] }[];
}

const RECORD_PROGRESS = `(() => {
  window.__progressSeen = [];
  if (window.__progressObserver) window.__progressObserver.disconnect();
  window.__progressObserver = new MutationObserver(() => {
    for (const el of document.querySelectorAll('progress')) {
      const box = el.closest('.progress');
      const label = box && box.querySelector('.progress-label') ? box.querySelector('.progress-label').textContent : '';
      window.__progressSeen.push({ label, value: el.hasAttribute('value') ? el.value : null, max: el.hasAttribute('max') ? el.max : null });
    }
  });
  window.__progressObserver.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

const SETTLE = `new Promise((resolve) => {
  setTimeout(resolve, 250); // a tab in the background gets no animation frames
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
})`;

export class OptionsPage {
  private constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens the options page in a new tab, at `section`. `query`: the page's own switches (`import=page` runs
   *  imports on the page instead of in a worker); `beforeLoad` runs before the page's scripts (addInitScript). */
  static async open(session: ExtensionSession, section: OptionsSection = 'overview', how: { query?: string; beforeLoad?: string } = {}): Promise<OptionsPage> {
    const page = await session.context.newPage();
    if (how.beforeLoad) await page.addInitScript(how.beforeLoad);
    const options = new OptionsPage(page, `chrome-extension://${session.extensionId}/options.html${how.query ? `?${how.query}` : ''}`);
    await options.goto(section);
    return options;
  }

  /** Goes to a section by its hash (a deep link), with parameters as the route has them (`article?id=…`). */
  async goto(section: OptionsSection, params: Record<string, string> = {}): Promise<void> {
    const query = new URLSearchParams(params).toString();
    await this.page.goto(`${this.baseUrl}#${section}${query ? `?${query}` : ''}`, { waitUntil: 'load' });
    await this.page.locator(`section.section-panel[data-section="${section}"]`).waitFor({ timeout: STEP_MS });
  }

  /** Reloads the whole page (every list is read again from the database). */
  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
    await this.page.locator('section.section-panel').waitFor({ timeout: STEP_MS });
  }

  /** Lets the page finish what a step set off: Preact runs effects (a list reloading after a write) after the
   *  next frames, so a list read at once may still show the data from before the write, marked as not busy. */
  async settle(): Promise<void> {
    await this.page.evaluate(SETTLE);
  }

  get heading(): Locator {
    return this.page.locator('#section-heading');
  }

  navLink(name: string): Locator {
    return this.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name, exact: true });
  }

  /** The notice at the top of the section ("Deleted. …", "Restored. …"). */
  get notice(): Locator {
    return this.page.locator('.notice .notice-text');
  }

  get undoButton(): Locator {
    return this.page.locator('.notice').getByRole('button', { name: 'Undo' });
  }

  /** The page's polite live region: what screen readers hear after a step ("Import cancelled. …"). */
  get announcement(): Locator {
    return this.page.locator('main > p.sr-only[aria-live="polite"]');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get errorBox(): Locator {
    return this.page.locator('.error-box');
  }

  // ---- Overview -------------------------------------------------------------------------------------------

  /** One of the Overview's counts ("Articles", "Events", "Outlets"), once it has loaded. */
  async overviewCount(label: 'Articles' | 'Events' | 'Outlets'): Promise<number> {
    await this.page.locator('.counts').waitFor({ timeout: STEP_MS });
    await this.settle();
    await this.page.locator('.stack[aria-busy="false"]').first().waitFor({ timeout: STEP_MS });
    const dd = this.page.locator('.counts > div').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
    return parseCount(await dd.innerText());
  }

  /** The Overview's counts, read fresh (goes to the Overview). */
  async counts(): Promise<{ articles: number; events: number; outlets: number }> {
    await this.goto('overview');
    return {
      articles: await this.overviewCount('Articles'),
      events: await this.overviewCount('Events'),
      outlets: await this.overviewCount('Outlets'),
    };
  }

  /** The Overview's event rows on the current page of the table: title, articles, outlets. */
  async overviewEvents(): Promise<{ title: string; articles: number; outlets: number }[]> {
    await this.page.locator('.counts').waitFor({ timeout: STEP_MS });
    await this.settle();
    await this.page.locator('.stack[aria-busy="false"]').first().waitFor({ timeout: STEP_MS });
    return this.page.locator('table.data-table tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '');
        return { title: cells[0] ?? '', articles: Number((cells[2] ?? '').replace(/[^\d]/g, '')), outlets: Number((cells[3] ?? '').replace(/[^\d]/g, '')) };
      }),
    );
  }

  // ---- Articles -------------------------------------------------------------------------------------------

  /** The articles table's status line ("Articles: 5", "Articles matching: 2") once loaded. */
  get articlesStatus(): Locator {
    return this.page.locator('#articles-count');
  }

  /** Goes to the Articles table (optionally filtered through the route's parameters) and waits for its rows. */
  async openArticles(params: Record<string, string> = {}): Promise<void> {
    await this.goto('articles', params);
    await this.settle();
    await this.articlesStatus.filter({ hasText: /\d/ }).waitFor({ timeout: STEP_MS });
    await this.page.locator('table.articles-table[aria-busy="false"], p.empty').first().waitFor({ timeout: STEP_MS });
  }

  /** The total the Articles table reports (all pages). */
  async articleTotal(params: Record<string, string> = {}): Promise<number> {
    await this.openArticles(params);
    return parseCount(await this.articlesStatus.innerText());
  }

  /** The rows of the table's current page, as shown. */
  async articleRows(): Promise<{ title: string; outlet: string; date: string; event: string; origin: string; href: string }[]> {
    return this.page.locator('table.articles-table tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim());
        return {
          title: cells[1] ?? '',
          outlet: cells[2] ?? '',
          date: cells[3] ?? '',
          event: cells[4] ?? '',
          origin: cells[5] ?? '',
          href: row.querySelector('a')?.getAttribute('href') ?? '',
        };
      }),
    );
  }

  // ---- Import ---------------------------------------------------------------------------------------------

  get importFileInput(): Locator {
    return this.page.getByLabel('Choose or drop a .json or .jsonl file');
  }

  get importProgress(): Locator {
    return this.page.locator('progress#import-progress');
  }

  /** The plan: "What importing <file> would do" and its counts. */
  get planHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^What importing .* would do$/ });
  }

  async planCount(label: 'New articles' | 'Updated articles' | 'Moved to the file’s event' | 'Already in your corpus (skipped)' | 'Invalid (left out)' | 'Events in the file'): Promise<number> {
    const dd = this.page.locator('.plan .counts > div').filter({ has: this.page.locator('dt', { hasText: label }) }).locator('dd');
    return parseCount(await dd.innerText());
  }

  /** The invalid records as listed under "Invalid records and why". */
  async planProblems(): Promise<string[]> {
    return (await this.page.locator('ul.problems > li').allInnerTexts()).map((s) => s.trim());
  }

  /** "Import 1,000 articles" or "Import 6 valid articles". */
  get importButton(): Locator {
    return this.page.getByRole('button', { name: /^Import [\d,.\s]+ (valid )?articles$/ });
  }

  /** Declining the plan: "Import none" (invalid records), "Cancel" or "Close" (nothing to import). */
  get declineButton(): Locator {
    return this.page.locator('.plan .actions').getByRole('button', { name: /^(Import none|Cancel|Close)$/ });
  }

  get importResult(): Locator {
    return this.page.locator('.result-box');
  }

  /** Starts recording every <progress> the page shows (phase label, value, max) until `progressSeen()`.
   *  The script is a string: tsx (esbuild's keepNames) would wrap named inner functions in a helper the page lacks. */
  async recordProgress(): Promise<void> {
    await this.page.evaluate(RECORD_PROGRESS);
  }

  async progressSeen(): Promise<ProgressSeen[]> {
    return this.page.evaluate(() => {
      const w = window as unknown as { __progressSeen?: ProgressSeen[]; __progressObserver?: MutationObserver };
      w.__progressObserver?.disconnect();
      return w.__progressSeen ?? [];
    });
  }

  /** Goes to Import and chooses `file` in the file input, as a reader choosing it in the file dialog. */
  async chooseImportFile(file: string): Promise<void> {
    await this.goto('import');
    await this.recordProgress();
    await this.importFileInput.setInputFiles(file);
  }

  /** Waits for the plan, or for the error that stops the import before any plan. */
  async waitForPlanOrError(): Promise<'plan' | 'error'> {
    await this.planHeading.or(this.errorBox).first().waitFor({ timeout: STEP_MS });
    return (await this.planHeading.count()) > 0 ? 'plan' : 'error';
  }

  /** Waits until the import's progress bar says it is saving and has saved at least `atLeast` articles;
   *  returns what it showed then. Polled on a timer: a tab in the background gets no animation frames. */
  async waitForSaving(atLeast: number, timeout = 60_000): Promise<{ done: number; total: number }> {
    const handle = await this.page.waitForFunction(
      ([label, min]) => {
        const bar = document.querySelector<HTMLProgressElement>('progress#import-progress');
        const phase = bar?.closest('.progress')?.querySelector('.progress-label')?.textContent;
        return bar && phase === label && bar.hasAttribute('max') && bar.value >= min ? { done: bar.value, total: bar.max } : null;
      },
      ['Saving the articles…', atLeast] as const,
      { polling: 20, timeout },
    );
    return (await handle.jsonValue()) as { done: number; total: number };
  }

  /** Waits until the import's articles are written: its progress moved on to indexing them for matching
   *  (derived data, done after the write transaction committed), or its result or error is shown. */
  async waitForWritten(timeout = 60_000): Promise<'indexing' | 'result' | 'error'> {
    const indexing = this.page.locator('.progress-label', { hasText: 'Indexing the articles for matching…' });
    await indexing.or(this.importResult).or(this.errorBox).first().waitFor({ timeout });
    if ((await this.errorBox.count()) > 0) return 'error';
    return (await this.importResult.count()) > 0 ? 'result' : 'indexing';
  }

  /** Waits for the import's result or its error; returns which, and its text. */
  async waitForImportOutcome(timeout = 60_000): Promise<{ outcome: 'result' | 'error'; text: string }> {
    await this.importResult.or(this.errorBox).first().waitFor({ timeout });
    if ((await this.errorBox.count()) > 0) return { outcome: 'error', text: (await this.errorBox.innerText()).trim() };
    return { outcome: 'result', text: (await this.importResult.innerText()).trim() };
  }

  /** Clicks the import button of the plan and waits for the result; returns the result's text. */
  async confirmImport(): Promise<string> {
    await this.importButton.click();
    await this.importResult.or(this.errorBox).first().waitFor({ timeout: 60_000 });
    if ((await this.errorBox.count()) > 0) throw new Error(`the import failed: ${await this.errorBox.innerText()}`);
    return (await this.importResult.innerText()).trim();
  }

  /** The whole import of one file: choose, check the plan, import; returns the result text. */
  async importFile(file: string): Promise<string> {
    await this.chooseImportFile(file);
    if ((await this.waitForPlanOrError()) === 'error') throw new Error(`the import of ${file} was refused: ${await this.errorBox.innerText()}`);
    return this.confirmImport();
  }

  // ---- Export ---------------------------------------------------------------------------------------------

  /** Exports the whole corpus through the Export section; returns the downloaded file's name and pack. */
  async exportAll(saveTo?: string): Promise<{ fileName: string; pack: ExportedPack; file: string }> {
    await this.goto('export');
    await this.page.getByRole('radio', { name: /^The whole corpus/ }).check();
    const downloaded: Promise<Download> = this.page.waitForEvent('download', { timeout: STEP_MS });
    await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = await downloaded;
    const file = saveTo ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-export-')), download.suggestedFilename());
    await download.saveAs(file);
    await this.page.getByRole('status').filter({ hasText: /^Saved parallax-corpus-/ }).waitFor({ timeout: STEP_MS });
    return { fileName: download.suggestedFilename(), pack: JSON.parse(fs.readFileSync(file, 'utf8')) as ExportedPack, file };
  }

  // ---- Dialogs --------------------------------------------------------------------------------------------

  /** Clicks the dialog's confirming button (its label) and waits for the dialog to close. */
  async confirmDialog(label: string): Promise<void> {
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
    await this.dialog.waitFor({ state: 'detached', timeout: STEP_MS });
  }
}

// ---- Files and pages the tests make ---------------------------------------------------------------------

/** A temporary directory removed by `cleanup()`. */
export class TempFiles {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-files-'));

  write(name: string, content: string): string {
    const file = path.join(this.dir, name);
    fs.writeFileSync(file, content);
    return file;
  }

  json(name: string, value: unknown): string {
    return this.write(name, JSON.stringify(value));
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface ArticleForPage {
  title: string;
  text: string;
  outlet: { name: string | null };
  date: string | null;
  language: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A plain news page for an article: its title as the headline, its paragraphs, its outlet as the site name. */
export function newsPageHtml(article: ArticleForPage): string {
  const paragraphs = article.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const site = article.outlet.name ?? 'Testseite';
  return `<!DOCTYPE html>
<html lang="${escapeHtml(article.language)}">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(article.title)} | ${escapeHtml(site)}</title>
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="${escapeHtml(site)}">
  <meta property="og:title" content="${escapeHtml(article.title)}">
  ${article.date ? `<meta property="article:published_time" content="${article.date}T10:00:00+01:00">` : ''}
</head>
<body>
  <header><p>${escapeHtml(site)}</p><nav><a href="/">Start</a></nav></header>
  <main>
    <article>
      <h1>${escapeHtml(article.title)}</h1>
      ${article.date ? `<p><time datetime="${article.date}">${article.date}</time></p>` : ''}
      ${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n      ')}
    </article>
  </main>
  <footer><p>© ${escapeHtml(site)}</p></footer>
</body>
</html>
`;
}

/** Serves pages the tests make in memory on 127.0.0.1 (the same CSP as the demo server: nothing leaves). */
export interface PageServer {
  /** Adds (or replaces) a page at `/<name>` and returns its URL. */
  add(name: string, html: string): string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, string>();
  const server = http.createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
    const html = pages.get(name);
    const headers = { 'content-security-policy': "default-src 'self' 'unsafe-inline' data:", 'cache-control': 'no-store' };
    if (html === undefined) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' });
      response.end(`not found: ${name}`);
      return;
    }
    response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    add(name, html) {
      pages.set(name, html);
      return `${origin}/${name}`;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
