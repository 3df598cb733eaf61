// Readability's length thresholds scaled to the page's script: its defaults (a 140-character paragraph, a
// 500-character article) are Latin lengths, under which a whole brief in Chinese counts as no article.

import { latinEquivalence, scriptProfile } from '../text/scripts';

const TEXT_NODE = 3;
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);
// Letters enough to know the script; the sample is taken in document order from the start of the body.
const SAMPLE_CHARS = 20_000;

// Readability 0.6's defaults.
const MIN_CONTENT_LENGTH = 140;
const MIN_SCORE = 20;
const CHAR_THRESHOLD = 500;

export interface ReadabilityThresholds {
  minContentLength: number;
  minScore: number;
  charThreshold: number;
}

/** Thresholds for a page whose body is `body`; Readability's defaults for alphabetic scripts. */
export function readabilityThresholds(body: Element | null): ReadabilityThresholds {
  const factor = body ? latinEquivalence(scriptProfile(sampleText(body))) : 1;
  // isProbablyReaderable scores each paragraph sqrt(length - minContentLength) against minScore: with lengths
  // counted `factor` times too short, the same paragraphs reach the same score at these values.
  return {
    minContentLength: Math.round(MIN_CONTENT_LENGTH / factor),
    minScore: MIN_SCORE / Math.sqrt(factor),
    charThreshold: Math.round(CHAR_THRESHOLD / factor),
  };
}

/** The body's visible-ish text from its start, up to SAMPLE_CHARS; an explicit stack, never recursion. */
function sampleText(body: Element): string {
  let sample = '';
  const stack: Node[] = [body];
  while (stack.length > 0 && sample.length < SAMPLE_CHARS) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      sample += (node.nodeValue ?? '').slice(0, SAMPLE_CHARS - sample.length);
      continue;
    }
    if (SKIPPED.has((node as Element).localName ?? '')) continue;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return sample;
}
