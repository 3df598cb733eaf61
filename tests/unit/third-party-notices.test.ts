// Issue 16: THIRD_PARTY_NOTICES.md is what `npm run notices` writes now (a changed dependency or data entry makes
// it stale), every data file the engine bundles has an entry (the meaning layer keeps its own NOTICE.md), and
// every bundled package has a licence.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA, NOTICES_FILE, bundledPackages, renderNotices } from '../../src/cli/third-party-notices';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(`${dir}/${e.name}`) : [`${dir}/${e.name}`]);
}

describe('third-party notices', () => {
  it('THIRD_PARTY_NOTICES.md is up to date (npm run notices)', () => {
    expect(fs.readFileSync(NOTICES_FILE, 'utf8')).toBe(renderNotices());
  });

  it('every file in src/engine/data has an entry, outside the meaning layer with its own notice', () => {
    const covered = (file: string) => DATA.some((d) => file === d.path || file.startsWith(`${d.path}/`));
    const files = filesUnder('src/engine/data').filter((f) => !f.startsWith('src/engine/data/meaning/'));
    expect(files.filter((f) => !covered(f))).toEqual([]);
    for (const entry of DATA) expect(fs.existsSync(path.join(ROOT, entry.path)), entry.path).toBe(true);
  });

  it('every bundled package names a licence', () => {
    const packages = bundledPackages();
    expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(['@mozilla/readability', 'dexie', 'preact']));
    // An SPDX expression ("(MIT AND Zlib)", "(MIT OR CC0-1.0)") passes when each licence in it is one we can ship.
    const shippable = /^(MIT|Apache-2\.0|BSD-[23]-Clause|ISC|MPL-2\.0|Zlib|CC0-1\.0)$/;
    const allShippable = (license: string) => license.replace(/[()]/g, ' ').split(/\s+(?:AND|OR)\s+|\s+/).filter(Boolean).every((l) => shippable.test(l));
    expect(packages.filter((p) => !allShippable(p.license)).map((p) => `${p.name}: ${p.license}`)).toEqual([]);
  });
});
