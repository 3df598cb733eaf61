// Words for the corpus's enumerations: where an article came from, how its outlet is known, lexicon
// categories and language names.

import type { LexiconCategory, ArticleOrigin, OutletKnown } from '../../engine';
import type { MessageKey } from '../messages';

export const ORIGIN_LABELS: Record<ArticleOrigin, MessageKey> = {
  bundled: 'optOriginBundled',
  user: 'optOriginUser',
  imported: 'optOriginImported',
  read: 'optOriginRead',
};

/** Short, for a table cell. */
export const KNOWN_SHORT: Record<OutletKnown, MessageKey> = {
  stated: 'optKnownShortStated',
  inferred: 'optKnownShortInferred',
  unknown: 'optKnownShortUnknown',
};

/** In full, as the sidebar says it. */
export const KNOWN_LONG: Record<OutletKnown, MessageKey> = {
  stated: 'knownStated',
  inferred: 'knownInferred',
  unknown: 'knownUnknown',
};

export const CATEGORY_LABELS: Record<LexiconCategory, MessageKey> = {
  'event-naming': 'optCategoryEventNaming',
  'person-naming': 'optCategoryPersonNaming',
  'past-event': 'optCategoryPastEvent',
  'group-naming': 'optCategoryGroupNaming',
  'place-naming': 'optCategoryPlaceNaming',
  'name-spelling': 'optCategoryNameSpelling',
  'place-spelling': 'optCategoryPlaceSpelling',
  orthography: 'optCategoryOrthography',
};

export { languageName } from '../i18n';
