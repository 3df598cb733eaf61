// The one error extraction throws: a code callers branch on (CLI message, sidebar state) and a message in words.

export type ExtractionErrorCode = 'too-large' | 'too-deep' | 'too-long' | 'not-an-article' | 'no-text';

export class ExtractionError extends Error {
  readonly code: ExtractionErrorCode;

  constructor(code: ExtractionErrorCode, message: string) {
    super(message);
    this.name = 'ExtractionError';
    this.code = code;
  }
}

/** A page above the element limit with no article element within it. */
export function tooLargeError(maxNodes: number): ExtractionError {
  return new ExtractionError('too-large', `the page is too large to read: more than ${maxNodes.toLocaleString('en')} elements, and no article element within that limit`);
}

/** A page nested deeper than the limit with no article element within the limits. */
export function tooDeepError(maxDepth: number): ExtractionError {
  return new ExtractionError('too-deep', `the page is too deeply nested to read: elements more than ${maxDepth.toLocaleString('en')} levels deep, and no article element within the limits`);
}
