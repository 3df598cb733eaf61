// Types of the reuse detector: passages two texts share word for word, and groups of articles that print
// the same copy (typically news-agency text reprinted by several outlets).

/** Tuning knobs; every field is optional and documented with its default. */
export interface ReuseOptions {
  /** Shortest run of identical tokens that counts as shared copy. Default 8: shorter runs are set phrases. */
  minTokens?: number;
  /** Tokens that may differ between two long runs (on each side) for them to merge into one passage. Default 2. */
  maxGap?: number;
  /** An 8-gram seen more often than this in one text is boilerplate; later occurrences are ignored. Default 16. */
  maxOccurrences?: number;
}

/** A passage two texts share, with character offsets into each original text (end exclusive). */
export interface SharedPassage {
  /** The passage as written in a / b (original case, punctuation and quotation marks). */
  textA: string;
  textB: string;
  startA: number;
  endA: number;
  startB: number;
  endB: number;
  /** Tokens of a inside the passage. */
  tokens: number;
  /** Tokens that are identical on both sides (less than `tokens` when light edits were merged over). */
  matchedTokens: number;
  /** Token index range in a / b, end exclusive. */
  tokenRangeA: [number, number];
  tokenRangeB: [number, number];
}

/** One passage of a group as it appears in every article of the group. */
export interface PassageDetail {
  /** The passage as written in the group's first article ("…" joins its pieces if it has several there). */
  text: string;
  /** True when ≥ 80% of the passage lies inside quotation marks: a quote translated alike is weak evidence. */
  quoteOnly: boolean;
  /** Character ranges [start, end) of the passage in each article of the group. */
  spans: Record<string, [number, number][]>;
}

/** Articles that share the same copy. */
export interface ReuseGroup {
  /** At least two ids, in the order the articles were given. */
  articleIds: string[];
  /** The shared passages as in the first article, ordered by position there; parallel to `details`. */
  passages: string[];
  /** Fraction (0..1) of each article's tokens that lie inside this group's passages. */
  tokenShare: Record<string, number>;
  details: PassageDetail[];
}

/** A sentence as the sentence splitter delivers it: its index and character range [start, end). */
export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

/** A sentence that is (mostly) reprinted copy, and the articles it was shared with. */
export interface SentenceReprint {
  index: number;
  /** Other article ids whose shared passages cover the sentence; sorted. */
  with: string[];
}
