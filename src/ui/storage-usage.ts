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

/** What the browser estimates: the figures, 'unknown' (no estimate, no quota, or it failed), or 'pending' while
 *  the estimate is being read. */
export type StorageUsageState = StorageUsage | 'unknown' | 'pending';

/**
 * The browser's estimate in megabytes, read when `wanted`. A "storage full" message waits for it ('pending')
 * rather than showing a figure-less text and then replacing it: an alert is announced once, with what the reader
 * needs, and a reader of the page never sees one message turn into another.
 */
export function useStorageUsage(wanted: boolean): StorageUsageState {
  const [usage, setUsage] = useState<StorageUsageState>(() => (wanted && canEstimate() ? 'pending' : 'unknown'));
  useEffect(() => {
    if (!wanted || !canEstimate()) {
      setUsage('unknown');
      return;
    }
    let current = true;
    setUsage('pending');
    navigator.storage.estimate().then(
      (e) => current && setUsage(e.quota ? { used: formatMegabytes(e.usage ?? 0), quota: formatMegabytes(e.quota) } : 'unknown'),
      () => current && setUsage('unknown'),
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  return usage;
}

function canEstimate(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.estimate === 'function';
}
