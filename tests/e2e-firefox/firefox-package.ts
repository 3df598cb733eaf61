// The Firefox package `npm run zip` made, unpacked for installing (the files AMO would sign, nothing else).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export async function unpackFirefoxPackage(): Promise<{ zipFile: string; dir: string; id: string }> {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const zipFile = path.join(ROOT, '.output', `parallax-${version}-firefox.zip`);
  if (!fs.existsSync(zipFile)) throw new Error(`e2e-firefox: ${zipFile} does not exist: run npm run zip first (npm test does)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-firefox-package-'));
  const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
  for (const entry of Object.values(zip.files).filter((e) => !e.dir)) {
    fs.mkdirSync(path.dirname(path.join(dir, entry.name)), { recursive: true });
    fs.writeFileSync(path.join(dir, entry.name), await entry.async('nodebuffer'));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`e2e-firefox: ${zipFile} has no gecko id in its manifest`);
  return { zipFile, dir, id };
}
