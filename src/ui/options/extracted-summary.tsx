// What was taken from a dropped file, so the reader can check it before adding: for a page, the title,
// site, date, language and how many paragraphs extraction kept; the text itself is in the text box.

import { t } from '../i18n';
import type { FileDraft } from './article-file';
import { formatCount, formatDate } from './format';

export function ExtractedSummary({ draft }: { draft: FileDraft }) {
  const page = draft.extracted;
  if (!page) {
    return <p class="result-box">{t('optFromTextFile', draft.fileName)}</p>;
  }
  const paragraphs = page.text.split(/\n\n+/).filter((p) => p.trim()).length;
  return (
    <div class="result-box">
      <p>{t('optFromPage', draft.fileName)}</p>
      <dl class="facts-list">
        <dt>{t('optFieldTitle')}</dt><dd>{page.title || '–'}</dd>
        <dt>{t('optExtractedSite')}</dt><dd>{page.siteName ?? '–'}</dd>
        <dt>{t('optFieldDate')}</dt><dd>{page.date ? formatDate(page.date) : '–'}</dd>
        <dt>{t('optFieldLanguage')}</dt><dd>{page.language ?? '–'}</dd>
        <dt>{t('optFieldUrl')}</dt><dd class="break">{page.url ?? '–'}</dd>
        <dt>{t('optExtractedParagraphs')}</dt><dd>{formatCount(paragraphs)}</dd>
      </dl>
      <p class="muted small">{t('optExtractedCheck')}</p>
    </div>
  );
}
