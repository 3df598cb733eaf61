// The article script: the background injects it when the sidebar script (sidebar-host) has opened the sidebar
// and asks for it (readPageArticle), so Readability is loaded only for a sidebar that waits for an article. The work is in
// src/page/read-article.ts. No `matches`, as for sidebar-host: activeTab is all it needs.
import { sendArticleForSidebar } from '../src/page/read-article';

export default defineContentScript({
  registration: 'runtime',
  main: () => sendArticleForSidebar(),
});
