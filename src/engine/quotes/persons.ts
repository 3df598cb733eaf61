// Named people in the narrator's text, for resolving "sagte er" / "he said". A person is a name after a title
// ("Innenminister Karl Huber") or a speech verb's named subject. Names inside quotes do not count:
// the quote's "Bürgermeisterin Berger" is not who the narrator's "er" means.

import { isTitleWord } from './lexicon';
import { isCapitalised, readNameForward } from './names';
import type { RawCue } from './speaker-cues';
import { verbCueAt } from './speaker-cues';
import { isInsideQuote, sentenceIndexAt, type TextView } from './text-view';

export interface PersonMention {
  pos: number;
  sentence: number;
  speaker: string;
  speakerText: string;
  /** True when the person is the subject of a speech cue (they speak here), not merely mentioned. */
  speaks: boolean;
}

/** How many sentences back a pronoun may reach for its person. */
const PRONOUN_REACH = 3;

export function collectPersonMentions(view: TextView): PersonMention[] {
  const byPos = new Map<number, PersonMention>();
  view.tokens.forEach((t, i) => {
    if (isInsideQuote(view, t)) return;
    // The cheap capital test first: most words are not capitalised, and those need no title look-up.
    if (isCapitalised(t.text) && isTitleWord(t.lower, view.lexicon)) {
      const name = readNameForward(view, i);
      if (name?.speaker && !name.titleOnly) add(byPos, view, t.start, name.speaker, name.speakerText, false);
    }
    const cue = verbCueAt(view, i);
    if (cue?.kind === 'name' && cue.name?.speaker && !cue.name.titleOnly) {
      add(byPos, view, view.tokens[cue.name.first]!.start, cue.name.speaker, cue.name.speakerText, true);
    }
  });
  return [...byPos.values()].sort((a, b) => a.pos - b.pos);
}

function add(byPos: Map<number, PersonMention>, view: TextView, pos: number, speaker: string, speakerText: string, speaks: boolean) {
  const known = byPos.get(pos);
  if (known) known.speaks ||= speaks;
  else byPos.set(pos, { pos, sentence: sentenceIndexAt(view, pos), speaker, speakerText, speaks });
}

/**
 * The person a pronoun cue most plausibly means: the first person named earlier in its own sentence (the
 * subject), else the first person of the nearest preceding sentence that names one, at most PRONOUN_REACH back.
 * Null when none is that close: a wrong speaker is worse than none.
 */
export function resolvePronoun(view: TextView, persons: PersonMention[], cue: RawCue): PersonMention | null {
  if (cue.plural) return null;
  const sentence = sentenceIndexAt(view, cue.pos);
  for (let s = sentence; s >= Math.max(0, sentence - PRONOUN_REACH); s--) {
    const found = persons.find((p) => p.sentence === s && p.pos < cue.pos);
    if (found) return found;
  }
  return null;
}
