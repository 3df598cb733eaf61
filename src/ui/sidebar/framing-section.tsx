// Word choice: for one concept, which outlets use which term, with the lexicon's note and its source.

import type { Framing, FramingVariant } from '../../engine';
import { t } from '../i18n';
import { conceptText, hasGermanConcept, hasGermanNote, hasGermanSource, noteText, sourceText, untranslatedMark } from './framing-text';
import { OutletTags } from './outlet-tags';
import { Section } from './section';
import type { OutletColumn } from './view-model';
import type { WordingState } from './load-view';
import { WordingNotice } from './wording-notice';

function Variant({ variant, columns, textLang }: { variant: FramingVariant; columns: readonly OutletColumn[]; textLang: string }) {
  const forms = (variant.surfaces ?? []).filter((s) => s !== variant.term);
  return (
    <li class="variant">
      <p class="term" lang={textLang}>{variant.term}</p>
      {forms.length > 0 && <p class="muted small" lang={textLang}>{t('framingWrittenAs', forms.join(', '))}</p>}
      <OutletTags ids={variant.articleIds} columns={columns} label={t('usedBy')} />
      {noteText(variant) && <p class="note" {...untranslatedMark(hasGermanNote(variant))}>{noteText(variant)}</p>}
      {sourceText(variant) && <p class="source muted small" {...untranslatedMark(hasGermanSource(variant))}>{t('framingSource', sourceText(variant)!)}</p>}
    </li>
  );
}

function Concept({ framing, index, columns, textLang }: { framing: Framing; index: number; columns: readonly OutletColumn[]; textLang: string }) {
  return (
    <li class="card" id={`framing-${index}`} tabIndex={-1}>
      <h3 class="card-title" {...untranslatedMark(hasGermanConcept(framing))}>{conceptText(framing)}</h3>
      {framing.source === 'detected' && <p class="muted small">{t('framingDetected')}</p>}
      {framing.context && <p class="muted small" lang={textLang}>{t('framingContext', framing.context)}</p>}
      <ul class="variants">
        {framing.variants.map((v, i) => <Variant key={i} variant={v} columns={columns} textLang={textLang} />)}
      </ul>
    </li>
  );
}

export function FramingSection({ framing, wording, columns, textLang }: { framing: Framing[]; wording: WordingState; columns: readonly OutletColumn[]; textLang: string }) {
  return (
    <Section id="framing" title={t('sectionFraming')} count={wording === 'done' ? framing.length : undefined}>
      {wording !== 'done' ? (
        <WordingNotice wording={wording} />
      ) : framing.length === 0 ? (
        <p class="empty">{t('framingEmpty')}</p>
      ) : (
        <ul class="cards">{framing.map((f, i) => <Concept key={i} index={i} framing={f} columns={columns} textLang={textLang} />)}</ul>
      )}
    </Section>
  );
}
