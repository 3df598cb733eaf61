// The message table (src/messaging/messages.ts) is the one declaration of every background message: the
// handlers, the sender rule, the resend rule and the payload check all follow from it, and a payload of the
// wrong shape is refused naming the message and the field.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { dispatchMessage, type HandlerMap } from '../../src/background/handle-messages';
import { BACKGROUND_HANDLERS } from '../../src/background/handlers';
import type { BackgroundServices } from '../../src/background/services';
import { BACKGROUND_MESSAGES, BACKGROUND_MESSAGE_TYPES, type BackgroundMessageType } from '../../src/messaging/messages';
import { PAGE_ALLOWED } from '../../src/messaging/protocol';

const extensionPage = (): Browser.runtime.MessageSender => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidebar.html') });

/** Handlers that only record that they ran: a refused payload must never reach one. */
function recordingHandlers(ran: BackgroundMessageType[]): HandlerMap {
  const entries = BACKGROUND_MESSAGE_TYPES.map((type) => [type, async () => (ran.push(type), {})]);
  return Object.fromEntries(entries) as unknown as HandlerMap;
}

const send = (handlers: HandlerMap, type: BackgroundMessageType, payload: unknown) =>
  dispatchMessage(handlers, {} as BackgroundServices, { type, payload }, extensionPage());

beforeEach(() => fakeBrowser.reset());

describe('the message table', () => {
  it('has an entry for every message the background handles, and a handler for every entry', () => {
    expect(Object.keys(BACKGROUND_HANDLERS).sort()).toEqual([...BACKGROUND_MESSAGE_TYPES].sort());
    expect(Object.keys(BACKGROUND_MESSAGES)).toEqual(BACKGROUND_MESSAGE_TYPES);
    for (const type of BACKGROUND_MESSAGE_TYPES) expect(typeof BACKGROUND_HANDLERS[type], type).toBe('function');
  });

  it('says who may send each message and which are sent again, as before the table', () => {
    const declaredFrom = (from: 'page' | 'extension') => BACKGROUND_MESSAGE_TYPES.filter((type) => BACKGROUND_MESSAGES[type].from === from);
    expect(declaredFrom('page')).toEqual(['prepareComparison', 'readPageArticle', 'reportExtractionFailure']);
    expect([...PAGE_ALLOWED]).toEqual(declaredFrom('page'));
    expect(BACKGROUND_MESSAGE_TYPES.filter((type) => BACKGROUND_MESSAGES[type].resendable).sort()).toEqual(
      ['closeSidebar', 'getComparison', 'getCorpusSummary', 'getWordingAndQuotes', 'highlight', 'markCoverage', 'prepareComparison', 'readPageArticle', 'reportExtractionFailure'],
    );
  });
});

/** For every message type, a payload wrong in one field, and the field the refusal must name. */
const WRONG: Record<BackgroundMessageType, { payload: unknown; field: string; says: string }> = {
  prepareComparison: { payload: { token: 't', article: { title: '', text: 'Body.', url: 7 } }, field: 'article.url', says: 'is not a string' },
  reportExtractionFailure: { payload: { token: 't', message: 'no article', url: 'x'.repeat(9_000) }, field: 'url', says: 'is longer than 8192 characters' },
  readPageArticle: { payload: { token: '' }, field: 'token', says: 'is not a non-empty string' },
  getComparison: { payload: { token: '  ' }, field: 'token', says: 'is not a non-empty string' },
  getWordingAndQuotes: { payload: { token: 7 }, field: 'token', says: 'is not a non-empty string' },
  addArticle: { payload: {}, field: 'token', says: 'is not a non-empty string' },
  keepRead: { payload: { token: 42 }, field: 'token', says: 'is not a non-empty string' },
  highlight: { payload: { token: 't', sentence: 0, scroll: true, span: { start: 1.5, end: 3 } }, field: 'span.start', says: 'is not a character offset' },
  markCoverage: { payload: { token: 't', marks: [{ sentence: 1, coverage: 'many' }, { sentence: 2 }] }, field: 'marks[1].coverage', says: 'is not one of many, few, only-here' },
  closeSidebar: { payload: { token: null }, field: 'token', says: 'is not a non-empty string' },
  getArticle: { payload: { articleId: '' }, field: 'articleId', says: 'is not a non-empty string' },
  openOptions: { payload: [], field: 'payload', says: 'is not an object' },
  getCorpusSummary: { payload: null, field: 'payload', says: 'is not an object' },
};

describe('a payload of the wrong shape', () => {
  it.each(BACKGROUND_MESSAGE_TYPES.map((type) => [type]))('%s: is refused naming the message and the field, before its handler runs', async (type) => {
    const ran: BackgroundMessageType[] = [];
    const { payload, field, says } = WRONG[type];
    const answer = await send(recordingHandlers(ran), type, payload);
    expect(answer).toEqual({ error: { code: 'bad-request', message: expect.stringMatching(new RegExp(`^${type}: "${field.replace(/[[\].]/g, '\\$&')}" ${says}`)) } });
    expect(ran).toEqual([]);
  });

  it.each(BACKGROUND_MESSAGE_TYPES.map((type) => [type]))('%s: no payload at all is refused naming "payload"', async (type) => {
    expect(await send(recordingHandlers([]), type, undefined)).toEqual({ error: { code: 'bad-request', message: `${type}: "payload" is not an object` } });
  });

  it('a payload of the declared shape reaches the handler', async () => {
    const ran: BackgroundMessageType[] = [];
    await send(recordingHandlers(ran), 'highlight', { token: 't', sentence: null, scroll: false, span: null });
    await send(recordingHandlers(ran), 'openOptions', {});
    expect(ran).toEqual(['highlight', 'openOptions']);
  });
});
