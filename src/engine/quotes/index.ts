// Quotes: direct quotations and reported speech per article, and their renderings grouped across articles.

export type * from './types';
export { extractQuotes, FRAGMENT_MAX_WORDS } from './extract-quotes';
export { extractReportedSpeech, type SentenceInput } from './reported-speech';
export { groupQuotes, SAME_STATEMENT_THRESHOLD } from './group-quotes';
export { foldName, sameSpeaker, speakerKey } from './speaker-key';
export { diffWords } from './word-diff';
