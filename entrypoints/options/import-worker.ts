// The options page's import worker: reads, checks and writes an import off the page's thread, with its own
// connection to the corpus database. Wiring only; see src/ui/options/import-protocol.ts.

import { createCorpusAdmin } from '../../src/db/admin/corpus-admin';
import { openCorpusDb } from '../../src/db/schema';
import { serveImports } from '../../src/ui/options/import-protocol';

serveImports(self as unknown as Parameters<typeof serveImports>[0], createCorpusAdmin(openCorpusDb()));
