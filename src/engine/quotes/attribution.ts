// Turns a found cue into a Speaker, and decides whether an uncued quote continues the previous speaker.

import { sameSpeaker } from './speaker-key';
import { resolvePronoun, type PersonMention } from './persons';
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
  return { speaker: cue.name?.speaker ?? null, speakerText: written, basis: 'cue' };
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
