// A claim of a sentence: its span, its kind and the claim it leans on. A module of its own because the
// splitter (split-claims.ts) and the channel rule it calls (channel-claims.ts) both speak of claims.

export type ClaimKind =
  /** The sentence is one claim. */
  | 'whole'
  /** The first clause of a split sentence. */
  | 'main'
  /** A main clause joined by a conjunction; its subject, when left out, is the host's. */
  | 'coordinated'
  /** A relative ("das … dauerte", "which …") or "wobei" clause: a statement about something in the host. */
  | 'relative'
  /** An apposition that adds a statement about the person or thing it follows. */
  | 'apposition'
  /** Where something the sentence states was said ("schrieb X in ihrem Blog"): channel-claims.ts. */
  | 'channel';

export interface Claim {
  /** Character offsets of the claim in its sentence (end exclusive). */
  start: number;
  end: number;
  text: string;
  kind: ClaimKind;
  /** Index of the claim it takes its subject or antecedent from (null for the first claim). */
  host: number | null;
  /** The parts of the span that are this claim's own words (a relative clause inside it is cut out). */
  parts: { start: number; end: number }[];
}
