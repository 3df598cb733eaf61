import { launchExtension } from '../harness/browser';
import { testServer } from '../harness/server';
import { NewsPage } from '../pages/news-page';
const server = await testServer();
const session = await launchExtension();
const log = (m: string) => console.log(new Date().toISOString().slice(17, 23), m);
const withTimeout = <T>(p: Promise<T>, label: string) => Promise.race([p, new Promise<T>((_, rej) => setTimeout(() => rej(new Error('HANG: ' + label)), 15000))]);
try {
  const news = await NewsPage.open(session, server.url('news-trump-putin.html'));
  for (let i = 0; i < 15; i++) {
    let sb = await withTimeout(news.openSidebar(), 'open1'); await withTimeout(sb.waitForFacts(), 'facts1');
    await withTimeout(news.closeWithButton(sb), 'button');
    sb = await withTimeout(news.openSidebar(), 'open2'); await withTimeout(sb.waitForFacts(), 'facts2');
    await withTimeout(news.closeWithEsc(), 'esc');
    sb = await withTimeout(news.openSidebar(), 'open3'); await withTimeout(sb.waitForFacts(), 'facts3');
    await withTimeout(news.closeWithToolbar(), 'toolbar');
    log('round ' + i + ' ok');
  }
} catch (e) { log(String(e)); }
await session.close(); await server.close();
