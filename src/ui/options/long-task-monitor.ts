// How long the page was at most unresponsive during a step: the longest main-thread task the browser reports
// (PerformanceObserver 'longtask', tasks of 50 ms or more). Browsers without it report nothing (null).

export interface LongTaskWatch {
  /** The longest task in ms (0: none of 50 ms or more), or null when the browser cannot tell. */
  stop(): number | null;
}

export function watchLongTasks(): LongTaskWatch {
  const Observer = globalThis.PerformanceObserver;
  if (typeof Observer !== 'function' || !Observer.supportedEntryTypes?.includes('longtask')) return { stop: () => null };
  let longest = 0;
  const note = (entries: PerformanceEntryList) => {
    for (const entry of entries) longest = Math.max(longest, entry.duration);
  };
  const observer = new Observer((list) => note(list.getEntries()));
  observer.observe({ type: 'longtask' });
  return {
    stop() {
      note(observer.takeRecords());
      observer.disconnect();
      return Math.round(longest);
    },
  };
}
