// The framing lexicon of one language as the engine uses it: each concept with its terms, their notes and
// sources, the reader's own terms marked. A filter narrows it to concepts or terms containing a word.

import { useMemo, useState } from 'preact/hooks';
import type { Lexicon, LexiconConcept } from '../../engine';
import { t } from '../i18n';
import { CATEGORY_LABELS } from './labels';
import { termKey } from './lexicon-edit';

function matches(concept: LexiconConcept, words: string[]): boolean {
  const text = [concept.label, ...concept.terms.flatMap((term) => [term.term, ...(term.forms ?? []), term.note ?? ''])].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
}

function Concept({ concept, own }: { concept: LexiconConcept; own: ReadonlySet<string> }) {
  return (
    <li class="card">
      <h3 class="card-title">{concept.label} <span class="muted small">· {t(CATEGORY_LABELS[concept.category])}</span></h3>
      <ul class="terms">
        {concept.terms.map((term) => (
          <li key={term.term} class="term-item">
            <span class="term">{term.term}</span>
            {own.has(termKey(concept.id, term.term)) && <span class="own-tag"> {t('optLexiconYours')}</span>}
            {term.forms && term.forms.length > 0 && <span class="muted small"> · {t('framingWrittenAs', term.forms.join(', '))}</span>}
            {term.note && <p class="note small">{term.note}</p>}
            {term.source && <p class="muted small">{t('framingSource', term.source)}</p>}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function LexiconView({ lexicon, own }: { lexicon: Lexicon; own: ReadonlySet<string> }) {
  const [filter, setFilter] = useState('');
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  // `words` is derived from `filter` (a new array each render, so it cannot be the dependency itself).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const shown = useMemo(() => lexicon.concepts.filter((c) => matches(c, words)), [lexicon, filter]);
  return (
    <div class="stack">
      <div class="field">
        <label for="lexicon-filter">{t('optLexiconFilter')}</label>
        <input id="lexicon-filter" type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
      </div>
      <p class="muted small" role="status">{t('optLexiconCount', shown.length, lexicon.concepts.length)}</p>
      <ul class="cards">
        {shown.map((c) => <Concept key={c.id} concept={c} own={own} />)}
      </ul>
    </div>
  );
}
