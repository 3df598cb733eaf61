// Data types of the quotes module: quotations found in one article, reported (indirect) speech, and groups of
// renderings of one original statement across articles.

/**
 * How a speaker was found: an explicit cue naming them ("sagte Berger", "laut Berger"), a cue with a pronoun
 * ("sagte er"), an impersonal cue ("hieß es": speaker deliberately unknown), the speaker of the previous quote
 * in the same paragraph (journalistic convention), or nothing.
 */
export type SpeakerBasis = 'cue' | 'pronoun' | 'impersonal' | 'continuation' | 'none';

/** Who speaks: `speaker` is the short form used for display and matching (surname or institution). */
export interface Speaker {
  /** Surname or institution ("Berger", "Rathaus"), or null when unknown. */
  speaker: string | null;
  /** The cue's words as written ("Bürgermeisterin Anna Berger", "er"), or null. */
  speakerText: string | null;
  basis: SpeakerBasis;
  /**
   * True when `speaker` is a role or title ("mayor", "Feuerwehrchef") that no person the article introduced with
   * that title resolves: shown, but not a name, so it never counts as a different person than a named speaker.
   */
  role?: true;
}

/** 'statement': words a speaker said; 'scare': a term set in quotes (a label, a slogan, distancing). */
export type QuoteKind = 'statement' | 'scare';

export interface QuoteMention extends Speaker {
  /** Inner text, trimmed, without a trailing comma. Always equals `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  direct: true;
  kind: QuoteKind;
  /** 0 for a top-level quote, 1 for a quote inside a quote, and so on. */
  depth: number;
  language: string;
}

export interface ReportedSpeech extends Speaker {
  /** The reported clause (after the speech verb, or before a trailing cue), as written. */
  text: string;
  /** The `index` of the sentence it was found in. */
  sentence: number;
  direct: false;
  language: string;
}

export type SpeechItem = QuoteMention | ReportedSpeech;

export interface WordDiff {
  /** Words this variant has and the group's reference variant lacks, in order. */
  added: string[];
  /** Words of the reference variant this variant lacks, in order. */
  removed: string[];
}

export interface QuoteVariant {
  /** The rendering as the first article carrying it wrote it. */
  text: string;
  direct: boolean;
  articleIds: string[];
  /** Primary language tag of the rendering ("de", "en"): a group may hold an original and its translations. */
  language?: string;
  /** Word-level difference to the reference variant, in the same language; absent on the reference itself, in
   *  1-variant groups and for renderings in another language than the reference. */
  diff?: WordDiff;
}

export interface QuoteGroup {
  /** The most frequent named speaker of the group's members, else their most frequent role, else null. */
  speaker: string | null;
  variants: QuoteVariant[];
  /** True when at least two articles carry the statement. */
  shared: boolean;
  /** Present when the group has ≥2 variants: index of the variant the `diff`s are taken against. */
  differences?: { reference: number };
}

export interface ArticleQuotes {
  articleId: string;
  quotes: SpeechItem[];
}
