import { launchExtension } from '../harness/browser';
import { testServer } from '../harness/server';
import { NewsPage } from '../pages/news-page';
const server = await testServer();
const session = await launchExtension();
const log = (m: string) => console.log(new Date().toISOString().slice(17, 23), m);
const T = <T>(p: Promise<T>, label: string) => Promise.race([p, new Promise<T>((_, rej) => setTimeout(() => rej(new Error('HANG: ' + label)), 10000))]);
try {
  const news = await NewsPage.open(session, server.url('news-trump-putin.html'));
  for (let i = 0; i < 40; i++) {
    const sb = await T(news.openSidebar(), 'open'); await T(sb.waitForFacts(), 'facts');
    await T(sb.closeButton.waitFor({ state: 'visible' }), 'waitFor');
    const box = await T(sb.closeButton.boundingBox(), 'bbox');
    await T(news.page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2), 'mouse');
    const t0 = Date.now();
    for (;;) { const open = await T(news.isSidebarOpen(), 'isOpen'); if (!open) break; if (Date.now() - t0 > 4000) throw new Error('still open'); await new Promise(r => setTimeout(r, 50)); }
    if (i % 5 === 0) log('round ' + i + ' ok');
  }
} catch (e) { log(String(e)); }
await session.close(); await server.close();
