// How much of the browser's storage the corpus uses, and asking the browser to keep it (persistent storage)
// when space runs low. The browser's answer is shown as it is.

import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { formatMegabytes } from './format';

type Estimate = { usage: number; quota: number } | 'unsupported' | null;

function useEstimate(): [Estimate, () => void] {
  const [estimate, setEstimate] = useState<Estimate>(null);
  const load = () => {
    if (typeof navigator.storage?.estimate !== 'function') return setEstimate('unsupported');
    navigator.storage.estimate().then(
      (e) => setEstimate({ usage: e.usage ?? 0, quota: e.quota ?? 0 }),
      () => setEstimate('unsupported'),
    );
  };
  useEffect(load, []);
  return [estimate, load];
}

export function StorageSection() {
  const [estimate, refresh] = useEstimate();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [answer, setAnswer] = useState('');
  const canPersist = typeof navigator.storage?.persist === 'function';
  useEffect(() => {
    navigator.storage?.persisted?.().then(setPersisted, () => undefined);
  }, []);
  const persist = async () => {
    try {
      const granted = await navigator.storage.persist();
      setPersisted(granted);
      setAnswer(granted ? t('optPersistGranted') : t('optPersistRefused'));
    } catch (error) {
      setAnswer(t('optPersistFailed', (error as Error)?.message ?? String(error)));
    }
    refresh();
  };
  return (
    <div class="stack">
      {estimate === null && <p class="loading">{t('optLoading')}</p>}
      {estimate === 'unsupported' && <p>{t('optStorageUnknown')}</p>}
      {estimate && estimate !== 'unsupported' && (
        <p>{t('optStorageUsage', formatMegabytes(estimate.usage), formatMegabytes(estimate.quota))}</p>
      )}
      {persisted !== null && <p>{persisted ? t('optPersistOn') : t('optPersistOff')}</p>}
      <p class="muted">{t('optPersistIntro')}</p>
      <div class="actions">
        <button type="button" class="button" disabled={!canPersist} onClick={() => void persist()}>{t('optPersistButton')}</button>
      </div>
      <p role="status">{answer}</p>
    </div>
  );
}
