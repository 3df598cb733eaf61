// The background's wiring: the toolbar click, install and update seeding, and the one message handler map.
// `stop` drops this instance's listeners and memory, as a stopped MV3 worker does (tests use it).

import { browser, type Browser } from 'wxt/browser';
import { addArticle } from './handlers/add-article';
import { keepRead } from './handlers/keep-read';
import { getArticle } from './handlers/get-article';
import { closeSidebar } from './handlers/close-sidebar';
import { getComparison } from './handlers/get-comparison';
import { highlight } from './handlers/highlight';
import { markCoverage } from './handlers/mark-coverage';
import { openOptions } from './handlers/open-options';
import { prepareComparison } from './handlers/prepare-comparison';
import { reportExtractionFailure } from './handlers/report-extraction-failure';
import { handleMessages } from './handle-messages';
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
  const onMessage = handleMessages(
    { prepareComparison, reportExtractionFailure, getComparison, addArticle, keepRead, highlight, markCoverage, closeSidebar, getArticle, openOptions },
    services,
  );
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
