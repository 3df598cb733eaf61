// The Firefox build is MV2: its toolbar button is `browserAction`, and the background must find it there.
import { afterEach, describe, expect, test, vi } from 'vitest';

const fakeApis = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
vi.mock('wxt/browser', () => fakeApis);
const { toolbarAction } = await import('../../src/background/toolbar-action');

afterEach(() => {
  fakeApis.browser = {};
});

describe('toolbarAction', () => {
  test('is `action` where it exists (Chrome, MV3)', () => {
    const action = { onClicked: {} };
    fakeApis.browser = { action, browserAction: { onClicked: {} } };
    expect(toolbarAction()).toBe(action);
  });

  test('is `browserAction` in an MV2 build (Firefox), which has no `action`', () => {
    const browserAction = { onClicked: {} };
    fakeApis.browser = { browserAction };
    expect(toolbarAction()).toBe(browserAction);
  });
});
