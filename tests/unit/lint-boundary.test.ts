// The lint setup holds the engine's boundary (eslint.config.js) and the cycle check finds cycles
// (tests/lint/import-cycles.ts): probes placed as if in src/ui and src/engine, a deliberate two-file cycle,
// and the real src/ linted clean.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCycle, findImportCycles } from '../lint/import-cycles';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The boundary errors ESLint reports for `code` placed at `path` (relative to the repository). */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the engine boundary', () => {
  it('stops the UI from importing an engine-internal module, type-only imports included', async () => {
    const errors = await boundaryErrors(
      'src/ui/sidebar/boundary-probe.ts',
      "import { displayTitle } from '../../engine/article/display-title';\nimport type { Comparison } from '../../engine/types';\nexport const probe: [typeof displayTitle, Comparison | null] = [displayTitle, null];\n",
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain("'../../engine/article/display-title'");
    for (const error of errors) expect(error).toContain('src/engine/index.ts');
  });

  it('lets the UI, the database and entrypoints import the index', async () => {
    const code = (path: string) => `import { displayTitle, type Comparison } from '${path}';\nexport const probe: [typeof displayTitle, Comparison | null] = [displayTitle, null];\n`;
    expect(await boundaryErrors('src/ui/sidebar/boundary-probe.ts', code('../../engine'))).toEqual([]);
    expect(await boundaryErrors('src/db/boundary-probe.ts', code('../engine/index'))).toEqual([]);
    expect(await boundaryErrors('entrypoints/boundary-probe.ts', code('../src/engine'))).toEqual([]);
  });

  it('stops the engine from importing Dexie, Preact, the browser API or the extension around it', async () => {
    const imports = ['dexie', 'preact', 'preact/hooks', 'wxt/browser', '#imports', 'webextension-polyfill', '../../db/schema', '../../ui/i18n', '../../messaging/protocol', '../../../entrypoints/background'];
    const code = imports.map((name, i) => `import * as m${i} from '${name}';\nexport { m${i} };\n`).join('');
    const errors = await boundaryErrors('src/engine/match/boundary-probe.ts', code);
    expect(errors).toHaveLength(imports.length);
    imports.forEach((name, i) => expect(errors[i]).toContain(`'${name}'`));
    expect(errors[0]).toContain('database');
    expect(errors[1]).toContain('does not render');
  });

  it('lets the engine import its own modules', async () => {
    expect(await boundaryErrors('src/engine/match/boundary-probe.ts', "import { hash64 } from '../text/hash';\nexport const probe = hash64;\n")).toEqual([]);
  });

  it('finds the real src/ and entrypoints/ clean', async () => {
    const results = await eslint.lintFiles(['src', 'entrypoints']);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(problems).toEqual([]);
  }, 180_000);
});

describe('the import cycle check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cycle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a two-file cycle, even of type-only imports', () => {
    writeFileSync(join(dir, 'contract.ts'), "import type { Report } from './report';\nexport interface Input { report: Report }\n");
    writeFileSync(join(dir, 'report.ts'), "import type { Input } from './contract';\nexport interface Report { input: Input }\n");
    writeFileSync(join(dir, 'bystander.ts'), "import type { Input } from './contract';\nexport type Alias = Input;\n");
    const cycles = findImportCycles(dir);
    expect(cycles).toEqual([['contract.ts', 'report.ts', 'contract.ts']]);
    expect(describeCycle(cycles[0]!)).toBe('import cycle: contract.ts → report.ts → contract.ts');
  });

  it('finds none in src/', () => {
    expect(findImportCycles(join(root, 'src')).map(describeCycle)).toEqual([]);
  });
});
