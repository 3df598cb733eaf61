// The no-match view's line on what the corpus holds ("Your corpus holds 5 articles about 1 event,
// 12–13 Feb 2025, in German"), in the UI language: counts, the date span and language names all formatted
// by Intl for that language, locally.

import type { CorpusSummary } from '../../messaging/protocol';
import { formatCount, languageName, t, uiLanguage } from '../i18n';

/** Languages named before the rest are summed up ("… and 3 more"). */
const NAMED_LANGUAGES = 4;

export function corpusSummaryLine(summary: CorpusSummary, language = uiLanguage()): string {
  if (summary.articles === 0) return t('corpusSummaryEmpty');
  const count = (n: number) => formatCount(n, language);
  const one = (n: number) => plural(n, language) === 'one';
  const articles = one(summary.articles) ? t('corpusArticlesOne', count(summary.articles)) : t('corpusArticlesMany', count(summary.articles));
  const events = one(summary.events) ? t('corpusEventsOne', count(summary.events)) : t('corpusEventsMany', count(summary.events));
  const details: string[] = [];
  const span = dateSpan(summary, language);
  if (span) details.push(span);
  const languages = languageList(summary.languages, language);
  if (languages) details.push(t('corpusLanguages', languages));
  return t('corpusSummary', articles, events, details.map((part) => `, ${part}`).join(''));
}

/** "12–13 Feb 2025", with the undated counted beside it; "all undated" when no article has a date. */
function dateSpan(summary: CorpusSummary, language: string): string {
  if (summary.dated === 0 || !summary.firstDate || !summary.lastDate) return t('corpusAllUndated');
  const span = formatDateRange(summary.firstDate, summary.lastDate, language);
  const undated = summary.articles - summary.dated;
  return undated > 0 ? t('corpusUndated', span, formatCount(undated, language)) : span;
}

export function formatDateRange(first: string, last: string, language: string): string {
  const from = new Date(`${first}T00:00:00Z`);
  const to = new Date(`${last}T00:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return first === last ? first : `${first} – ${last}`;
  try {
    return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).formatRange(from, to);
  } catch {
    return first === last ? first : `${first} – ${last}`;
  }
}

/** "German and English" in the UI language; null when the languages were not counted or none is known. */
function languageList(languages: CorpusSummary['languages'], language: string): string | null {
  if (!languages || languages.length === 0) return null;
  const names = languages.slice(0, languages.length > NAMED_LANGUAGES ? NAMED_LANGUAGES - 1 : NAMED_LANGUAGES).map((l) => languageName(l.language, language));
  if (languages.length > names.length) names.push(t('corpusMoreLanguages', formatCount(languages.length - names.length, language)));
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

function plural(n: number, language: string): Intl.LDMLPluralRule {
  try {
    return new Intl.PluralRules(language).select(n);
  } catch {
    return n === 1 ? 'one' : 'other';
  }
}
