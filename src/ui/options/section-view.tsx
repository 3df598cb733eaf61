// The section the route names, under its heading. Moving to another section moves the focus to its heading
// (screen readers then read where they are), but not on the first load.

import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { AddSection } from './add-section';
import { ArticleEditor } from './article-editor';
import { ArticlesSection } from './articles-section';
import { DeleteSection } from './delete-section';
import { ExportSection } from './export-section';
import type { ImportRunner } from './import-runner';
import { ImportSection } from './import-section';
import { LexiconSection } from './lexicon-section';
import { NAV_ITEMS } from './nav';
import { OverviewSection } from './overview-section';
import { ResetSection } from './reset-section';
import type { Route } from './route';
import { StorageSection } from './storage-section';

function heading(route: Route): string {
  if (route.section === 'article') return t('optArticleHeading');
  const item = NAV_ITEMS.find((i) => i.id === route.section);
  return item ? t(item.label) : t('optNavOverview');
}

function Body({ route, createImport }: { route: Route; createImport: () => ImportRunner }) {
  switch (route.section) {
    case 'overview': return <OverviewSection />;
    case 'articles': return <ArticlesSection params={route.params} />;
    case 'article': return <ArticleEditor key={route.params.id ?? ''} id={route.params.id ?? ''} />;
    case 'add': return <AddSection params={route.params} />;
    case 'import': return <ImportSection createImport={createImport} />;
    case 'export': return <ExportSection />;
    case 'delete': return <DeleteSection />;
    case 'reset': return <ResetSection />;
    case 'lexicon': return <LexiconSection />;
    case 'storage': return <StorageSection />;
  }
}

export function SectionView({ route, createImport }: { route: Route; createImport: () => ImportRunner }) {
  const title = heading(route);
  const ref = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    document.title = `${title} – ${t('extName')}`;
  }, [title]);
  useEffect(() => {
    if (first.current) first.current = false;
    else ref.current?.focus();
  }, [route.section]);
  return (
    <section class="section-panel" data-section={route.section}>
      <h1 id="section-heading" class="section-title" tabIndex={-1} ref={ref}>{title}</h1>
      <Body route={route} createImport={createImport} />
    </section>
  );
}
