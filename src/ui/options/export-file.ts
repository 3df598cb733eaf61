// A corpus pack of the whole corpus or of some articles, saved as parallax-corpus-YYYY-MM-DD.json.

import type { CorpusAdmin } from '../../db/corpus-admin-api';
import { downloadText } from './download';
import { exportFileName } from './format';

export interface ExportedFile {
  fileName: string;
  bytes: number;
}

export async function exportToFile(admin: CorpusAdmin, articleIds?: string[], now = new Date()): Promise<ExportedFile> {
  const text = await admin.exportPack(articleIds);
  const fileName = exportFileName(now);
  return { fileName, bytes: downloadText(text, fileName) };
}
