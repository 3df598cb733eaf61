// The article script's work (entrypoints/page-article.content.ts): the background injects it when the sidebar
// script has opened the sidebar and asked for it, and it extracts the page's article for that sidebar while the frame
// boots in its own process. Nothing happens if the sidebar was closed meanwhile or its article already sent.

import { sendPageArticle } from './send-article';
import { currentSession } from './sidebar-session';

export function sendArticleForSidebar(win: Window = window): 'sent' | 'not-wanted' {
  const request = currentSession(win)?.takeArticleRequest() ?? null;
  if (!request) return 'not-wanted';
  sendPageArticle(request.doc, request.token, request.pageUrl).catch(request.onCallFailed);
  return 'sent';
}
