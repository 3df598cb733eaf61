// Statements as outlets give them: a direct quote or Konjunktiv reported speech, the verb of saying in front
// or behind, "so X" as a tag. The same statement reads very differently across outlets, which is the
// paraphrase the engine's alignment must still recognise.

import type { Rng } from './prng';
import { capitalise } from './template';

const SAYING_PAST_DE = ['sagte', 'erklärte', 'betonte', 'versicherte', 'bekräftigte', 'unterstrich', 'meinte', 'ergänzte'];
const SAYING_PRESENT_DE = ['sagt', 'erklärt', 'betont', 'versichert', 'meint'];
const SAYING_EN = ['said', 'said', 'told reporters', 'stressed', 'added'];

function sayingVerb(rng: Rng): string {
  return rng.chance(0.8) ? rng.pick(SAYING_PAST_DE) : rng.pick(SAYING_PRESENT_DE);
}

/** A quote closes with its own "!" or "?"; a full stop moves outside before a comma ("„…“, sagte sie"). */
function withoutFullStop(text: string): string {
  return text.replace(/\.$/, '');
}

function withEndMark(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** `speaker` is a function so that the mention is chosen (introduced or repeated) at its place in the text. */
export function directQuoteDe(quote: string, speaker: () => string, rng: Rng): string {
  const form = rng.int(0, 2);
  if (form === 0) return `„${withoutFullStop(capitalise(quote))}“, ${sayingVerb(rng)} ${speaker()}.`;
  if (form === 1) return `${capitalise(speaker())} ${sayingVerb(rng)}: „${withEndMark(capitalise(quote))}“`;
  return `„${withoutFullStop(capitalise(quote))}“, so ${speaker()}.`;
}

/** `clause` is a dependent clause in Konjunktiv I ("man werde die Reform nicht aufschieben"). */
export function reportedSpeechDe(clause: string, speaker: () => string, rng: Rng): string {
  const form = rng.int(0, 2);
  if (form === 0) return `${capitalise(speaker())} ${sayingVerb(rng)}, ${clause}.`;
  if (form === 1) return `${capitalise(clause)}, ${sayingVerb(rng)} ${speaker()}.`;
  return `${capitalise(clause)}, so ${speaker()}.`;
}

export function directQuoteEn(quote: string, speaker: () => string, rng: Rng): string {
  if (rng.chance(0.5)) return `“${withoutFullStop(capitalise(quote))},” ${speaker()} ${rng.pick(SAYING_EN)}.`;
  return `${capitalise(speaker())} ${rng.pick(SAYING_EN)}: “${withEndMark(capitalise(quote))}”`;
}
