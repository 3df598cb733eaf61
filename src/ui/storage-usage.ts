// How much of the browser's storage Parallax uses, for the "storage full" messages of the options page and
// the sidebar: the reader needs the figures to decide what to delete.

import { useEffect, useState } from 'preact/hooks';
import { uiLanguage } from './i18n';

/** Bytes as megabytes with one decimal below 10 MB ("0.4", "12", "1,024" in the UI language). */
export function formatMegabytes(bytes: number, language = uiLanguage()): string {
  const mb = bytes / (1024 * 1024);
  const digits = mb < 10 ? 1 : 0;
  try {
    return new Intl.NumberFormat(language, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(mb);
  } catch {
    return mb.toFixed(digits);
  }
}

export interface StorageUsage {
  used: string;
  quota: string;
}

/** The browser's estimate in megabytes, read when `wanted`; null while unknown (no estimate, or no quota). */
export function useStorageUsage(wanted: boolean): StorageUsage | null {
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  useEffect(() => {
    if (!wanted || typeof navigator.storage?.estimate !== 'function') return;
    navigator.storage.estimate().then(
      (e) => e.quota && setUsage({ used: formatMegabytes(e.usage ?? 0), quota: formatMegabytes(e.quota) }),
      () => undefined,
    );
  }, [wanted]);
  return usage;
}
