// A search box that reports what was typed after a pause (300 ms), so a 10,000-article table is queried once
// per word, not once per keystroke. Its own state keeps typing from re-rendering the rest of the page.

import { useEffect, useRef, useState } from 'preact/hooks';

export const SEARCH_DELAY_MS = 300;

interface SearchFieldProps {
  id: string;
  label: string;
  value: string;
  onSearch: (value: string) => void;
  delayMs?: number;
}

export function SearchField({ id, label, value, onSearch, delayMs = SEARCH_DELAY_MS }: SearchFieldProps) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const report = useRef(onSearch);
  report.current = onSearch;
  // A new value from outside (the back button, "Clear filters") replaces what is typed.
  useEffect(() => setText(value), [value]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const onInput = (next: string) => {
    setText(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => report.current(next.trim()), delayMs);
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="search" value={text} autocomplete="off" onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}
