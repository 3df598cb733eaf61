// Loads data for a component and keeps the last answer while a newer request runs, so a table being
// re-sorted keeps its rows (aria-busy) instead of flashing empty. A late answer to an older request is dropped.

import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> =
  | { kind: 'loading'; previous: T | null }
  | { kind: 'ready'; value: T }
  | { kind: 'error'; error: unknown };

/** The value to show: the current one, or the previous one while reloading. */
export function shown<T>(state: Loaded<T>): T | null {
  if (state.kind === 'ready') return state.value;
  return state.kind === 'loading' ? state.previous : null;
}

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading', previous: null });
  useEffect(() => {
    let current = true;
    setState((before) => ({ kind: 'loading', previous: shown(before) }));
    load().then(
      (value) => current && setState({ kind: 'ready', value }),
      (error: unknown) => current && setState({ kind: 'error', error }),
    );
    return () => {
      current = false;
    };
    // The caller lists what the load depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}
