// The background's handler for every message of the table in src/messaging/messages.ts, one named function
// each: `HandlerMap` makes a missing or an extra handler a type error.

import type { HandlerMap } from '../handle-messages';
import { addArticle } from './add-article';
import { closeSidebar } from './close-sidebar';
import { getArticle } from './get-article';
import { getComparison } from './get-comparison';
import { getCorpusSummary } from './get-corpus-summary';
import { getWordingAndQuotes } from './get-wording-and-quotes';
import { highlight } from './highlight';
import { keepRead } from './keep-read';
import { markCoverage } from './mark-coverage';
import { openOptions } from './open-options';
import { prepareComparison } from './prepare-comparison';
import { readPageArticle } from './read-page-article';
import { reportExtractionFailure } from './report-extraction-failure';

export const BACKGROUND_HANDLERS: HandlerMap = {
  prepareComparison,
  readPageArticle,
  reportExtractionFailure,
  getComparison,
  getWordingAndQuotes,
  addArticle,
  keepRead,
  highlight,
  markCoverage,
  closeSidebar,
  getArticle,
  openOptions,
  getCorpusSummary,
};
