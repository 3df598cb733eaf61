// `npm test` runs this before any test: without the browsers the end-to-end tiers need, it stops at once with
// one line per missing browser saying how to install it, instead of minutes of tests and then a stack trace
// per browser test. Usage: tsx tests/e2e/harness/require-browsers.ts [chromium] [firefox] [xvfb] [xdotool] [imagemagick] (all by default)
import { CHROMIUM, FIREFOX, IMPORT, XDOTOOL, XVFB, missingBrowser, type BrowserRequirement } from './browser-paths';

const KNOWN: Record<string, BrowserRequirement> = { chromium: CHROMIUM, firefox: FIREFOX, xvfb: XVFB, xdotool: XDOTOOL, imagemagick: IMPORT };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(KNOWN);
const problems = wanted.map((name) => {
  const browser = KNOWN[name];
  return browser ? missingBrowser(browser) : `require-browsers: unknown browser "${name}" (known: ${Object.keys(KNOWN).join(', ')})`;
}).filter((line): line is string => line !== null);
for (const line of problems) console.error(line);
process.exitCode = problems.length ? 1 : 0;
