// A real toolbar click: CDP Extensions.triggerAction on the tab's `type: 'tab'` target fires action.onClicked
// and grants activeTab, as a user's click does (a page target or a synthetic event would not).
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './browser';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The tab target showing `page`, matched by URL (tabs and pages have different target ids). */
async function tabTargetOf(session: ExtensionSession, page: Page): Promise<string> {
  const { targetInfos } = (await session.browserCdp.send('Target.getTargets', {
    filter: [{ type: 'tab' }],
  })) as { targetInfos: TargetInfo[] };
  const tabs = targetInfos.filter((t) => t.type === 'tab');
  const url = page.url();
  const matching = tabs.filter((t) => t.url === url);
  if (matching.length === 1) return matching[0]!.targetId;
  const known = tabs.map((t) => t.url).join(', ');
  throw new Error(`clickToolbar: ${matching.length} tab targets show ${url} (tabs: ${known}); open one tab per URL`);
}

export async function clickToolbar(session: ExtensionSession, page: Page): Promise<void> {
  const targetId = await tabTargetOf(session, page);
  await session.browserCdp.send('Extensions.triggerAction', { id: session.extensionId, targetId });
}
