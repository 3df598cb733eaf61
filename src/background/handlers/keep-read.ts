// Sidebar frame → background: with "Keep what I read" on, the article the reader opened Parallax on joins the
// corpus as theirs (origin 'read'), in the event the engine places it in; an article the corpus already holds
// (same text, or the same fingerprint) is left where it is. With the setting off nothing is written.

import { keepWhatIRead } from '../../settings/keep-read';
import type { Handler } from '../handle-messages';
import { keepPage } from '../keep-page';
import { preparedArticle } from '../page-lookup';

export const keepRead: Handler<'keepRead'> = async ({ token }, { services }) => {
  if (!(await keepWhatIRead())) return { kept: 'off' };
  const page = await preparedArticle(services, 'keepRead', token);
  const { held, articleId, eventId } = await keepPage(services, token, page.article, 'read');
  return { kept: held ? 'held' : 'kept', articleId, eventId };
};
