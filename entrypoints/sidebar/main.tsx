// The sidebar page (/sidebar.html#<token>), shown in a frame over the article by the content script.

import { render } from 'preact';
import { t, uiLanguage } from '../../src/ui/i18n';
import { SidebarApp } from '../../src/ui/sidebar/sidebar-app';
import { loadView } from '../../src/ui/sidebar/load-view';
import { readToken } from '../../src/ui/sidebar/view-model';
import './style.css';

function mount(): void {
  const token = readToken(location.hash);
  // Asked before the first render, not in an effect after its paint: the answer is on the critical path.
  render(<SidebarApp key={token ?? ''} token={token} firstView={loadView(token)} />, document.getElementById('app')!);
}

document.documentElement.lang = uiLanguage();
document.title = t('sidebarFrameTitle');
window.addEventListener('hashchange', mount);
mount();
