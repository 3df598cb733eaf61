// UI text in the browser's language through the extension's own catalogues (public/_locales), and dates in
// the same language. No text is built from HTML.

import { browser } from 'wxt/browser';
import type { MessageKey } from './messages';

/** The message for `key` with $1…$n filled in; the key itself if the catalogue lacks it (never blank). */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** The language of the catalogue in use ("en", "de"), not the browser's: dates match the words around them. */
export function uiLanguage(): string {
  return t('uiLang');
}

const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

/** A YYYY-MM-DD date in words ("12 February 2025"); the input unchanged if it is not such a date. The formatter
 *  is made once per language: the sidebar formats a date per outlet and mention, the options page thousands. */
export function formatDate(isoDate: string, language = uiLanguage()): string {
  if (!dayFormats.has(language)) {
    let format: Intl.DateTimeFormat | null = null;
    try {
      format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = null;
    }
    dayFormats.set(language, format);
  }
  const date = new Date(`${isoDate}T00:00:00Z`);
  const format = dayFormats.get(language);
  if (!format || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) return isoDate;
  return format.format(date);
}

/** A count in the UI language's digits and grouping ("10.005"). */
export function formatCount(n: number, language = uiLanguage()): string {
  try {
    return new Intl.NumberFormat(language).format(n);
  } catch {
    return String(n);
  }
}

/** A language tag in the UI language's words ("de" → "German", "Deutsch"); the tag itself if unknown. */
export function languageName(tag: string, language = uiLanguage()): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A share (0..1) as a whole percentage in the UI language ("15 %"). */
export function formatPercent(share: number, language = uiLanguage()): string {
  try {
    return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  } catch {
    return `${Math.round(share * 100)} %`;
  }
}
