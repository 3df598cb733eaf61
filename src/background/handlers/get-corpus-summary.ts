// Sidebar frame → background: what the corpus holds, in figures, for the no-match view. Reads the corpus
// only, and only its indexes (see ../../db/corpus-summary.ts).

import { readCorpusSummary } from '../../db/corpus-summary';
import type { Handler } from '../handle-messages';

export const getCorpusSummary: Handler<'getCorpusSummary'> = async (_payload, { services }) => readCorpusSummary(services.corpus.database());
