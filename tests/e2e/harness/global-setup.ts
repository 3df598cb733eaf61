// The e2e tests load the built extension; building it is the caller's job, so say so instead of failing later.
// The tests run on a copy taken now, so a build started meanwhile (`wxt build` empties .output/ first) cannot
// pull files from under the browser halfway through the run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { EXTENSION_DIR } from './browser';
import { CHROMIUM, missingBrowser } from './browser-paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The snapshot of the built extension the tests load. */
    extensionDir: string;
  }
}

export default function snapshotBuild(project: TestProject): () => void {
  // `npm run test:e2e` alone reaches here without npm test's check: the same one line, as the error.
  const noChromium = missingBrowser(CHROMIUM);
  if (noChromium) throw new Error(noChromium);
  const manifest = path.join(EXTENSION_DIR, 'manifest.json');
  if (!fs.existsSync(manifest)) {
    throw new Error(`e2e: ${manifest} does not exist: run npm run build first`);
  }
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-build-'));
  fs.cpSync(EXTENSION_DIR, snapshot, { recursive: true });
  project.provide('extensionDir', snapshot);
  return () => fs.rmSync(snapshot, { recursive: true, force: true });
}
