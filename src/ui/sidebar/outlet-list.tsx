// The outlets compared, this article first: each outlet's name, how that attribution is known, and the
// evidence behind it on request.

import { useId, useState } from 'preact/hooks';
import { formatDate, languageName, t, uiLanguage } from '../i18n';
import { columnShort, outletName } from './outlet-label';
import { Section } from './section';
import { knownKey, type OutletColumn } from './view-model';

/** The evidence lines in the UI language: German ones where the corpus has them. */
function evidenceLines(col: OutletColumn): string[] {
  return uiLanguage() === 'de' && col.evidenceDe?.length ? col.evidenceDe : col.evidence;
}

function Evidence({ col }: { col: OutletColumn }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="evidence">
      <button
        type="button"
        class="text-button small"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('evidenceFor', outletName(col))}
        onClick={() => setOpen(!open)}
      >
        {t('evidence')}
      </button>
      <ul id={id} class="evidence-list" hidden={!open}>
        {evidenceLines(col).map((line, i) => <li key={i}>{line}</li>)}
      </ul>
    </div>
  );
}

function OutletItem({ col, textLang, showLanguage }: { col: OutletColumn; textLang: string; showLanguage: boolean }) {
  const here = col.letter === null;
  return (
    <li class={`outlet${here ? ' outlet-here' : ''}`}>
      <span class="badge" aria-hidden="true">{columnShort(col)}</span>
      {col.letter !== null && <span class="sr-only">{t('outletLetter', col.letter)}</span>}
      <div class="outlet-body">
        <p class="outlet-name">
          {here ? t('thisArticle') : outletName(col)}
          {here && col.name && <span class="muted"> · {col.name}</span>}
        </p>
        {col.known && (
          <p class="outlet-meta">
            <span class={`known known-${col.known}`}>{t(knownKey(col.known))}</span>
            {col.date && <time class="muted" dateTime={col.date}>{formatDate(col.date)}</time>}
          </p>
        )}
        {showLanguage && col.language && <p class="outlet-language small">{t('writtenIn', languageName(col.language))}</p>}
        {!here && col.title && <p class="outlet-title" lang={col.language ?? textLang} title={col.title}>{col.title}</p>}
        {col.evidence.length > 0 && <Evidence col={col} />}
        {!here && col.url && (
          <a class="small" href={col.url} target="_blank" rel="noopener noreferrer" aria-label={t('openArticleLabel', outletName(col))}>
            {t('openArticle')}
          </a>
        )}
      </div>
    </li>
  );
}

export function OutletList({ columns, textLang }: { columns: readonly OutletColumn[]; textLang: string }) {
  // Which language each outlet wrote in is said only when they differ.
  const languages = new Set(columns.map((col) => col.language).filter(Boolean));
  const mixed = languages.size > 1;
  return (
    <Section id="outlets" title={t('outletsHeading')} count={columns.length} defaultOpen>
      {mixed && <p class="hint muted">{t('languagesDiffer')}</p>}
      <ul class="outlets">
        {columns.map((col) => <OutletItem key={col.articleId} col={col} textLang={textLang} showLanguage={mixed} />)}
      </ul>
    </Section>
  );
}
