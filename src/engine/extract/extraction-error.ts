// The one error extraction throws: a code callers branch on (CLI message, sidebar state) and a message in words.

export type ExtractionErrorCode = 'too-large' | 'not-an-article' | 'no-text';

export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;

  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.code = code;
  }
}
