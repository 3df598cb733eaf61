// Screenshots a reviewer looks at: the whole window with the sidebar over the page, in test-results/e2e/.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve('test-results/e2e');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A screenshot of `clip` once rendering has settled: two shots in a row alike (a spinner or a fade in
 *  progress would make a comparison flaky). Returns the last shot. */
export async function settledScreenshot(page: Page, clip: Clip, attempts = 10): Promise<Buffer> {
  let previous = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
  for (let i = 1; i < attempts; i++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const next = await page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    if (next.equals(previous)) return next;
    previous = next;
  }
  return previous;
}

export function writeScreenshot(name: string, png: Buffer): string {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  fs.writeFileSync(file, png);
  return file;
}
