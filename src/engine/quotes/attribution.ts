// Turns a found cue into a Speaker, and decides whether an uncued quote continues the previous speaker.

import { sameSpeaker } from './speaker-key';
import type { NameMatch } from './names';
import { resolvePronoun, type PersonMention } from './persons';
import { personOfRole } from './roles';
import type { RawCue } from './speaker-cues';
import type { Speaker } from './types';
import type { TextView } from './text-view';

export const NO_SPEAKER: Speaker = { speaker: null, speakerText: null, basis: 'none' };

/** How many sentences an uncued quote may follow its speaker's last attributed quote. */
export const CONTINUATION_REACH = 3;

export function speakerFromCue(view: TextView, persons: PersonMention[], cue: RawCue | null): Speaker {
  if (!cue) return NO_SPEAKER;
  if (cue.kind === 'impersonal') return { speaker: null, speakerText: cue.phrase ?? null, basis: 'impersonal' };
  const written = cue.name?.speakerText ?? null;
  if (cue.kind === 'pronoun') {
    return { speaker: resolvePronoun(view, persons, cue)?.speaker ?? null, speakerText: written, basis: 'pronoun' };
  }
  if (cue.name?.titleOnly) return speakerOfRole(view, persons, cue.name, written);
  return { speaker: cue.name?.speaker ?? null, speakerText: written, basis: 'cue' };
}

/** "the mayor": the person introduced with that title, or the role itself, marked as no name. */
function speakerOfRole(view: TextView, persons: PersonMention[], name: NameMatch, written: string | null): Speaker {
  const person = personOfRole(view, persons, name);
  if (person) return { speaker: person.speaker, speakerText: written, basis: 'cue' };
  return { speaker: name.speaker, speakerText: written, basis: 'cue', role: true };
}

/** The same speaker, found by continuation rather than by a cue of its own. */
export function continuedSpeaker(from: Speaker): Speaker {
  return { speaker: from.speaker, speakerText: from.speakerText, basis: 'continuation', ...(from.role && { role: from.role }) };
}

export interface SpeakerContext extends Speaker {
  sentence: number;
  paragraph: number;
}

/**
 * Journalistic convention: a quote without its own cue continues the speaker of the quote before it, within
 * the same paragraph, a few sentences on, and only if no one else was given the word in between.
 */
export function continuesSpeaker(
  view: TextView,
  persons: PersonMention[],
  last: SpeakerContext | null,
  sentence: number,
): boolean {
  if (!last?.speaker) return false;
  const range = view.sentences[sentence];
  if (!range || range.paragraph !== last.paragraph || sentence - last.sentence > CONTINUATION_REACH) return false;
  const speaker = last.speaker;
  return !persons.some(
    (p) => p.speaks && p.sentence > last.sentence && p.sentence <= sentence && !sameSpeaker(p.speaker, speaker),
  );
}
