// The framing lexicon: the bundled one merged with the reader's own terms, per language; adding a term;
// exporting the reader's terms or the whole lexicon as JSON; importing a lexicon file (merged over the
// reader's terms), whose problems are shown in words.

import { useState } from 'preact/hooks';
import { bundledLexicon, emptyLexicon, mergeLexicons } from '../../engine';
import { t, uiLanguage } from '../i18n';
import { useOptions } from './context';
import { downloadText } from './download';
import { ErrorMessage } from './error-message';
import { FileDrop } from './file-drop';
import { lexiconFileName } from './format';
import { languageName } from './labels';
import { addUserTerm, mergedLexicon, readLexiconFile, type NewTerm } from './lexicon-edit';
import { LexiconTermForm } from './lexicon-term-form';
import { LexiconView } from './lexicon-view';
import { useLoad } from './use-load';

const BUNDLED_LANGUAGES = ['de', 'en'];

export function LexiconSection() {
  const { admin, announce } = useOptions();
  const [language, setLanguage] = useState(() => (BUNDLED_LANGUAGES.includes(uiLanguage()) ? uiLanguage() : 'de'));
  const [languages, setLanguages] = useState(BUNDLED_LANGUAGES);
  const [saved, setSaved] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const user = useLoad(() => admin.userLexicon(language), [admin, language, saved]);
  const bundled = bundledLexicon(language);
  const own = user.kind === 'ready' ? user.value : null;
  const merged = mergedLexicon(bundled, own);

  const addTerm = async (term: NewTerm) => {
    await admin.saveUserLexicon(addUserTerm(own, bundled, term));
    setSaved((n) => n + 1);
    announce(t('optLexiconTermAdded', term.term.trim()));
  };
  const importFile = async (file: File) => {
    setFailure(null);
    try {
      const imported = readLexiconFile(await file.text(), file.name);
      const existing = await admin.userLexicon(imported.language);
      await admin.saveUserLexicon(mergeLexicons(existing ?? emptyLexicon(imported.language), imported));
      if (!languages.includes(imported.language)) setLanguages([...languages, imported.language]);
      setLanguage(imported.language);
      setSaved((n) => n + 1);
      announce(t('optLexiconImported', file.name, imported.concepts.length));
    } catch (error) {
      setFailure(error);
    }
  };
  const save = (whole: boolean) => {
    const lexicon = whole ? merged.lexicon : own ?? emptyLexicon(language);
    downloadText(`${JSON.stringify(lexicon, null, 2)}\n`, lexiconFileName(language, new Date()));
    announce(t('optLexiconExported'));
  };

  return (
    <div class="stack">
      <p class="muted">{t('optLexiconIntro')}</p>
      <div class="field">
        <label for="lexicon-language">{t('optFieldLanguage')}</label>
        <select id="lexicon-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
          {languages.map((l) => <option key={l} value={l}>{languageName(l, uiLanguage())}</option>)}
        </select>
      </div>
      {user.kind === 'error' && <ErrorMessage error={user.error} />}
      <LexiconTermForm key={language} lexicon={merged.lexicon} onAdd={addTerm} />
      <h2 class="subheading">{t('optLexiconFiles')}</h2>
      <div class="actions">
        <button type="button" class="button" onClick={() => save(false)}>{t('optLexiconExportOwn')}</button>
        <button type="button" class="button" onClick={() => save(true)}>{t('optLexiconExportAll')}</button>
      </div>
      <FileDrop id="lexicon-file" label={t('optLexiconImport')} hint={t('optLexiconImportHint')} accept=".json,application/json"
        onFile={(f) => void importFile(f)} />
      {failure !== null && <ErrorMessage error={failure} />}
      <h2 class="subheading">{t('optLexiconTerms')}</h2>
      <LexiconView lexicon={merged.lexicon} own={merged.own} />
    </div>
  );
}
