// One article: where it came from and which event holds it, its metadata (editable), "Move to event…",
// "Delete…", and its text as stored (read-only).

import { displayTitle as deriveTitle, type CorpusArticle } from '../../engine';
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { formatDate } from './format';
import { ArticleText } from './article-text';
import { useOptions } from './context';
import { DeleteDialog } from './delete-dialogs';
import { ErrorMessage } from './error-message';
import { ORIGIN_LABELS } from './labels';
import { MetadataForm } from './metadata-form';
import { MoveDialog } from './move-dialog';
import { formatRoute } from './route';
import { shown, useLoad } from './use-load';

type StoredArticle = Omit<CorpusArticle, 'placedByReader'> & { eventId: string; placedByReader: boolean };

/** An article stored without a title is shown by the title the engine derives from its text. */
export function displayTitle(article: Pick<CorpusArticle, 'title' | 'text' | 'language'>): string {
  return deriveTitle(article) || t('optUntitled');
}

function ArticleHeader({ article }: { article: StoredArticle }) {
  const { overview } = useOptions();
  const event = shown(overview)?.events.find((e) => e.id === article.eventId);
  return (
    <div class="article-header">
      <h2 class="article-title" lang={article.language === 'und' ? undefined : article.language}>{displayTitle(article)}</h2>
      <p class="muted small">
        {t(ORIGIN_LABELS[article.origin])}
        {article.date && <> · <time dateTime={article.date}>{formatDate(article.date)}</time></>}
        {' · '}<span class="mono">{article.id}</span>
      </p>
      <p>
        {t('optInEvent')}{' '}
        <a href={formatRoute({ section: 'articles', params: { event: article.eventId } })}>{event?.title || article.eventId}</a>
        {article.placedByReader && <span class="muted"> · {t('optPlacedByYouLong')}</span>}
      </p>
    </div>
  );
}

export function ArticleEditor({ id }: { id: string }) {
  const { admin, revision, navigate } = useOptions();
  const loaded = useLoad(() => admin.getArticle(id), [admin, id, revision]);
  const [dialog, setDialog] = useState<'move' | 'delete' | null>(null);
  const back = <a href={formatRoute({ section: 'articles', params: {} })}>{t('optBackToArticles')}</a>;
  if (loaded.kind === 'error') return <div class="stack">{back}<ErrorMessage error={loaded.error} /></div>;
  const article = shown(loaded);
  if (!article) {
    return loaded.kind === 'loading'
      ? <p class="loading" role="status">{t('optLoading')}</p>
      : <div class="stack">{back}<p class="empty">{t('optArticleNotFound')}</p></div>;
  }
  return (
    <div class="stack">
      {back}
      <ArticleHeader article={article} />
      <div class="actions">
        <button type="button" class="button" onClick={() => setDialog('move')}>{t('optMoveButton')}</button>
        <button type="button" class="button danger-outline" onClick={() => setDialog('delete')}>{t('optDeleteArticle')}</button>
      </div>
      <MetadataForm key={article.id} article={article} />
      <h3 class="subheading">{t('optTextHeading')}</h3>
      <p class="muted small">{t('optTextReadOnly')}</p>
      <ArticleText text={article.text} language={article.language} />
      {dialog === 'move' && <MoveDialog articleId={article.id} currentEventId={article.eventId} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <DeleteDialog pending={{ kind: 'articles', ids: [article.id] }} onClose={() => setDialog(null)}
          onDeleted={() => navigate({ section: 'articles', params: {} })} />
      )}
    </div>
  );
}
