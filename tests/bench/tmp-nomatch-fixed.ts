import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../e2e/harness/browser-paths';
import { testServer } from '../e2e/harness/server';
const server = await testServer();
const browser = await chromium.launch({ executablePath: CHROMIUM.path, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
for (const [label, js] of [['walk every element', '/tmp/nomatch-fixed-old.js'], ['walk <= 20,000 then hit test', '/tmp/nomatch-fixed.js']]) {
  const code = fs.readFileSync(js, 'utf8');
  for (const file of ['news-trump-putin.html', 'hardening-huge-article.html']) {
    await page.goto(server.url(file));
    await page.waitForLoadState('load');
    await page.addScriptTag({ content: code });
    const result = await page.evaluate(`(() => {
      const g = window.FixedGuard;
      const times = [];
      let marked = 0;
      for (let i = 0; i < 5; i++) {
        const guard = g.createFixedElementGuard(document, () => false);
        const t = performance.now();
        guard.watch(400);
        times.push(performance.now() - t);
        marked = document.querySelectorAll('[' + g.FIXED_ATTRIBUTE + ']').length;
        guard.stop();
      }
      times.sort((a, b) => a - b);
      return { elements: document.getElementsByTagName('*').length, medianMs: Math.round(times[2] * 10) / 10, marked };
    })()`);
    console.log(label, file, JSON.stringify(result));
  }
}
await browser.close();
await server.close();
