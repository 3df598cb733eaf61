// The Add section's form controls: the text (pasted or from a file) and the metadata the reader may give.

import { t } from '../i18n';
import type { AddFields } from './article-draft';
import type { FieldErrors } from './article-fields';
import type { MessageKey } from '../messages';
import { describedBy, Field, TextField } from './text-field';

interface AddFieldsProps {
  fields: AddFields;
  errors: FieldErrors & { text?: MessageKey };
  titleFromFirstLine: boolean;
  onChange: (patch: Partial<AddFields>, touched?: 'title' | 'outlet') => void;
}

export function AddFieldsForm({ fields, errors, titleFromFirstLine, onChange }: AddFieldsProps) {
  return (
    <>
      <Field id="add-text" label={t('optAddText')} hint={t('optAddTextHint')} error={errors.text} wide>
        <textarea id="add-text" rows={12} value={fields.text} aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy('add-text', true, Boolean(errors.text))} onInput={(e) => onChange({ text: e.currentTarget.value })} />
      </Field>
      <TextField id="add-title" label={t('optFieldTitle')} value={fields.title} error={errors.title} wide
        hint={titleFromFirstLine && fields.title ? t('optTitleFromFirstLine') : t('optTitleHint')}
        onInput={(title) => onChange({ title }, 'title')} />
      <TextField id="add-outlet" label={t('optFieldOutlet')} value={fields.outletName} error={errors.outletName}
        hint={fields.outletFromPage ? t('optOutletFromPage') : t('optOutletHint')} onInput={(outletName) => onChange({ outletName }, 'outlet')} />
      <TextField id="add-url" type="url" label={t('optFieldUrl')} value={fields.url} error={errors.url} hint={t('optFieldUrlHint')}
        onInput={(url) => onChange({ url })} />
      <TextField id="add-date" type="date" label={t('optFieldDate')} value={fields.date} error={errors.date} onInput={(date) => onChange({ date })} />
      <TextField id="add-language" label={t('optFieldLanguage')} value={fields.language} error={errors.language}
        hint={t('optAddLanguageHint')} onInput={(language) => onChange({ language })} />
    </>
  );
}
