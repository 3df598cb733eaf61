// The options page, where the reader manages the corpus. An extension page: it opens the corpus database
// itself, and steps aside (asking to be reloaded) when a newer Parallax upgrades it. Imports run in a worker
// so that parsing a large file cannot freeze the page (`?import=page` runs them on the page instead, to
// measure the difference).

import { render } from 'preact';
import { closeOnUpgrade } from '../../src/db/admin/close-on-upgrade';
import { createCorpusAdmin } from '../../src/db/admin/corpus-admin';
import { openCorpusDb } from '../../src/db/schema';
import { t, uiLanguage } from '../../src/ui/i18n';
import { pageImport, type ImportRunner } from '../../src/ui/options/import-runner';
import { workerImport } from '../../src/ui/options/import-worker-client';
import { OptionsApp } from '../../src/ui/options/options-app';
// Vite bundles the worker and its imports as a file of its own (WXT's define of import.meta.url rules out the
// `new Worker(new URL(…, import.meta.url))` form).
import ImportWorker from './import-worker.ts?worker';
import './style.css';

const db = openCorpusDb();
const outdated = closeOnUpgrade(db);
const admin = createCorpusAdmin(db, { seedIfNeverSeeded: true });
const onPage = new URLSearchParams(location.search).get('import') === 'page';

function createImport(): ImportRunner {
  if (onPage || typeof Worker !== 'function') return pageImport(admin);
  return workerImport(new ImportWorker());
}

document.documentElement.lang = uiLanguage();
document.title = t('optPageTitle');
render(<OptionsApp admin={admin} createImport={createImport} outdated={outdated} />, document.getElementById('app')!);
