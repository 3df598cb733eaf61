// A message lost because the MV3 worker stopped before answering is sent again, but only when sending it twice
// cannot do anything twice, only for Chrome's "lost with the worker" errors, and only a bounded number of times.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lostWithWorker, ProtocolCallError, sendToBackground } from '../../src/messaging/send';

// Chrome's own words (extensions/renderer), as the sidebar and the content script receive them.
const CHANNEL_CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';
const PORT_CLOSED = 'The message port closed before a response was received.';

const READY = { state: 'extraction-failed', message: 'no article', url: 'http://127.0.0.1/' };

function sendMessageAnswering(...outcomes: Array<Error | unknown>) {
  const spy = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
  for (const outcome of outcomes) {
    if (outcome instanceof Error) spy.mockRejectedValueOnce(outcome);
    else spy.mockResolvedValueOnce(outcome as never);
  }
  return spy;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('lostWithWorker', () => {
  test.each([CHANNEL_CLOSED, NO_RECEIVER, PORT_CLOSED])('recognises "%s"', (message) => {
    expect(lostWithWorker(new Error(message))).toBe(true);
  });

  test.each(['Extension context invalidated.', 'getComparison: nothing was prepared under token "t"', 'QuotaExceededError'])(
    'does not take "%s" for a lost worker',
    (message) => {
      expect(lostWithWorker(new Error(message))).toBe(false);
    },
  );
});

describe('sendToBackground after the worker stopped', () => {
  test('a read lost with the worker is asked again and answered by the next worker', async () => {
    const spy = sendMessageAnswering(new Error(CHANNEL_CLOSED), READY);
    await expect(sendToBackground('getComparison', { token: 't' })).resolves.toEqual(READY);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy.mock.calls[1]![0]).toEqual({ type: 'getComparison', payload: { token: 't' } });
  });

  test("the content script's article is sent again when its worker stopped before storing it", async () => {
    const article = { title: 'T', text: 'Body.', url: 'http://127.0.0.1/a', byline: null, siteName: null, language: 'de' };
    const spy = sendMessageAnswering(new Error(NO_RECEIVER), { token: 't' });
    await expect(sendToBackground('prepareComparison', { token: 't', article })).resolves.toEqual({ token: 't' });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  test('gives up after two re-sends and reports what the browser said', async () => {
    const spy = sendMessageAnswering(new Error(CHANNEL_CLOSED), new Error(CHANNEL_CLOSED), new Error(PORT_CLOSED), READY);
    await expect(sendToBackground('getComparison', { token: 't' })).rejects.toThrow(PORT_CLOSED);
    expect(spy).toHaveBeenCalledTimes(3);
  });

  test('adding an article is not sent twice: the lost answer may hide an article already added', async () => {
    const spy = sendMessageAnswering(new Error(CHANNEL_CLOSED), { articleId: 'a', eventId: 'e' });
    await expect(sendToBackground('addArticle', { token: 't' })).rejects.toThrow(CHANNEL_CLOSED);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test("the background's own refusals are not re-sent", async () => {
    const spy = sendMessageAnswering({ error: { code: 'not-found', message: 'no token' } }, READY);
    await expect(sendToBackground('getComparison', { token: 't' })).rejects.toBeInstanceOf(ProtocolCallError);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
