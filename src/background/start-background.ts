// The background's wiring: the toolbar click, install and update seeding, and the message listener with its handlers.
// `stop` drops this instance's listeners and memory, as a stopped MV3 worker does (tests use it).

import { browser, type Browser } from 'wxt/browser';
import { handleMessages } from './handle-messages';
import { BACKGROUND_HANDLERS } from './handlers';
import { DEFAULT_RETRY_DELAYS_MS, injectSidebar } from './inject-sidebar';
import { createServices, type BackgroundOptions, type BackgroundServices } from './services';
import { toolbarAction } from './toolbar-action';

export interface RunningBackground {
  services: BackgroundServices;
  /** Removes the listeners, lets the work already started finish and closes the database. */
  stop(): Promise<void>;
}

export function startBackground(options: BackgroundOptions = {}): RunningBackground {
  const services = createServices(options);
  const onClicked = (tab: Browser.tabs.Tab) => injectSidebar(tab, options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS);
  const onInstalled = () =>
    services.corpus.seed().catch((error: unknown) => console.error('Parallax: seeding the bundled corpus failed:', error));
  const onMessage = handleMessages(BACKGROUND_HANDLERS, services);
  toolbarAction().onClicked.addListener(onClicked);
  browser.runtime.onInstalled.addListener(onInstalled);
  browser.runtime.onMessage.addListener(onMessage);
  return {
    services,
    async stop() {
      toolbarAction().onClicked.removeListener(onClicked);
      browser.runtime.onInstalled.removeListener(onInstalled);
      browser.runtime.onMessage.removeListener(onMessage);
      await services.comparisons.settled();
      await services.corpus.close();
    },
  };
}
