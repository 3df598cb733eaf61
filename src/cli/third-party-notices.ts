// Writes THIRD_PARTY_NOTICES.md: what the extension bundles that we did not write (the packages whose code is in
// the built files, with version and licence read from the installed packages) and where each bundled data file
// comes from. `npm run notices` regenerates it; tests/unit/third-party-notices.test.ts fails while it is stale
// or while a file in src/engine/data/ has no entry here.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const NOTICES_FILE = path.join(ROOT, 'THIRD_PARTY_NOTICES.md');

/** Packages in the bundle besides package.json's dependencies: WXT's runtime (browser API wrapper, content-script
 *  helpers) is compiled in from these development packages. */
const BUNDLED_FROM_BUILD_TOOLS = ['wxt', '@wxt-dev/browser'];

export interface DataEntry {
  /** Path from the repository root; a directory entry covers its files. */
  path: string;
  what: string;
  source: string;
  licence: string;
}

/** Every data file the extension bundles, and the truth about where it came from (git log says who added each). */
export const DATA: DataEntry[] = [
  {
    path: 'src/engine/data/boilerplate.json',
    what: 'Line openings that mark page furniture (teasers, ad markers, picture credits), German and English.',
    source: 'Written for Parallax by its developers from general knowledge of news pages; no list was copied.',
    licence: 'GPL-3.0-or-later, as Parallax',
  },
  {
    path: 'src/engine/data/gazetteer.json',
    what: 'Countries with their demonyms, capitals, seats of government and institutions.',
    source: 'Written for Parallax by its developers from general world knowledge (facts, not a copied gazetteer).',
    licence: 'GPL-3.0-or-later, as Parallax',
  },
  {
    path: 'src/engine/data/speech-lexicon.json',
    what: 'Reporting verbs (one list for quote attribution and for naming a sentence\'s source), titles and function words, per language.',
    source: 'Written for Parallax by its developers from general grammar knowledge; no dictionary was copied.',
    licence: 'GPL-3.0-or-later, as Parallax',
  },
  {
    path: 'src/engine/data/synonyms.json',
    what: 'Groups of words news reports use interchangeably, used only to align paraphrases.',
    source: 'Written for Parallax by its developers; no thesaurus was copied.',
    licence: 'GPL-3.0-or-later, as Parallax',
  },
  {
    path: 'src/engine/data/lexicon',
    what: 'Framing lexicons (de, en): concepts outlets name differently, the competing terms and a neutral note.',
    source:
      'Written for Parallax by its developers. Notes cite, as references for the reader, documents they can be checked against ' +
      '(UN General Assembly resolutions, the Amtliches Regelwerk der deutschen Rechtschreibung, Duden, the Ukrainian national ' +
      'transliteration of 2010, DIN 1460 / ISO 9); no text of these documents is reproduced beyond the terms themselves.',
    licence: 'GPL-3.0-or-later, as Parallax',
  },
  {
    path: 'seeds',
    what:
      'The five German news reports of 12 February 2025 that the bundled corpus (src/generated/bundled-corpus.json, built by ' +
      '`npm run build:corpus`) is made of, and seeds/manifest.json, which says what is known about each (outlet, how it is known, date).',
    source:
      'The article texts were written by their publishers and are kept exactly as collected. seeds/manifest.json says what is ' +
      'known of each: APA – Austria Presse Agentur (stated in the text), Junge Freiheit and RT DE (inferred from evidence), and ' +
      'two whose outlet is unknown (one reads as dpa agency copy). The manifest was written for Parallax.',
    licence:
      'The texts are the publishers\' copyright and are NOT licensed under the GPL; this repository records no licence from their ' +
      'publishers. They are included as sample material to compare against. Before Parallax is published in a store, their use ' +
      'must be cleared with the publishers or they must be replaced by texts whose licence allows redistribution. The manifest: ' +
      'GPL-3.0-or-later, as Parallax.',
  },
];

interface InstalledPackage {
  name: string;
  version: string;
  license: string;
  repository: string;
}

function readPackage(name: string): InstalledPackage {
  const file = path.join(ROOT, 'node_modules', name, 'package.json');
  if (!fs.existsSync(file)) throw new Error(`third-party-notices: ${name} is not installed (${file}): run npm ci`);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string; version: string; license?: string; repository?: string | { url?: string }; homepage?: string };
  const repository = typeof json.repository === 'string' ? json.repository : (json.repository?.url ?? json.homepage ?? '');
  return { name: json.name, version: json.version, license: json.license ?? 'UNKNOWN', repository: repository.replace(/^git\+/, '').replace(/\.git$/, '') };
}

/** The packages whose code the built extension contains: the production dependency closure from the lock file,
 *  plus WXT's runtime. */
export function bundledPackages(): InstalledPackage[] {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; optional?: boolean }> };
  const production = Object.entries(lock.packages)
    .filter(([key, entry]) => key.startsWith('node_modules/') && !entry.dev && !entry.optional)
    .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
  return [...new Set([...production, ...BUNDLED_FROM_BUILD_TOOLS])].sort().map(readPackage);
}

export function renderNotices(): string {
  const lines = [
    '# Third-party notices',
    '',
    'Parallax is free software under the GNU General Public License, version 3 or (at your option) any later version',
    '(`LICENSE`). This file lists what the extension bundles that is not Parallax\'s own code, and where every bundled data',
    'file comes from. It is generated by `npm run notices` (src/cli/third-party-notices.ts) from the installed packages;',
    'do not edit it by hand.',
    '',
    '## Code in the built extension',
    '',
    '| package | version | licence | source |',
    '|---|---|---|---|',
    ...bundledPackages().map((p) => `| ${p.name} | ${p.version} | ${p.license} | ${p.repository} |`),
    '',
    'Each package\'s full licence text is in its folder under `node_modules/` after `npm ci` and in its repository.',
    'Apache-2.0, MIT and GPL-3.0-or-later are compatible: the extension as a whole is distributed under GPL-3.0-or-later.',
    '',
    '## Bundled data',
    '',
    ...DATA.flatMap((d) => [`### \`${d.path}\``, '', `- What: ${d.what}`, `- Source: ${d.source}`, `- Licence: ${d.licence}`, '']),
    'Data of the meaning layer (synonyms and senses from dictionaries, where present): see',
    '`src/engine/data/meaning/NOTICE.md`, which names each file\'s source, version and licence.',
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(NOTICES_FILE, renderNotices());
  console.log(`third-party-notices: wrote ${path.relative(ROOT, NOTICES_FILE)}`);
}
