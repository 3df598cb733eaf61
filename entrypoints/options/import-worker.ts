// The options page's import worker: reads, checks and writes an import off the page's thread, with its own
// connection to the corpus database, closed for good when a newer Parallax upgrades it (the page then asks to
// be reloaded). Wiring only; see src/ui/options/import-protocol.ts.

import { closeOnUpgrade } from '../../src/db/admin/close-on-upgrade';
import { createCorpusAdmin } from '../../src/db/admin/corpus-admin';
import { openCorpusDb } from '../../src/db/schema';
import { serveImports } from '../../src/ui/options/import-protocol';

const db = openCorpusDb();
void closeOnUpgrade(db);
serveImports(self as unknown as Parameters<typeof serveImports>[0], createCorpusAdmin(db, { seedIfNeverSeeded: true }));
