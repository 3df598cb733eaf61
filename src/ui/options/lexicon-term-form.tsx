// Adding a term of the reader's own: to a concept the lexicon has, or to a new concept (label and category),
// with an optional neutral note.

import { useState } from 'preact/hooks';
import { LEXICON_CATEGORIES, type Lexicon, type LexiconCategory } from '../../engine';
import { t } from '../i18n';
import { ErrorMessage } from './error-message';
import { CATEGORY_LABELS } from './labels';
import type { NewTerm } from './lexicon-edit';
import type { MessageKey } from '../messages';
import { Field, TextField } from './text-field';

const NEW = '';

interface LexiconTermFormProps {
  lexicon: Lexicon;
  onAdd: (term: NewTerm) => Promise<void>;
}

export function LexiconTermForm({ lexicon, onAdd }: LexiconTermFormProps) {
  const [conceptId, setConceptId] = useState(lexicon.concepts[0]?.id ?? NEW);
  const [label, setLabel] = useState('');
  const [category, setCategory] = useState<LexiconCategory>('event-naming');
  const [term, setTerm] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ label?: MessageKey; term?: MessageKey }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found = { label: conceptId === NEW && !label.trim() ? 'optLabelNeeded' as const : undefined, term: term.trim() ? undefined : 'optTermNeeded' as const };
    setErrors(found);
    if (found.label || found.term) return;
    setBusy(true);
    setFailure(null);
    try {
      await onAdd({ conceptId: conceptId === NEW ? null : conceptId, newLabel: label, newCategory: category, term, note });
      setTerm('');
      setNote('');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="term-form-heading">
      <h2 id="term-form-heading" class="subheading field-wide">{t('optLexiconAddHeading')}</h2>
      <Field id="term-concept" label={t('optLexiconConcept')} wide>
        <select id="term-concept" value={conceptId} onChange={(e) => setConceptId(e.currentTarget.value)}>
          {lexicon.concepts.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          <option value={NEW}>{t('optLexiconNewConcept')}</option>
        </select>
      </Field>
      {conceptId === NEW && (
        <>
          <TextField id="term-label" label={t('optLexiconLabel')} value={label} error={errors.label} onInput={setLabel} />
          <Field id="term-category" label={t('optLexiconCategory')}>
            <select id="term-category" value={category} onChange={(e) => setCategory(e.currentTarget.value as LexiconCategory)}>
              {LEXICON_CATEGORIES.map((c) => <option key={c} value={c}>{t(CATEGORY_LABELS[c])}</option>)}
            </select>
          </Field>
        </>
      )}
      <TextField id="term-term" label={t('optLexiconTerm')} value={term} error={errors.term} onInput={setTerm} />
      <TextField id="term-note" label={t('optLexiconNote')} value={note} hint={t('optLexiconNoteHint')} wide onInput={setNote} />
      <div class="form-actions field-wide">
        <button type="submit" class="button primary-button" disabled={busy}>{busy ? t('optWorking') : t('optLexiconAddButton')}</button>
      </div>
      {failure !== null && <div class="field-wide"><ErrorMessage error={failure} /></div>}
    </form>
  );
}
