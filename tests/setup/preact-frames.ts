// Preact runs effects after the next frame: requestAnimationFrame raced against a timer, whichever comes
// first then cancels the other. In a jsdom test file a render whose frame is still pending when the file
// ends fires that timer after jsdom is gone, and Preact's call to cancelAnimationFrame throws an uncaught
// ReferenceError into whichever file the worker runs next (seen under load in ui-options-sections and
// ui-options-real-admin). After each test in a DOM environment, wait for that same frame and the timer
// turn Preact flushes in: a signal, not a sleep, so every test ends with its effects run and nothing left
// scheduled. Files without a DOM skip this.
import { afterEach } from 'vitest';

afterEach(async () => {
  if (typeof requestAnimationFrame !== 'function' || typeof document === 'undefined') return;
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
});
