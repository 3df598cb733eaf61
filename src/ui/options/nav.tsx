// The section list on the left: plain links to hashes, so every section is a bookmark and the back button works.

import { t } from '../i18n';
import type { MessageKey } from '../messages';
import type { SectionId } from './route';

export const NAV_ITEMS: readonly { id: SectionId; label: MessageKey }[] = [
  { id: 'overview', label: 'optNavOverview' },
  { id: 'articles', label: 'optNavArticles' },
  { id: 'add', label: 'optNavAdd' },
  { id: 'import', label: 'optNavImport' },
  { id: 'export', label: 'optNavExport' },
  { id: 'delete', label: 'optNavDelete' },
  { id: 'reset', label: 'optNavReset' },
  { id: 'lexicon', label: 'optNavLexicon' },
  { id: 'storage', label: 'optNavStorage' },
];

/** The article view belongs to the articles section. */
function navSection(section: SectionId): SectionId {
  return section === 'article' ? 'articles' : section;
}

export function Nav({ current }: { current: SectionId }) {
  const active = navSection(current);
  return (
    <nav class="nav" aria-label={t('optNavLabel')}>
      <ul>
        {NAV_ITEMS.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} class="nav-link" aria-current={item.id === active ? 'page' : undefined}>
              {t(item.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
