// A labelled form control with its hint and validation message tied to it (aria-describedby, aria-invalid).

import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import type { MessageKey } from '../messages';

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: MessageKey;
  wide?: boolean;
  /** The control; it gets `id`, and `describedBy(id)` for aria-describedby. */
  children: ComponentChildren;
}

export function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function Field({ id, label, hint, error, wide, children }: FieldProps) {
  return (
    <div class={wide ? 'field field-wide' : 'field'}>
      <label for={id}>{label}</label>
      {children}
      {hint && <p class="hint muted" id={`${id}-hint`}>{hint}</p>}
      {error && <p class="field-error" id={`${id}-error`}>{t(error)}</p>}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: MessageKey;
  type?: 'text' | 'url' | 'date';
  wide?: boolean;
  placeholder?: string;
}

export function TextField({ id, label, value, onInput, hint, error, type = 'text', wide, placeholder }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} wide={wide}>
      <input id={id} type={type as 'text'} value={value} placeholder={placeholder} aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))} onInput={(e) => onInput(e.currentTarget.value)} />
    </Field>
  );
}
