// Event ids: "e-" + 12 hex of a hash of the founding article's id, so that the same article founds the same
// event id everywhere (clustering, the reader's own articles, moves, imports). An id already taken by another
// event is replaced by the founding article's next id, never shared: sharing would silently merge two events.

import { hash64 } from '../text/hash';

/** Far more than two events founded by one article can need; reaching it means the check itself is wrong. */
const MAX_ATTEMPTS = 1000;

/** The id of the event `articleId` founds; `attempt` > 0 gives that article's further ids, for when the first
 *  is taken. */
export function eventIdFor(articleId: string, attempt = 0): string {
  return `e-${hash64(attempt === 0 ? articleId : `${articleId}#${attempt}`).slice(0, 12)}`;
}

/** The founding article's first event id that `isTaken` does not claim (it may ask a database). */
export async function freeEventId(articleId: string, isTaken: (id: string) => boolean | Promise<boolean>): Promise<string> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const id = eventIdFor(articleId, attempt);
    if (!(await isTaken(id))) return id;
  }
  throw allTaken(articleId);
}

/** freeEventId for a check that answers at once (the ids are held in memory: a pack, a clustering). */
export function firstFreeEventId(articleId: string, isTaken: (id: string) => boolean): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const id = eventIdFor(articleId, attempt);
    if (!isTaken(id)) return id;
  }
  throw allTaken(articleId);
}

function allTaken(articleId: string): Error {
  return new Error(`event id: all ${MAX_ATTEMPTS} ids founded by article "${articleId}" are taken`);
}
