// The first paint of a comparison shows the event, the digest, the outlets and the first facts; the bodies of
// the closed sections (word choice, quotes, numbers, reprints: most of the sidebar's elements) are rendered
// right after it, so the reader sees the facts without waiting for what is folded away. A section that opens
// meanwhile (a click, a digest line asking for its evidence) renders its body at once.

import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';

/** True while closed sections may leave their bodies empty (until the first paint of the comparison). */
export const LaterBodies = createContext(false);

export function useBodiesLater(): boolean {
  return useContext(LaterBodies);
}

/** True until the first paint has happened: Preact runs effects after the browser has painted. */
export function useUntilFirstPaint(): boolean {
  const [waiting, setWaiting] = useState(true);
  useEffect(() => setWaiting(false), []);
  return waiting;
}
