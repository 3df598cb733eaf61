// What every section of the options page shares: the admin, the corpus overview (events and outlets for the
// filters and pickers), the selection of the articles table, and the ways to report a change, announce a
// result, offer an undo and move to another section.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CorpusAdmin, CorpusOverview, DeletionReceipt } from '../../db/corpus-admin-api';
import type { Loaded } from './use-load';
import type { Route } from './route';

export interface OptionsContextValue {
  admin: CorpusAdmin;
  overview: Loaded<CorpusOverview>;
  /** Bumped after every write: lists reload. */
  revision: number;
  /** Call after a write. */
  changed(): void;
  /** Says a result or a step in words in the page's polite live region. */
  announce(text: string): void;
  /** Reports a deletion: the page offers to undo it. */
  deleted(receipt: DeletionReceipt): void;
  selection: ReadonlySet<string>;
  setSelection(next: ReadonlySet<string>): void;
  navigate(route: Route, options?: { replace?: boolean }): void;
}

export const OptionsContext = createContext<OptionsContextValue | null>(null);

export function useOptions(): OptionsContextValue {
  const value = useContext(OptionsContext);
  if (!value) throw new Error('useOptions: no OptionsContext above this component');
  return value;
}
