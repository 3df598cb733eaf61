// What addons.mozilla.org's reviewers do with our sources zip, as one command: unpack the sources into an empty
// directory, install exactly the locked packages (`npm ci`), build the Firefox add-on there, and compare the
// result file by file with the Firefox package we submit. Exit 0: the package is what the sources build.
//
//   npm run build:amo -- [sources.zip] [firefox.zip] [--node-modules DIR] [--keep]
//
// Defaults: the zips `npm run zip` wrote in .output/ for package.json's version. --node-modules links an
// installed node_modules instead of running npm ci (the test does this: same packages, no minutes of install).
// --keep leaves the unpacked directory for inspection.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The environment a reviewer's shell has: without what a test runner sets (NODE_ENV=test, VITEST…, which make
 *  Vite build differently), and without update checks. */
export function reviewerEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_UPDATE_NOTIFIER: '1' };
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(VITEST|NODE_ENV$|TEST$|MODE$|PROD$|DEV$|SSR$|BASE_URL$)/.test(name)) continue;
    env[name] = value;
  }
  return env;
}

export interface AmoRebuildResult {
  /** Where the sources were unpacked and built. */
  directory: string;
  /** Files in the package (the reference). */
  packageFiles: number;
  /** Paths whose bytes differ, or that only one side has ("only in package: x", "only in rebuild: y"). */
  differences: string[];
}

async function unzipTo(zipFile: string, directory: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(zipFile)).catch((error: unknown) => {
    throw new Error(`build-for-amo: ${zipFile} is not a readable zip (${String(error)})`);
  });
  for (const entry of Object.values(zip.files)) {
    const target = path.resolve(directory, entry.name);
    if (!target.startsWith(directory + path.sep)) throw new Error(`build-for-amo: ${zipFile} holds an entry outside its root: ${entry.name}`);
    if (entry.dir) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async('nodebuffer'));
  }
}

function filesUnder(directory: string, prefix = ''): string[] {
  return fs.readdirSync(path.join(directory, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(directory, relative) : [relative];
  });
}

async function compareWithPackage(builtDir: string, packageZip: string): Promise<{ files: number; differences: string[] }> {
  const zip = await JSZip.loadAsync(fs.readFileSync(packageZip));
  const packaged = Object.values(zip.files).filter((entry) => !entry.dir);
  const built = new Set(filesUnder(builtDir));
  const differences: string[] = [];
  for (const entry of packaged) {
    if (!built.delete(entry.name)) {
      differences.push(`only in package: ${entry.name}`);
      continue;
    }
    const ours = fs.readFileSync(path.join(builtDir, entry.name));
    if (!ours.equals(await entry.async('nodebuffer'))) differences.push(`differs: ${entry.name}`);
  }
  for (const name of built) differences.push(`only in rebuild: ${name}`);
  return { files: packaged.length, differences };
}

export async function rebuildFromSources(options: { sourcesZip: string; packageZip: string; nodeModules?: string; log?: (line: string) => void }): Promise<AmoRebuildResult> {
  const log = options.log ?? (() => {});
  for (const file of [options.sourcesZip, options.packageZip]) {
    if (!fs.existsSync(file)) throw new Error(`build-for-amo: ${file} does not exist: run npm run zip first`);
  }
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-amo-'));
  await unzipTo(options.sourcesZip, directory);
  const env = reviewerEnvironment();
  const run = (command: string, args: string[]) => {
    log(`$ ${command} ${args.join(' ')}   (in ${directory})`);
    execFileSync(command, args, { cwd: directory, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  };
  if (options.nodeModules) {
    fs.symlinkSync(path.resolve(options.nodeModules), path.join(directory, 'node_modules'), 'dir');
    run('npx', ['wxt', 'prepare']);
  } else {
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
  run('npm', ['run', 'build:firefox']);
  const { files, differences } = await compareWithPackage(path.join(directory, '.output', 'firefox-mv2'), options.packageZip);
  return { directory, packageFiles: files, differences };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    if (!value) throw new Error(`build-for-amo: ${name} needs a directory`);
    args.splice(at, 2);
    return value;
  };
  const nodeModules = flag('--node-modules');
  const keep = args.includes('--keep');
  const positional = args.filter((a) => a !== '--keep');
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const sourcesZip = path.resolve(positional[0] ?? path.join(ROOT, '.output', `parallax-${version}-sources.zip`));
  const packageZip = path.resolve(positional[1] ?? path.join(ROOT, '.output', `parallax-${version}-firefox.zip`));
  const result = await rebuildFromSources({ sourcesZip, packageZip, nodeModules, log: (line) => console.log(line) });
  if (!keep) fs.rmSync(result.directory, { recursive: true, force: true });
  if (result.differences.length) {
    console.error(`build-for-amo: the rebuild from ${sourcesZip} differs from ${packageZip} in ${result.differences.length} file(s):`);
    for (const line of result.differences) console.error(`  ${line}`);
    process.exitCode = 1;
    return;
  }
  console.log(`build-for-amo: the sources rebuild ${packageZip} exactly (${result.packageFiles} files, byte for byte)${keep ? `; kept in ${result.directory}` : ''}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  });
}
