// After adding: which event the article joined (or that it is in an event of its own, or was already there),
// with links to it.

import { t } from '../i18n';
import { formatCount } from './format';
import { formatRoute } from './route';

export interface AddOutcome {
  articleId: string;
  eventId: string;
  added: boolean;
  eventTitle: string;
  /** Articles in the event now, this one included. */
  eventArticles: number;
}

export function addOutcomeText(outcome: AddOutcome): string {
  const title = outcome.eventTitle || t('optUntitled');
  if (!outcome.added) return t('optAddAlreadyThere', title);
  if (outcome.eventArticles <= 1) return t('optAddedNewEvent');
  return t('optAddedToEvent', title, formatCount(outcome.eventArticles - 1));
}

export function AddResult({ outcome, onAnother }: { outcome: AddOutcome; onAnother: () => void }) {
  return (
    <div class="result-box">
      <p>{addOutcomeText(outcome)}</p>
      <p class="actions">
        <a href={formatRoute({ section: 'article', params: { id: outcome.articleId } })}>{t('optOpenAdded')}</a>
        <a href={formatRoute({ section: 'articles', params: { event: outcome.eventId } })}>{t('optShowEventArticles')}</a>
        <button type="button" class="button" onClick={onAnother}>{t('optAddAnother')}</button>
      </p>
    </div>
  );
}
