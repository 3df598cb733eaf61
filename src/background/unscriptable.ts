// Which pages a toolbar click cannot inject into, and why in words the reader understands. Pure: the
// browser's refusal is predictable for these, so the click explains instead of failing silently.

const CLOSED_SCHEMES = [
  'chrome:', 'edge:', 'about:', 'view-source:', 'chrome-extension:', 'moz-extension:', 'extension:',
  'brave:', 'opera:', 'vivaldi:', 'devtools:', 'chrome-search:', 'chrome-untrusted:', 'javascript:',
];

/** Extension stores: browsers refuse every extension there. */
const STORES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

const PREFIX = 'Parallax cannot read this page: ';

export const REASONS = {
  browserPage: `${PREFIX}browser pages are closed to extensions`,
  store: `${PREFIX}extension stores are closed to extensions`,
  pdf: `${PREFIX}PDF files open in the browser's own viewer, which extensions cannot read`,
  fileAccess: `${PREFIX}reading local files is off for Parallax (turn on "Allow access to file URLs" in its extension details)`,
  unreachable: 'Parallax could not reach this page in time: click the Parallax button again',
  refused: (detail: string) => `${PREFIX}the browser refused (${detail})`,
};

/** Why the page at `url` cannot be scripted, or null when it is worth trying. */
export function whyUnscriptable(url: string | undefined): string | null {
  if (!url) return null;
  // By the scheme's text: browsers do not all parse "chrome://" (a refusal names no host) as a URL.
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(url)?.[0].toLowerCase();
  if (scheme && CLOSED_SCHEMES.includes(scheme)) return REASONS.browserPage;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  if (STORES.some((s) => host === s.host && (!s.path || parsed.pathname.startsWith(s.path)))) return REASONS.store;
  if (/\.pdf$/i.test(parsed.pathname)) return REASONS.pdf;
  return null;
}

export function isFileUrl(url: string | undefined): boolean {
  return !!url && /^file:/i.test(url);
}
