// The words the engine gives a framing entry (concept label, a term's note and source), in the UI language:
// the framing analysis may add German texts beside its English ones (`labelDe`/`conceptDe`, `noteDe`,
// `sourceDe`); the German UI shows them, and falls back to the engine's text where there is none.

import type { Framing, FramingVariant } from '../../engine';
import { uiLanguage } from '../i18n';

type GermanFraming = Framing & { labelDe?: string; conceptDe?: string };
type GermanVariant = FramingVariant & { noteDe?: string; sourceDe?: string };

const german = (lang: string) => lang === 'de';

export function conceptText(framing: Framing, lang = uiLanguage()): string {
  const f = framing as GermanFraming;
  return (german(lang) && (f.labelDe ?? f.conceptDe)) || framing.concept;
}

export function noteText(variant: FramingVariant, lang = uiLanguage()): string | undefined {
  const v = variant as GermanVariant;
  return (german(lang) && v.noteDe) || variant.note;
}

export function sourceText(variant: FramingVariant, lang = uiLanguage()): string | undefined {
  const v = variant as GermanVariant;
  return (german(lang) && v.sourceDe) || variant.source;
}

/** `data-untranslated` for an element showing an engine text that has no version in the UI language (the
 *  lexicon still lacks it): says so to tests and to anyone inspecting the page, instead of hiding it. */
export function untranslatedMark(hasGerman: boolean, lang = uiLanguage()): { 'data-untranslated'?: 'lexicon' } {
  return german(lang) && !hasGerman ? { 'data-untranslated': 'lexicon' } : {};
}

export function hasGermanConcept(framing: Framing): boolean {
  const f = framing as GermanFraming;
  return Boolean(f.labelDe ?? f.conceptDe);
}

export function hasGermanNote(variant: FramingVariant): boolean {
  return Boolean((variant as GermanVariant).noteDe);
}

export function hasGermanSource(variant: FramingVariant): boolean {
  return Boolean((variant as GermanVariant).sourceDe);
}
