// An article's editable metadata as form fields (strings), their validation (each problem a message key for
// its field), and the patch or new article they make. Pure: no DOM, no admin.

import type { ArticlePatch } from '../../db/corpus-admin-api';
import type { CorpusArticle, OutletKnown } from '../../engine';
import type { MessageKey } from '../messages';
import { isHttpUrl, isIsoDate } from './format';

export interface MetadataFields {
  title: string;
  outletName: string;
  outletKnown: OutletKnown;
  /** One piece of evidence a line. */
  evidence: string;
  url: string;
  date: string;
  language: string;
}

export type FieldErrors = Partial<Record<keyof MetadataFields, MessageKey>>;

const LANGUAGE_TAG = /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*|und)$/;
export const EVIDENCE_BY_READER = 'named by the reader';

export function fieldsFromArticle(article: CorpusArticle): MetadataFields {
  return {
    title: article.title,
    outletName: article.outlet.name ?? '',
    outletKnown: article.outlet.known,
    evidence: article.outlet.evidence.join('\n'),
    url: article.url ?? '',
    date: article.date ?? '',
    language: article.language,
  };
}

/** `languageRequired`: an edited article keeps a language; a new one may leave it to detection. */
export function validateMetadata(fields: MetadataFields, languageRequired: boolean): FieldErrors {
  const errors: FieldErrors = {};
  const url = fields.url.trim();
  if (url && !isHttpUrl(url)) errors.url = 'optInvalidUrl';
  const date = fields.date.trim();
  if (date && !isIsoDate(date)) errors.date = 'optInvalidDate';
  const language = fields.language.trim();
  if (!language && languageRequired) errors.language = 'optLanguageNeeded';
  else if (language && !LANGUAGE_TAG.test(language)) errors.language = 'optInvalidLanguage';
  const name = fields.outletName.trim();
  if (!name && fields.outletKnown !== 'unknown') errors.outletName = 'optOutletNameNeeded';
  if (name && fields.outletKnown === 'unknown') errors.outletKnown = 'optOutletKnownNeeded';
  if (fields.title.length > 500) errors.title = 'optTitleTooLong';
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

function evidenceLines(evidence: string): string[] {
  return evidence.split('\n').map((line) => line.trim()).filter(Boolean);
}

export function patchFromFields(fields: MetadataFields): ArticlePatch {
  const name = fields.outletName.trim();
  return {
    title: fields.title.trim(),
    url: fields.url.trim() ? new URL(fields.url.trim()).href : null,
    outlet: { name: name || null, known: name ? fields.outletKnown : 'unknown', evidence: name ? evidenceLines(fields.evidence) : [] },
    date: fields.date.trim() || null,
    language: fields.language.trim(),
  };
}
