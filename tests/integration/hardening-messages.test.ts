// Hardening (issue 7, scenario 6): privileged operations cannot be reached by message from a page's side.
//
// The corpus admin operations (import, delete, reset, lexicon, edit, move) are not messages at all: the options
// page and its import worker open the database themselves (entrypoints/options/), and a content script's
// IndexedDB belongs to the web page's origin, so it cannot reach those operations. What a content script CAN do
// is send runtime messages; these tests prove that every message type, from every kind of sender, with any
// payload at all, is answered with a valid answer or a typed error, never throws out of the listener, leaves
// no unhandled rejection, and leaves the database (every table, hashed) unchanged, except the reader's explicit
// "add article" from an extension page.
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKGROUND_MESSAGE_TYPES } from '../../src/messaging/messages';
import { startBackground, type RunningBackground } from '../../src/background/start-background';
import { createCorpusAdmin } from '../../src/db/admin/corpus-admin';
import { bundledPack } from '../../src/db/bundled-pack';
import { loadCorpus } from '../../src/db/corpus-store';
import { openCorpusDb } from '../../src/db/schema';
import { parseLexicon } from '../../src/engine/framing/lexicon';
import { PAGE_ALLOWED, type BackgroundMessageType, type PageArticle, type ProtocolErrorCode } from '../../src/messaging/protocol';
import { fixtureArticle, seedText } from '../helpers/seeds';

// ---- Senders --------------------------------------------------------------------------------------------

const TAB = 7;
const OTHER_EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';

interface SenderCase {
  sender: Browser.runtime.MessageSender;
  /** Whether the background must treat it as one of the extension's own pages. */
  trusted: boolean;
}

/** Every kind of sender the background may see (built per test: fakeBrowser.reset() restores the id). */
function senders(): Record<string, SenderCase> {
  const own = (path: string) => fakeBrowser.runtime.getURL(path as '/');
  const id = fakeBrowser.runtime.id;
  const tab = { id: TAB } as Browser.tabs.Tab;
  return {
    'content script in a web page': { sender: { id, tab, frameId: 0, url: 'https://news.example/story', origin: 'https://news.example' }, trusted: false },
    'content script in a subframe': { sender: { id, tab, frameId: 3, url: 'https://ads.example/frame.html' }, trusted: false },
    'web page naming our URL in its own': { sender: { id, tab, frameId: 0, url: `https://evil.example/${own('/sidebar.html')}?u=${own('/options.html')}` }, trusted: false },
    'look-alike host': { sender: { id, tab, frameId: 0, url: `https://${id}.evil.example/sidebar.html` }, trusted: false },
    'another extension': { sender: { id: OTHER_EXTENSION, url: `chrome-extension://${OTHER_EXTENSION}/background.js` }, trusted: false },
    'another extension claiming our URL': { sender: { id: OTHER_EXTENSION, tab, url: own('/sidebar.html') }, trusted: false },
    'unknown sender (no URL, no tab)': { sender: {}, trusted: false },
    'sidebar frame': { sender: { id, tab, frameId: 4, url: `${own('/sidebar.html')}#t-article` }, trusted: true },
    'options page': { sender: { id, url: `${own('/options.html')}#delete` }, trusted: true },
  };
}

// ---- The background, its database and its answers -------------------------------------------------------

let dbName = '';
let counter = 0;
let background: RunningBackground | undefined;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

/** Content-script answers, as the page's script gives them (fake-browser has no tabs.sendMessage). */
function stubBrowserSide(): void {
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { type: string; payload: { marks?: unknown[] | null } }) => {
    if (message.type === 'highlightSentence') return { found: true };
    if (message.type === 'markSentences') return { marked: message.payload.marks?.length ?? 0 };
    return { closed: true };
  }) as never);
  vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue();
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
}

const ARTICLE_TOKEN = 't-article'; // a seed text: the corpus holds it, adding it writes nothing
const NEW_TOKEN = 't-new'; // an unrelated article: adding it is the one legitimate write
const FAILURE_TOKEN = 't-failure';

function pageArticle(name: 'seed' | 'new'): PageArticle {
  const input = name === 'seed' ? { title: '', text: seedText('003') } : fixtureArticle('unrelated-bahn-strike');
  // The seed as its own outlet published it (another outlet's copy would be a reprint, an article of its own).
  const seedOutlet = bundledPack().articles.find((a) => a.text === input.text)?.outlet.name;
  return { title: input.title ?? '', text: input.text, url: `https://news.example/${name}`, byline: null, siteName: seedOutlet ?? 'Beispielzeitung', date: '2025-02-12' };
}

/** Sends `message` through runtime.onMessage as the browser does; resolves with what the listener returned
 *  (true keeps the channel open) and the one answer it gave through sendResponse. */
async function deliver(message: unknown, sender: Browser.runtime.MessageSender): Promise<{ returned: unknown[]; answer: unknown; answers: number }> {
  let answers = 0;
  let respond!: (answer: unknown) => void;
  const answered = new Promise<unknown>((resolve) => (respond = resolve));
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
  // A listener that throws makes trigger reject: that failure propagates out of this function.
  const returned = await trigger(message, sender, (answer: unknown) => {
    answers++;
    respond(answer);
  });
  let timer: NodeJS.Timeout | undefined;
  const answer = await Promise.race([
    answered,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within 10 s to ${describeMessage(message)}`)), 10_000))),
  ]).finally(() => clearTimeout(timer));
  return { returned, answer, answers };
}

function describeMessage(message: unknown): string {
  try {
    return JSON.stringify(message)?.slice(0, 200) ?? String(typeof message);
  } catch {
    return typeof message;
  }
}

/** After a legitimate write the background brings its derived search index (stored in the database) up to date
 *  on its next read: that catch-up is part of the write, so it is let happen before the next baseline. */
async function catchUpDerivedIndex(): Promise<void> {
  // Asked of the corpus itself, not through a comparison under a known token: the run may have replaced that
  // token's article by an extraction failure (a page may report one), and then no comparison reads the corpus.
  await background!.services.corpus.ready();
  await settle();
}

/** Lets the fire-and-forget work of a message (a comparison started by prepareComparison) finish. */
async function settle(): Promise<void> {
  await background!.services.comparisons.settled();
}

// ---- The database's content, hashed ---------------------------------------------------------------------

/** JSON with sorted keys; typed arrays, dates and binary rows are spelled out so that any change shows. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  if (value instanceof Date) return `Date(${value.toISOString()})`;
  if (ArrayBuffer.isView(value)) return `${value.constructor.name}(${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')})`;
  if (value instanceof ArrayBuffer) return `ArrayBuffer(${Buffer.from(value).toString('hex')})`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Map) return `Map${canonical([...value.entries()])}`;
  if (value instanceof Set) return `Set${canonical([...value.values()])}`;
  const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

/** Every table of the corpus database (db.tables: tables added by a later schema version are covered too). */
async function databaseHash(): Promise<string> {
  const db = background!.services.corpus.database();
  const hash = createHash('sha256');
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    const keys = await table.toCollection().primaryKeys();
    const rows = await table.toArray();
    hash.update(`${table.name}\n${canonical(keys)}\n${canonical(rows)}\n`);
  }
  return hash.digest('hex');
}

async function userArticleIds(): Promise<string[]> {
  return (await loadCorpus(background!.services.corpus.database())).articles.filter((a) => a.origin === 'user').map((a) => a.id);
}

const READER_LEXICON = {
  format: 'parallax-lexicon', version: 1, language: 'de',
  concepts: [{ id: 'reader-platform', label: 'Naming of the platform', category: 'event-naming',
    terms: [{ term: 'Plattform', note: 'Added by the reader.' }, { term: 'Kurznachrichtendienst', note: 'Added by the reader.' }] }],
};

beforeEach(async () => {
  fakeBrowser.reset();
  stubBrowserSide();
  dbName = `parallax-hardening-${process.pid}-${++counter}`;
  background = startBackground({ openDb: () => openCorpusDb(dbName), tokenWaitMs: 0, tokenPollMs: 5, retryDelaysMs: [1] });
  await background.services.corpus.seed();
  // Every table holds rows, so that a change to any of them shows in the hash: a reader's lexicon, and a
  // deletion kept for undo (the trash).
  const admin = createCorpusAdmin(background.services.corpus.database());
  await admin.saveUserLexicon(parseLexicon(READER_LEXICON, 'reader lexicon'));
  const bundled = (await loadCorpus(background.services.corpus.database())).articles;
  await admin.deleteArticles([bundled.find((a) => a.text !== seedText('003'))!.id]);
  const page = senders()['content script in a web page']!.sender;
  for (const [token, payload] of [
    [ARTICLE_TOKEN, { token: ARTICLE_TOKEN, article: pageArticle('seed') }],
    [NEW_TOKEN, { token: NEW_TOKEN, article: pageArticle('new') }],
  ] as const) {
    expect((await deliver({ type: 'prepareComparison', payload }, page)).answer).toEqual({ token });
  }
  const failure = { token: FAILURE_TOKEN, message: 'No article found on this page.', url: 'https://shop.example/' };
  expect((await deliver({ type: 'reportExtractionFailure', payload: failure }, page)).answer).toEqual({ token: FAILURE_TOKEN });
  await settle();
  unhandled.length = 0;
});

afterEach(async () => {
  vi.restoreAllMocks();
  await background?.stop();
  background = undefined;
  await Dexie.delete(dbName);
  expect(unhandled, 'unhandled rejections').toEqual([]);
});

// ---- What a valid answer is -----------------------------------------------------------------------------

const ERROR_CODES: readonly ProtocolErrorCode[] = ['not-allowed', 'bad-request', 'not-found', 'database', 'storage-full', 'internal'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasKeys = (value: Record<string, unknown>, keys: string[]) => Object.keys(value).sort().join() === [...keys].sort().join();

/** The code of a typed protocol error (exactly `{ error: { code, message } }`), or null. */
function errorCode(answer: unknown): ProtocolErrorCode | null {
  if (!isRecord(answer) || !hasKeys(answer, ['error']) || !isRecord(answer.error) || !hasKeys(answer.error, ['code', 'message'])) return null;
  const { code, message } = answer.error;
  return ERROR_CODES.includes(code as ProtocolErrorCode) && typeof message === 'string' && message.length > 0 ? (code as ProtocolErrorCode) : null;
}

/** Whether `answer` is the declared response of `type` (src/messaging/protocol.ts). */
function isValidAnswer(type: BackgroundMessageType, answer: unknown): boolean {
  if (!isRecord(answer)) return false;
  switch (type) {
    case 'prepareComparison':
    case 'reportExtractionFailure':
      return hasKeys(answer, ['token']) && typeof answer.token === 'string';
    case 'readPageArticle':
      return hasKeys(answer, ['injected']) && answer.injected === true;
    case 'getComparison':
      return (answer.state === 'ready' && isRecord(answer.comparison) && isRecord(answer.article) && typeof answer.complete === 'boolean')
        || (answer.state === 'extraction-failed' && typeof answer.message === 'string' && typeof answer.url === 'string');
    case 'getWordingAndQuotes':
      return hasKeys(answer, ['framing', 'quotes']) && Array.isArray(answer.framing) && Array.isArray(answer.quotes);
    case 'addArticle':
      return hasKeys(answer, ['articleId', 'eventId']) && /^a-/.test(String(answer.articleId)) && /^e-/.test(String(answer.eventId));
    case 'keepRead':
      return answer.kept === 'off' || ((answer.kept === 'kept' || answer.kept === 'held') && /^a-/.test(String(answer.articleId)) && /^e-/.test(String(answer.eventId)));
    case 'highlight':
      return hasKeys(answer, ['found']) && typeof answer.found === 'boolean';
    case 'markCoverage':
      return hasKeys(answer, ['marked']) && Number.isInteger(answer.marked);
    case 'closeSidebar':
      return hasKeys(answer, ['closed']) && typeof answer.closed === 'boolean';
    case 'getArticle':
      return hasKeys(answer, ['article']) && (answer.article === null || (isRecord(answer.article) && typeof answer.article.text === 'string'));
    case 'openOptions':
      return hasKeys(answer, ['opened']) && answer.opened === true;
    case 'getCorpusSummary':
      return hasKeys(answer, ['articles', 'events', 'dated', 'firstDate', 'lastDate', 'languages']) && Number.isInteger(answer.articles) && Number.isInteger(answer.events);
  }
}

/** A payload of the declared shape for each type, naming a token prepared in beforeEach. */
const VALID_PAYLOADS: Record<BackgroundMessageType, () => unknown> = {
  prepareComparison: () => ({ token: 't-again', article: pageArticle('seed') }),
  reportExtractionFailure: () => ({ token: 't-failed-again', message: 'No article found on this page.', url: 'https://shop.example/' }),
  readPageArticle: () => ({ token: ARTICLE_TOKEN }),
  getComparison: () => ({ token: ARTICLE_TOKEN }),
  getWordingAndQuotes: () => ({ token: ARTICLE_TOKEN }),
  addArticle: () => ({ token: NEW_TOKEN }),
  keepRead: () => ({ token: NEW_TOKEN }),
  highlight: () => ({ token: ARTICLE_TOKEN, sentence: 0, scroll: false }),
  markCoverage: () => ({ token: ARTICLE_TOKEN, marks: [{ sentence: 0, coverage: 'many' }] }),
  closeSidebar: () => ({ token: ARTICLE_TOKEN }),
  getArticle: () => ({ articleId: bundledPack().articles[0]!.id }),
  openOptions: () => ({}),
  getCorpusSummary: () => ({}),
};

const NEEDS_A_TAB: ReadonlySet<BackgroundMessageType> = new Set(['prepareComparison', 'reportExtractionFailure', 'readPageArticle']);

// ---- The tests ------------------------------------------------------------------------------------------

describe('every message type from every kind of sender', () => {
  it('covers every message the background handles', () => {
    expect([...BACKGROUND_MESSAGE_TYPES].sort()).toEqual(
      ['addArticle', 'closeSidebar', 'getArticle', 'getComparison', 'getCorpusSummary', 'getWordingAndQuotes', 'highlight', 'keepRead', 'markCoverage', 'openOptions', 'prepareComparison', 'readPageArticle', 'reportExtractionFailure'],
    );
    // The only messages a page-side sender may send write nothing but storage.session, or inject the
    // extension's own article script into the sender's frame.
    expect([...PAGE_ALLOWED].sort()).toEqual(['prepareComparison', 'readPageArticle', 'reportExtractionFailure']);
  });

  it('hashes every table, and the hash sees a change in any of them', async () => {
    const db = background!.services.corpus.database();
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['articles', 'events', 'meta', 'trash', 'lexicons']));
    for (const table of db.tables) expect(await table.count(), `rows in ${table.name}`).toBeGreaterThan(0);
    const before = await databaseHash();
    await db.meta.put({ key: 'probe', value: 1 });
    expect(await databaseHash()).not.toBe(before);
  });

  it.each(BACKGROUND_MESSAGE_TYPES.map((type) => [type]))('%s: refused from untrusted senders, answered for the others, writing only as "add article" from an extension page', async (type) => {
    for (const [name, { sender, trusted }] of Object.entries(senders())) {
      const before = await databaseHash();
      const usersBefore = await userArticleIds();
      const { returned, answer, answers } = await deliver({ type, payload: VALID_PAYLOADS[type]() }, sender);
      await settle();
      const what = `${type} from ${name}: ${describeMessage(answer)}`;
      expect(returned, what).toEqual([true]);
      expect(answers, what).toBe(1);
      if (!trusted && !PAGE_ALLOWED.has(type)) {
        expect(answer, what).toEqual({ error: { code: 'not-allowed', message: `${type}: only the extension's own pages may send this message` } });
      } else if (!sender.tab && NEEDS_A_TAB.has(type)) {
        expect(answer, what).toEqual({ error: { code: 'bad-request', message: `${type}: the sender is not in a tab` } });
      } else {
        expect(isValidAnswer(type, answer), what).toBe(true);
      }
      const after = await databaseHash();
      const wrote = type === 'addArticle' && trusted && usersBefore.length === 0;
      if (wrote) {
        expect((await userArticleIds()).length, what).toBe(1);
        await catchUpDerivedIndex();
      }
      else expect(after, `the database changed after ${what}`).toBe(before);
    }
  });
});

/** What a forged admin request could look like: the options page's operations (src/db/corpus-admin-api.ts)
 *  as message types, and the admin's own "add article" shape under the protocol's addArticle. */
function adminLikeMessages(ids: string[]): { type: string; payload: unknown }[] {
  const pack = { format: 'parallax-corpus', version: 1, articles: [{ id: 'a-evil', title: 'Injected', text: 'Injected text.', language: 'de', origin: 'imported' }], events: [] };
  return [
    { type: 'planImport', payload: { source: 'evil.json', text: JSON.stringify(pack) } },
    { type: 'applyImport', payload: { plan: { added: pack.articles, updated: [], revision: 0 } } },
    { type: 'importCorpus', payload: { pack } },
    { type: 'deleteArticles', payload: { ids } },
    { type: 'deleteEvent', payload: { eventId: 'e-000000000000' } },
    { type: 'deleteOutlet', payload: { outlet: 'APA – Austria Presse Agentur' } },
    { type: 'undoLastDeletion', payload: {} },
    { type: 'resetToBundled', payload: { keepOwn: false } },
    { type: 'reset', payload: { keepOwn: false } },
    { type: 'saveUserLexicon', payload: { lexicon: { ...READER_LEXICON, concepts: [] } } },
    { type: 'updateArticle', payload: { id: ids[0], patch: { title: 'Rewritten by a page' } } },
    { type: 'moveArticle', payload: { id: ids[0], placement: { kind: 'new' } } },
    { type: 'addArticle', payload: { article: pack.articles[0] } },
    // Claims of a trusted sender inside the message (the token is of an article the corpus holds: from our own
    // pages this is answered, and writes nothing).
    { type: 'addArticle', payload: { token: ARTICLE_TOKEN }, ...{ from: 'extension', kind: 'extension', sender: { url: fakeBrowser.runtime.getURL('/sidebar.html') } } },
  ];
}

describe('admin-like messages', () => {
  it('are refused with not-allowed from every untrusted sender, and with bad-request from our own pages; nothing changes', async () => {
    const ids = (await loadCorpus(background!.services.corpus.database())).articles.map((a) => a.id);
    const before = await databaseHash();
    for (const [name, { sender, trusted }] of Object.entries(senders())) {
      for (const message of adminLikeMessages(ids)) {
        const { answer } = await deliver(message, sender);
        const what = `${message.type} from ${name}: ${describeMessage(answer)}`;
        if (!trusted) expect(answer, what).toEqual({ error: { code: 'not-allowed', message: `${message.type}: only the extension's own pages may send this message` } });
        else if (message.type === 'addArticle' && isRecord(message.payload) && 'token' in message.payload) expect(isValidAnswer('addArticle', answer), what).toBe(true);
        else expect(errorCode(answer), what).toBe('bad-request');
      }
      await settle();
      expect(await databaseHash(), `the database after admin-like messages from ${name}`).toBe(before);
    }
  });
});

describe('found by the property test', () => {
  // String(type) threw for a type with no primitive value (valid JSON): the listener answered 'internal'.
  it('a message type that is an object without a primitive value is refused, not an internal error', async () => {
    const sent = JSON.parse('{"type": {"toString": 1, "valueOf": 2}, "payload": {"token": "t-article"}}');
    expect((await deliver(sent, senders()['content script in a web page']!.sender)).answer).toEqual({
      error: { code: 'not-allowed', message: "(a type that is object, not a string): only the extension's own pages may send this message" },
    });
    expect((await deliver(sent, senders()['sidebar frame']!.sender)).answer).toEqual({
      error: { code: 'bad-request', message: 'the message type (a type that is object, not a string)' },
    });
  });

  // The sender's URL alone made another extension's page at our origin trusted; the browser's id now decides too.
  it('another extension is never trusted, whatever URL it reports', async () => {
    expect((await deliver({ type: 'addArticle', payload: { token: NEW_TOKEN } }, senders()['another extension claiming our URL']!.sender)).answer)
      .toMatchObject({ error: { code: 'not-allowed' } });
    expect(await userArticleIds()).toEqual([]);
  });
});

// ---- Arbitrary messages ---------------------------------------------------------------------------------

const ADMIN_TYPES = ['planImport', 'applyImport', 'deleteArticles', 'deleteOutlet', 'resetToBundled', 'saveUserLexicon', 'updateArticle', 'moveArticle'];
const TRAP_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then'];
/** Longer than every bound of src/messaging/messages.ts (2,000,000 characters of text). */
const HUGE = 'ä'.repeat(2_100_000);

/** Keys an attacker would try, as JSON gives them (own "__proto__" properties, not prototypes). */
const trapObject = fc
  .tuple(fc.constantFrom(...TRAP_KEYS), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(ARTICLE_TOKEN, NEW_TOKEN, 'x'))
  .map(([key, value, token]) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}, "token": ${JSON.stringify(token)}}`) as unknown);

const token = fc.oneof(fc.constantFrom(ARTICLE_TOKEN, NEW_TOKEN, FAILURE_TOKEN, ...TRAP_KEYS, HUGE), fc.string({ maxLength: 250 }));
const someText = fc.oneof(fc.constantFrom(seedText('001'), fixtureArticle('unrelated-bahn-strike').text, HUGE, '', ' \n '), fc.string({ maxLength: 300 }));

/** Payloads with the declared keys, so that many pass the shape check and reach the handlers. */
const shapedPayload = fc.record(
  {
    token,
    article: fc.oneof(
      fc.record({
        title: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(HUGE)),
        text: someText,
        url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 40 })),
        byline: fc.option(fc.string({ maxLength: 40 })),
        siteName: fc.option(fc.string({ maxLength: 40 })),
        date: fc.option(fc.constantFrom('2025-02-12', '2025-13-45', 'yesterday'), { nil: undefined }),
        language: fc.option(fc.constantFrom('de', 'en', 'xx', HUGE), { nil: undefined }),
      }, { requiredKeys: ['title', 'text', 'url', 'byline', 'siteName'] }),
      fc.anything({ maxDepth: 2 }),
      trapObject,
    ),
    message: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(HUGE)),
    url: fc.oneof(fc.webUrl(), fc.constant(HUGE)),
    sentence: fc.oneof(fc.constant(null), fc.nat(60), fc.integer(), fc.double()),
    scroll: fc.oneof(fc.boolean(), fc.anything({ maxDepth: 0 })),
    marks: fc.oneof(
      fc.constant(null),
      fc.array(fc.record({ sentence: fc.oneof(fc.nat(60), fc.integer()), coverage: fc.constantFrom('many', 'few', 'only-here', 'lots', '__proto__') }), { maxLength: 8 }),
      fc.anything({ maxDepth: 1 }),
    ),
  },
  { requiredKeys: [] },
);

/** Payloads that fit the declared shape of their type (random values), so that the handlers themselves run. */
const knownToken = fc.oneof(fc.constantFrom(ARTICLE_TOKEN, NEW_TOKEN, FAILURE_TOKEN), fc.string({ minLength: 1, maxLength: 12 }).map((t) => `t-${t}`));
const wellFormedArticle = fc.record({
  title: fc.string({ maxLength: 60 }),
  text: fc.oneof(fc.constantFrom(seedText('002'), fixtureArticle('same-call-paraphrase').text, fixtureArticle('unrelated-bahn-strike').text), fc.lorem({ maxCount: 40, mode: 'sentences' })),
  url: fc.webUrl(),
  byline: fc.option(fc.string({ maxLength: 30 })),
  siteName: fc.option(fc.string({ maxLength: 30 })),
}).filter((a) => a.text.trim().length > 0);
const wellFormed: Record<BackgroundMessageType, fc.Arbitrary<unknown>> = {
  prepareComparison: fc.record({ token: knownToken, article: wellFormedArticle }),
  reportExtractionFailure: fc.record({ token: knownToken, message: fc.string({ maxLength: 80 }), url: fc.string({ maxLength: 80 }) }),
  readPageArticle: fc.record({ token: knownToken }),
  getComparison: fc.record({ token: knownToken }),
  getWordingAndQuotes: fc.record({ token: knownToken }),
  addArticle: fc.record({ token: knownToken }),
  keepRead: fc.record({ token: knownToken }),
  highlight: fc.record({ token: knownToken, sentence: fc.option(fc.nat(40), { nil: null }), scroll: fc.boolean() }),
  markCoverage: fc.record({ token: knownToken, marks: fc.option(fc.array(fc.record({ sentence: fc.nat(40), coverage: fc.constantFrom('many', 'few', 'only-here') }), { maxLength: 6 }), { nil: null }) }),
  closeSidebar: fc.record({ token: knownToken }),
  getArticle: fc.record({ articleId: fc.oneof(fc.constant(bundledPack().articles[0]!.id), fc.string({ minLength: 1, maxLength: 60 })) }),
  openOptions: fc.constant({}),
  getCorpusSummary: fc.constant({}),
};
const wellFormedMessage = fc.constantFrom(...BACKGROUND_MESSAGE_TYPES).chain((type) => wellFormed[type].map((payload) => ({ type, payload })));

const payload = fc.oneof(
  shapedPayload,
  fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true }),
  trapObject,
  fc.constantFrom(HUGE, [HUGE], { token: HUGE }),
);

const messageType = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...BACKGROUND_MESSAGE_TYPES) },
  { weight: 2, arbitrary: fc.constantFrom(...ADMIN_TYPES, ...TRAP_KEYS, HUGE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true }) },
);

const message = fc.oneof(
  { weight: 4, arbitrary: wellFormedMessage },
  { weight: 8, arbitrary: fc.record({ type: messageType, payload }) },
  // Sender claims inside the message, which the background must never believe.
  { weight: 1, arbitrary: fc.record({ type: messageType, payload, from: fc.constantFrom('extension', 'page'), sender: fc.constant({ url: 'chrome-extension://test-extension-id/options.html' }) }) },
  { weight: 1, arbitrary: fc.oneof(fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }), trapObject) },
);

function typeOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { type?: unknown }).type : undefined;
}

describe('arbitrary messages (property-based)', () => {
  it('never throw, are answered once with a valid answer or a typed error, and never change the database except a legitimate add', async () => {
    const cases = senders();
    let baseline = await databaseHash();
    let legitimateWrites = 0;
    const seen = new Map<string, number>(); // answers by code ('valid' for non-errors): the runs reached the handlers
    const property = fc.asyncProperty(message, fc.constantFrom(...Object.keys(cases)), async (sent, senderName) => {
        const { sender, trusted } = cases[senderName]!;
        const { returned, answer, answers } = await deliver(sent, sender);
        await settle();
        const what = `${describeMessage(sent)} from ${senderName} → ${describeMessage(answer)}`;
        expect(returned, what).toEqual([true]);
        expect(answers, what).toBe(1);
        const type = typeOf(sent);
        const known = BACKGROUND_MESSAGE_TYPES.includes(type as BackgroundMessageType) ? (type as BackgroundMessageType) : null;
        const code = errorCode(answer);
        seen.set(code ?? 'valid', (seen.get(code ?? 'valid') ?? 0) + 1);
        if (code === null) {
          expect(known, `a non-error answer to an unknown type: ${what}`).not.toBeNull();
          expect(isValidAnswer(known!, answer), `not a valid ${String(known)} answer: ${what}`).toBe(true);
        }
        expect(code, `an unexpected failure: ${what}`).not.toBe('internal');
        if (!trusted && !(known && PAGE_ALLOWED.has(known))) expect(code, what).toBe('not-allowed');
        const after = await databaseHash();
        if (after !== baseline) {
          expect(known === 'addArticle' && trusted && code === null, `the database changed after ${what}`).toBe(true);
          legitimateWrites++;
          await catchUpDerivedIndex();
          baseline = await databaseHash();
        }
    });
    // fc.check, not fc.assert: a counterexample holds 2 MB strings, which must not be printed whole.
    const run = await fc.check(property, { numRuns: 500 });
    if (run.failed) {
      const failure = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
      throw new Error(`property failed after ${run.numRuns} runs (seed ${run.seed}, path ${run.counterexamplePath}): ${failure.slice(0, 2_000)}`);
    }
    expect(Object.fromEntries(seen)).toEqual({ valid: expect.any(Number), 'not-allowed': expect.any(Number), 'bad-request': expect.any(Number), 'not-found': expect.any(Number) });
    expect(seen.get('valid'), JSON.stringify(Object.fromEntries(seen))).toBeGreaterThanOrEqual(25);
    // Each legitimate write added one article of the reader's (a page prepared under some token, added from
    // an extension page); nothing else reached the database.
    expect((await userArticleIds()).length).toBe(legitimateWrites);
  }, 120_000);
});
