// Adding an article of the reader's own: paste text or choose / drop a .txt or .html file (a page goes
// through the extension's extraction, and what was extracted is shown), give what is known about it, add it;
// then see which event it joined. `#add?url=…&title=…` arrives prefilled (links from the sidebar).

import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { AddFieldsForm } from './add-fields';
import { AddResult, addOutcomeText, type AddOutcome } from './add-result';
import { articleFromFields, type AddFields } from './article-draft';
import { hasErrors, validateMetadata, type FieldErrors } from './article-fields';
import { useOptions } from './context';
import { ErrorMessage } from './error-message';
import { readArticleFile, type FileDraft } from './article-file';
import { ExtractedSummary } from './extracted-summary';
import { FileDrop } from './file-drop';
import type { MessageKey } from '../messages';
import type { RouteParams } from './route';
import { titleFromPaste } from './title-from-paste';

type Errors = FieldErrors & { text?: MessageKey };

function initialFields(params: RouteParams): AddFields {
  return { text: '', title: params.title ?? '', outletName: params.outlet ?? '', outletFromPage: false, url: params.url ?? '', date: params.date ?? '', language: '' };
}

export function validateAdd(fields: AddFields): Errors {
  const errors: Errors = validateMetadata({ ...fields, outletKnown: fields.outletName.trim() ? 'stated' : 'unknown', evidence: '' }, false);
  if (!fields.text.trim()) errors.text = 'optTextNeeded';
  return errors;
}

export function AddSection({ params }: { params: RouteParams }) {
  const { admin, changed, announce } = useOptions();
  const [fields, setFields] = useState(() => initialFields(params));
  const [titleFromFirstLine, setTitleFromFirstLine] = useState(!params.title);
  const [file, setFile] = useState<FileDraft | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<AddOutcome | null>(null);

  const update = (patch: Partial<AddFields>, touched?: 'title' | 'outlet') => {
    const next = { ...fields, ...patch, ...(touched === 'outlet' ? { outletFromPage: false } : {}) };
    const fromFirstLine = touched === 'title' ? false : titleFromFirstLine;
    if (patch.text !== undefined && fromFirstLine) next.title = titleFromPaste(patch.text).title;
    setTitleFromFirstLine(fromFirstLine);
    setFields(next);
    if (checked) setErrors(validateAdd(next));
  };

  const chooseFile = async (chosen: File) => {
    setFailure(null);
    try {
      const draft = await readArticleFile(chosen);
      setFile(draft);
      setTitleFromFirstLine(draft.kind === 'text');
      setFields((before) => ({ ...before, ...draft.fields }));
      announce(t('optFileRead', chosen.name));
    } catch (error) {
      setFailure(error);
    }
  };

  const add = async (event: Event) => {
    event.preventDefault();
    const found = validateAdd(fields);
    setErrors(found);
    setChecked(true);
    if (hasErrors(found)) return announce(t('optFixFields'));
    setBusy(true);
    setFailure(null);
    try {
      const added = await admin.addArticle(articleFromFields(fields));
      const event = await admin.listArticles({ eventId: added.eventId, page: 0, pageSize: 1 });
      const result = { ...added, eventTitle: event.rows[0]?.eventTitle ?? '', eventArticles: event.total };
      setOutcome(result);
      announce(addOutcomeText(result));
      changed();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const again = () => {
    setFields(initialFields({}));
    setTitleFromFirstLine(true);
    setFile(null);
    setOutcome(null);
    setChecked(false);
    setErrors({});
  };

  if (outcome) return <AddResult outcome={outcome} onAnother={again} />;
  return (
    <form class="form-grid" noValidate onSubmit={(e) => void add(e)} aria-label={t('optNavAdd')}>
      <p class="muted field-wide">{t('optAddIntro')}</p>
      <div class="field-wide">
        <FileDrop id="add-file" label={t('optAddFile')} hint={t('optAddFileHint')} accept=".txt,.html,.htm,text/plain,text/html"
          disabled={busy} onFile={(f) => void chooseFile(f)} />
      </div>
      {file && <div class="field-wide"><ExtractedSummary draft={file} /></div>}
      <AddFieldsForm fields={fields} errors={errors} titleFromFirstLine={titleFromFirstLine} onChange={update} />
      <div class="form-actions field-wide">
        <button type="submit" class="button primary-button" disabled={busy}>{busy ? t('optAdding') : t('optAddSubmit')}</button>
      </div>
      {failure !== null && <div class="field-wide"><ErrorMessage error={failure} /></div>}
    </form>
  );
}
