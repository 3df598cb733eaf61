// Where the end-to-end tests find their browsers, and the one-line answer when one is missing. CHROMIUM_PATH and
// FIREFOX_PATH name other installations; the defaults are Debian's packages (`.ci/run` installs both).
import fs from 'node:fs';

export interface BrowserRequirement {
  /** What the tests call it. */
  name: string;
  /** The executable the tests will start. */
  path: string;
  /** The environment variable that names another one. */
  variable: string;
  /** The Debian package that installs the default. */
  debianPackage: string;
}

export const CHROMIUM: BrowserRequirement = {
  name: 'Chromium',
  // PARALLAX_CHROMIUM: the name the harness used before CHROMIUM_PATH; still honoured.
  path: process.env.CHROMIUM_PATH ?? process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
  variable: 'CHROMIUM_PATH',
  debianPackage: 'chromium',
};

/** The keyboard and toolbar tests run a real (not headless) browser on a virtual X display, press keys with
 *  xdotool and photograph the screen with ImageMagick's import. */
export const XVFB: BrowserRequirement = { name: 'Xvfb', path: '/usr/bin/Xvfb', variable: 'XVFB_PATH', debianPackage: 'xvfb' };
export const XDOTOOL: BrowserRequirement = { name: 'xdotool', path: '/usr/bin/xdotool', variable: 'XDOTOOL_PATH', debianPackage: 'xdotool' };
export const IMPORT: BrowserRequirement = { name: "ImageMagick's import", path: '/usr/bin/import', variable: 'IMPORT_PATH', debianPackage: 'imagemagick' };
for (const tool of [XVFB, XDOTOOL, IMPORT]) tool.path = process.env[tool.variable] ?? tool.path;

export const FIREFOX: BrowserRequirement = {
  name: 'Firefox',
  path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  variable: 'FIREFOX_PATH',
  debianPackage: 'firefox-esr',
};

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** null when the browser is there; otherwise one line saying what is missing and the two ways to fix it. */
export function missingBrowser(browser: BrowserRequirement): string | null {
  if (isExecutableFile(browser.path)) return null;
  const named = process.env[browser.variable] !== undefined;
  const what = named ? `${browser.variable}=${browser.path} is not an executable file` : `no ${browser.name} at ${browser.path}`;
  return `end-to-end tests: ${what}: install it with \`apt-get install ${browser.debianPackage}\` (as root), or run with ${browser.variable}=/path/to/${browser.debianPackage} npm test`;
}
