// Shared by the options page's component tests: an in-memory CorpusAdmin (the contract in
// src/db/corpus-admin-api.ts, every method a spy), catalogues through the fake browser, and small helpers to
// mount the page at a hash and act on it the way a reader would.
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import type {
  ArticlePage, ArticlePatch, ArticleQuery, ArticleSummary, CorpusAdmin, CorpusOverview, DeletionReceipt, ImportPlan, ImportProgress,
  ImportResult, Placement,
} from '../../src/db/corpus-admin-api';
import { CorpusDbError } from '../../src/db/corpus-db-error';
import type { Lexicon } from '../../src/engine/framing/lexicon';
import type { CorpusArticle } from '../../src/engine/types';
import { pageImport } from '../../src/ui/options/import-runner';
import { OptionsApp } from '../../src/ui/options/options-app';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function getMessageFrom(catalogue: Catalogue) {
  return (key: string, substitutions?: string | string[]) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return entry.message
      .replace(/\$([a-z0-9_]+)\$/gi, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
      .replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
export const EN = getMessageFrom(en as Catalogue);
export const DE = getMessageFrom(de as Catalogue);
export const say = (key: keyof typeof en, ...subs: (string | number)[]) => EN(key, subs.map(String));

export function speak(catalogue: 'en' | 'de') {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((catalogue === 'en' ? EN : DE) as typeof fakeBrowser.i18n.getMessage);
}

type Stored = Omit<CorpusArticle, 'placedByReader'> & { eventId: string; placedByReader: boolean };

export const OUTLETS = ['Tagesblatt', 'Morgenpost', 'Abendzeitung', 'Landbote'];
export const HOSTILE = '<img src=x onerror="window.hacked=1">Haushalt';

/** `count` articles in `count / 12` events, four outlets and some of unknown outlet, all three origins. */
export class FakeAdmin implements CorpusAdmin {
  articles = new Map<string, Stored>();
  events = new Map<string, { id: string; title: string; date: string | null }>();
  trash: Stored[] | null = null;
  lexicons = new Map<string, Lexicon>();

  constructor(count = 120) {
    const eventCount = Math.max(1, Math.ceil(count / 12));
    for (let e = 0; e < eventCount; e++) {
      this.events.set(`e-${e}`, { id: `e-${e}`, title: e === 1 ? HOSTILE : `Ereignis ${e}`, date: `2025-02-${String(1 + (e % 28)).padStart(2, '0')}` });
    }
    for (let i = 0; i < count; i++) {
      const outlet = i % 10 === 9 ? null : OUTLETS[i % OUTLETS.length]!;
      this.articles.set(`a-${i}`, {
        id: `a-${i}`, title: i === 5 ? HOSTILE : `Artikel ${String(i).padStart(4, '0')}`, text: i === 5 ? `Erster Absatz <script>window.hacked=1</script>.\n\nZweiter Absatz.` : `Text ${i}.`,
        url: `https://example.org/${i}`, date: `2025-02-${String(1 + (i % 28)).padStart(2, '0')}`, language: 'de',
        origin: (['bundled', 'user', 'imported'] as const)[i % 3]!,
        outlet: outlet ? { name: outlet, known: i % 2 ? 'stated' : 'inferred', evidence: ['header'] } : { name: null, known: 'unknown', evidence: [] },
        eventId: `e-${i % eventCount}`, placedByReader: false,
      });
    }
  }

  private summary(a: Stored): ArticleSummary {
    return {
      id: a.id, title: a.title, outlet: a.outlet.name, outletKnown: a.outlet.known, date: a.date, language: a.language, origin: a.origin,
      eventId: a.eventId, eventTitle: this.events.get(a.eventId)?.title ?? '', placedByReader: a.placedByReader,
    };
  }

  async overview(): Promise<CorpusOverview> {
    const all = [...this.articles.values()];
    const outlets = [...new Set(all.flatMap((a) => (a.outlet.name ? [a.outlet.name] : [])))].sort();
    const events = [...this.events.values()].map((e) => {
      const members = all.filter((a) => a.eventId === e.id);
      return { ...e, articleCount: members.length, outlets: [...new Set(members.flatMap((a) => (a.outlet.name ? [a.outlet.name] : [])))] };
    }).filter((e) => e.articleCount > 0);
    return { events, articleCount: all.length, outletCount: outlets.length, outlets };
  }

  async listArticles(query: ArticleQuery): Promise<ArticlePage> {
    const search = query.search?.toLowerCase();
    const rows = [...this.articles.values()].map((a) => this.summary(a)).filter((s) =>
      (!search || `${s.title} ${s.outlet ?? ''}`.toLowerCase().includes(search))
      && (query.outlet === undefined || s.outlet === query.outlet) && (!query.eventId || s.eventId === query.eventId)
      && (!query.origin || s.origin === query.origin) && (!query.dateFrom || (s.date ?? '') >= query.dateFrom) && (!query.dateTo || (s.date ?? '9') <= query.dateTo));
    const sort = query.sort ?? { key: 'date', descending: true };
    const value = (s: ArticleSummary) => String({ date: s.date, title: s.title, outlet: s.outlet, origin: s.origin, event: s.eventTitle }[sort.key] ?? '');
    rows.sort((a, b) => value(a).localeCompare(value(b)) * (sort.descending ? -1 : 1) || a.id.localeCompare(b.id));
    return { rows: rows.slice(query.page * query.pageSize, (query.page + 1) * query.pageSize), total: rows.length };
  }

  async getArticle(id: string) {
    const a = this.articles.get(id);
    return a ? structuredClone(a) : undefined;
  }

  async updateArticle(id: string, patch: ArticlePatch) {
    const a = this.articles.get(id);
    if (!a) throw new CorpusDbError('not-found', `could not update article "${id}": it is not in the corpus`);
    this.articles.set(id, { ...a, ...patch } as Stored);
  }

  async moveArticle(id: string, placement: Placement) {
    const a = this.articles.get(id)!;
    const eventId = 'eventId' in placement ? placement.eventId : `e-new-${id}`;
    if (!this.events.has(eventId)) this.events.set(eventId, { id: eventId, title: a.title, date: a.date });
    this.articles.set(id, { ...a, eventId, placedByReader: true });
    return { eventId };
  }

  async addArticle(article: CorpusArticle) {
    const existing = this.articles.get(article.id);
    if (existing) return { articleId: article.id, eventId: existing.eventId, added: false };
    this.articles.set(article.id, { ...article, eventId: 'e-0', placedByReader: false });
    return { articleId: article.id, eventId: 'e-0', added: true };
  }

  async planImport(source: string, _text: string, onProgress?: (p: ImportProgress) => void): Promise<ImportPlan> {
    onProgress?.({ phase: 'validating', done: 1, total: 2 });
    const article = (id: string): CorpusArticle => ({ id, title: id, text: `Text ${id}`, url: null, outlet: { name: null, known: 'unknown', evidence: [] }, date: null, language: 'de', origin: 'imported' });
    return {
      source, format: 'pack', added: [article('n-1'), article('n-2')], updated: [], duplicates: [{ article: article('a-0'), existingId: 'a-0' }],
      invalid: [{ record: 12, list: 'articles', id: 'abc', message: 'has no "text"' }], events: [],
    };
  }

  async applyImport(plan: ImportPlan, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
    onProgress?.({ phase: 'writing', done: 1, total: 2 });
    for (const a of plan.added) this.articles.set(a.id, { ...a, eventId: 'e-0', placedByReader: false });
    return { added: plan.added.length, updated: plan.updated.length, skipped: plan.duplicates.length, eventsCreated: 1 };
  }

  async exportPack(articleIds?: string[]) {
    return JSON.stringify({ format: 'parallax-corpus', version: 1, articles: articleIds ?? [...this.articles.keys()], events: [] });
  }

  private remove(ids: string[], description: string): DeletionReceipt {
    const gone = ids.flatMap((id) => this.articles.get(id) ?? []);
    for (const a of gone) this.articles.delete(a.id);
    const emptied = [...this.events.keys()].filter((e) => ![...this.articles.values()].some((a) => a.eventId === e));
    this.trash = gone;
    return { description, articleCount: gone.length, eventCount: new Set(gone.map((a) => a.eventId)).size === 1 && emptied.length ? 1 : 0 };
  }

  async deleteArticles(ids: string[]) {
    return this.remove(ids, `${ids.length} articles`);
  }

  async deleteEvent(eventId: string) {
    return this.remove([...this.articles.values()].filter((a) => a.eventId === eventId).map((a) => a.id), `event ${eventId}`);
  }

  async deleteOutlet(outlet: string) {
    return this.remove([...this.articles.values()].filter((a) => a.outlet.name === outlet).map((a) => a.id), `outlet ${outlet}`);
  }

  async undoLastDeletion() {
    if (!this.trash) return null;
    for (const a of this.trash) this.articles.set(a.id, a);
    const receipt = { description: 'undone', articleCount: this.trash.length, eventCount: 0 };
    this.trash = null;
    return receipt;
  }

  async resetToBundled(_options: { keepOwn: boolean }) {}

  async userLexicon(language: string) {
    return this.lexicons.get(language) ?? null;
  }

  async saveUserLexicon(lexicon: Lexicon) {
    this.lexicons.set(lexicon.language, lexicon);
  }
}

/** The admin with every method replaced by a spy that calls through. */
export function spiedAdmin(count?: number): FakeAdmin {
  const admin = new FakeAdmin(count);
  const methods = Object.getOwnPropertyNames(FakeAdmin.prototype).filter((m) => m !== 'constructor' && m !== 'summary' && m !== 'remove');
  for (const method of methods) vi.spyOn(admin, method as keyof CorpusAdmin);
  return admin;
}

/** jsdom has <dialog> without showModal/close: enough of them for the page's dialogs. */
export function polyfillDialog() {
  const proto = HTMLElement.prototype as HTMLElement & { showModal?: () => void; close?: () => void; open?: boolean };
  if (!('showModal' in HTMLElement.prototype)) {
    Object.defineProperty(proto, 'open', { configurable: true, get(this: HTMLElement) { return this.hasAttribute('open'); } });
    proto.showModal = function (this: HTMLElement) { this.setAttribute('open', ''); };
    proto.close = function (this: HTMLElement) { this.removeAttribute('open'); };
  }
}

export const flush = (ms = 0) => act(async () => { await new Promise((r) => setTimeout(r, ms)); });

export async function mountAt(root: HTMLElement, hash: string, admin: CorpusAdmin) {
  history.replaceState(null, '', hash || '#');
  await act(() => { render(h(OptionsApp, { admin, createImport: () => pageImport(admin) }), root); });
  await flush();
  await flush();
}

export async function click(el: Element | null | undefined) {
  if (!el) throw new Error('click: no element');
  await act(() => { (el as HTMLElement).click(); });
  await flush();
}

export async function type(el: Element | null | undefined, value: string, event = 'input') {
  if (!el) throw new Error('type: no element');
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await flush();
}

export async function chooseFile(input: Element | null | undefined, file: File) {
  if (!input) throw new Error('chooseFile: no input');
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(() => { input.dispatchEvent(new Event('change', { bubbles: true })); });
  await flush();
  await flush();
}

export const buttonNamed = (root: ParentNode, name: string | RegExp) =>
  [...root.querySelectorAll('button')].find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent?.trim() ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });

/** Waits (in act) until `ready()` holds: for an admin on a real database, whose answers take a few tasks. */
export async function until(ready: () => boolean, timeoutMs = 3000) {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > end) throw new Error('until: the page did not get there in time');
    await flush(10);
  }
}
