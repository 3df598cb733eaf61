// Long imports work in chunks and let the page breathe between them: a macrotask, not a microtask, so that
// the browser can paint the progress bar and handle input. Never call it inside a Dexie transaction (an
// IndexedDB transaction commits when the event loop finds it idle).

export const CHUNK = 500;

export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
