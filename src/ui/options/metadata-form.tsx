// An article's metadata, editable: title, outlet (and how it is known, on what evidence), address, date,
// language. Problems are shown under their fields in words; nothing is saved until all are fixed.

import { useState } from 'preact/hooks';
import type { CorpusArticle, OutletKnown } from '../../engine';
import { t } from '../i18n';
import { fieldsFromArticle, hasErrors, patchFromFields, validateMetadata, type FieldErrors, type MetadataFields } from './article-fields';
import { useOptions } from './context';
import { ErrorMessage } from './error-message';
import { KNOWN_LONG } from './labels';
import { describedBy, Field, TextField } from './text-field';

const KNOWN: readonly OutletKnown[] = ['stated', 'inferred', 'unknown'];

export function MetadataForm({ article }: { article: Omit<CorpusArticle, 'placedByReader'> }) {
  const { admin, changed, announce } = useOptions();
  const [fields, setFields] = useState<MetadataFields>(() => fieldsFromArticle(article));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<MetadataFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    setSaved(false);
    if (checked) setErrors(validateMetadata(next, true));
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const found = validateMetadata(fields, true);
    setErrors(found);
    setChecked(true);
    if (hasErrors(found)) {
      announce(t('optFixFields'));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await admin.updateArticle(article.id, patchFromFields(fields));
      setSaved(true);
      announce(t('optSaved'));
      changed();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form class="form-grid" noValidate onSubmit={(e) => void save(e)} aria-labelledby="metadata-heading">
      <h3 id="metadata-heading" class="subheading field-wide">{t('optMetadataHeading')}</h3>
      <TextField id="meta-title" label={t('optFieldTitle')} value={fields.title} error={errors.title} wide onInput={(title) => set({ title })} />
      <TextField id="meta-outlet" label={t('optFieldOutlet')} value={fields.outletName} error={errors.outletName} onInput={(outletName) => set({ outletName })} />
      <Field id="meta-known" label={t('optFieldOutletKnown')} error={errors.outletKnown}>
        <select id="meta-known" value={fields.outletKnown} aria-invalid={errors.outletKnown ? true : undefined}
          aria-describedby={describedBy('meta-known', false, Boolean(errors.outletKnown))}
          onChange={(e) => set({ outletKnown: e.currentTarget.value as OutletKnown })}>
          {KNOWN.map((k) => <option key={k} value={k}>{t(KNOWN_LONG[k])}</option>)}
        </select>
      </Field>
      <Field id="meta-evidence" label={t('optFieldEvidence')} hint={t('optFieldEvidenceHint')} wide>
        <textarea id="meta-evidence" rows={3} value={fields.evidence} aria-describedby="meta-evidence-hint"
          onInput={(e) => set({ evidence: e.currentTarget.value })} />
      </Field>
      <TextField id="meta-url" type="url" label={t('optFieldUrl')} value={fields.url} error={errors.url} hint={t('optFieldUrlHint')} wide onInput={(url) => set({ url })} />
      <TextField id="meta-date" type="date" label={t('optFieldDate')} value={fields.date} error={errors.date} onInput={(date) => set({ date })} />
      <TextField id="meta-language" label={t('optFieldLanguage')} value={fields.language} error={errors.language} hint={t('optFieldLanguageHint')} onInput={(language) => set({ language })} />
      <div class="form-actions field-wide">
        <button type="submit" class="button primary-button" disabled={saving}>{saving ? t('optWorking') : t('optSave')}</button>
        <span class="muted small" role="status">{saved ? t('optSaved') : ''}</span>
      </div>
      {failure !== null && <div class="field-wide"><ErrorMessage error={failure} /></div>}
    </form>
  );
}
