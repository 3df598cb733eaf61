// The floor under any click-to-sidebar time: Readability's own extraction of the same page, run in the page
// itself (node_modules' Readability.js injected as a script). Two figures: the first parse in a freshly opened
// tab (what the content script pays on a click: nothing compiled yet) and repeated parses in one tab.
import path from 'node:path';
import type { ExtensionSession } from '../../e2e/harness/browser';

const READABILITY_JS = path.resolve('node_modules/@mozilla/readability/Readability.js');

/** A string, so tsx's keepNames helper does not end up in a script the page runs. */
const PARSE_ONCE = `(() => {
  const start = performance.now();
  const article = new Readability(document.cloneNode(true)).parse();
  const ms = performance.now() - start;
  if (!article || !article.textContent || article.textContent.length < 500) throw new Error('Readability found no article');
  return ms;
})()`;

export interface ReadabilityTimes {
  /** First parse in each fresh tab, ms. */
  firstInTab: number[];
  /** Parses after the first, all in one tab, ms. */
  repeated: number[];
}

async function injected(session: ExtensionSession, url: string) {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: READABILITY_JS });
  return page;
}

export async function timeReadability(session: ExtensionSession, url: string, runs: number, progress: (line: string) => void): Promise<ReadabilityTimes> {
  const firstInTab: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await injected(session, url);
    try {
      firstInTab.push((await page.evaluate(PARSE_ONCE)) as number);
    } finally {
      await page.close();
    }
  }
  progress(`Readability, first parse in a fresh tab: ${firstInTab.map((ms) => ms.toFixed(1)).join(' ')} ms`);
  const repeated: number[] = [];
  const page = await injected(session, url);
  try {
    await page.evaluate(PARSE_ONCE); // the first, compiling parse is the other figure
    for (let i = 0; i < runs; i++) repeated.push((await page.evaluate(PARSE_ONCE)) as number);
  } finally {
    await page.close();
  }
  progress(`Readability, repeated in one tab: ${repeated.map((ms) => ms.toFixed(1)).join(' ')} ms`);
  return { firstInTab, repeated };
}
