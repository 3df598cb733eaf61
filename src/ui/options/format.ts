// Numbers, sizes and file names as the options page shows them, in the UI language.

export { formatCount, formatDate } from '../i18n';

export { formatMegabytes } from '../storage-usage';

/** The reader's local calendar date as YYYY-MM-DD (an export made at 00:30 is dated today, not yesterday in UTC). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFileName(date: Date): string {
  return `parallax-corpus-${localIsoDate(date)}.json`;
}

export function lexiconFileName(language: string, date: Date): string {
  return `parallax-lexicon-${language}-${localIsoDate(date)}.json`;
}

/** A real calendar date as YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === value;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
