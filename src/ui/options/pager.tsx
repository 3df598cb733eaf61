// Page controls under a table: first, previous, "Page 2 of 40", next, last.

import { t } from '../i18n';
import { formatCount } from './format';

interface PagerProps {
  id: string;
  /** 0-based. */
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

export function Pager({ id, page, pages, onPage }: PagerProps) {
  if (pages <= 1) return null;
  const go = (p: number) => onPage(Math.max(0, Math.min(pages - 1, p)));
  return (
    <nav class="pager" aria-label={t('optPagerLabel')} id={id}>
      <button type="button" class="button" disabled={page === 0} onClick={() => go(0)}>{t('optPageFirst')}</button>
      <button type="button" class="button" disabled={page === 0} onClick={() => go(page - 1)}>{t('optPagePrevious')}</button>
      <span class="pager-position">{t('optPageOf', formatCount(page + 1), formatCount(pages))}</span>
      <button type="button" class="button" disabled={page >= pages - 1} onClick={() => go(page + 1)}>{t('optPageNext')}</button>
      <button type="button" class="button" disabled={page >= pages - 1} onClick={() => go(pages - 1)}>{t('optPageLast')}</button>
    </nav>
  );
}
