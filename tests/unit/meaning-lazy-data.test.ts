// The meaning data (7 MB) must never be part of what the background evaluates at start: only dynamic
// import() may reach src/engine/data/meaning/, so the bundler puts it in chunks fetched on first use.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'data' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('meaning data loading', () => {
  it('is reached only by dynamic import() from the engine and the UI', () => {
    const offenders: string[] = [];
    for (const file of [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'entrypoints'))]) {
      const text = readFileSync(file, 'utf8');
      // Any static `import … from '…data/meaning/…'` (dynamic `import('…')` is fine).
      if (/import\s[^('"]*from\s*['"][^'"]*data\/meaning\//.test(text)) offenders.push(relative(root, file));
    }
    expect(offenders).toEqual([]);
  });

  it('is really dynamic in the loader (the check above would pass on a file that imports nothing)', () => {
    const loader = readFileSync(join(root, 'src', 'engine', 'meaning', 'meaning-files.ts'), 'utf8');
    expect(loader).toMatch(/import\('\.\.\/data\/meaning\/de-lemmas\.json'\)/);
  });
});
