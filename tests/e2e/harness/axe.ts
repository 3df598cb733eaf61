// axe-core inside a page or a frame: the extension's pages forbid inline scripts (MV3 CSP), so the engine is
// evaluated through the debugger protocol (as a devtools console would), not added as a <script>. The results
// are kept per state and printed as one table at the end of the run, so every run shows what axe saw.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
export type Impact = (typeof IMPACTS)[number];

export interface AxeViolation {
  id: string;
  impact: Impact;
  help: string;
  /** CSS selectors of the first few offending nodes, and axe's explanation for the first. */
  targets: string[];
  summary: string;
}

export interface AxeResult {
  state: string;
  language: string;
  scheme: string;
  counts: Record<Impact, number>;
  violations: AxeViolation[];
  /** Checks axe could not decide (e.g. the contrast of a ✓ glyph), by rule and node count: for a person to judge. */
  incomplete: string[];
}

const recorded: AxeResult[] = [];

interface RawViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe on the whole document of `target` and records the result under state/language/scheme. */
export async function runAxe(target: Page | Frame, label: { state: string; language: string; scheme: string }): Promise<AxeResult> {
  const loaded = await target.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await target.evaluate(AXE_SOURCE);
  const { raw, incomplete } = (await target.evaluate(async () => {
    type Rule = { id: string; nodes: { any: { message?: string }[]; target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[]; incomplete: Rule[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
    // Why axe could not decide, per rule: the first line of each distinct explanation ("only non-text characters").
    const why = (rule: Rule) => [...new Set(rule.nodes.map((node) => (node.any[0]?.message ?? '').split('\n')[0]))].filter(Boolean).join('; ');
    const first = (rule: Rule) => rule.nodes[0]?.target.map(String).join(' ') ?? '';
    return { raw: result.violations, incomplete: result.incomplete.map((rule) => `${rule.id}×${rule.nodes.length} (${why(rule)}; e.g. ${first(rule)})`) };
  })) as { raw: RawViolation[]; incomplete: string[] };
  const violations = raw.map((v): AxeViolation => ({
    id: v.id,
    impact: (v.impact ?? 'minor') as Impact,
    help: v.help,
    targets: v.nodes.slice(0, 3).map((node) => node.target.map(String).join(' ')),
    summary: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240),
  }));
  const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
  for (const v of violations) counts[v.impact] += 1;
  const result = { ...label, counts, violations, incomplete };
  recorded.push(result);
  return result;
}

/** The violations a reader of the UI is hurt by most: what the tests require to be none. */
export function blocking(result: AxeResult): AxeViolation[] {
  return result.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

/** One line per blocking violation, naming the rule, the nodes and why: the message of a failing test. */
export function describeViolations(result: AxeResult, violations = blocking(result)): string {
  const where = `${result.state} (${result.language}, ${result.scheme})`;
  return violations.map((v) => `${where}: ${v.impact} ${v.id} — ${v.help} — ${v.targets.join(' | ')} — ${v.summary}`).join('\n');
}

/** The table of every result recorded so far: state, language, scheme and violation counts by impact. */
export function axeTable(results: readonly AxeResult[] = recorded): string {
  const header = ['state', 'language', 'scheme', ...IMPACTS, 'violated rules', 'needs review (axe undecided)'];
  const rows = results.map((r) => [
    r.state,
    r.language,
    r.scheme,
    ...IMPACTS.map((impact) => String(r.counts[impact])),
    r.violations.map((v) => v.id).join(', ') || '—',
    r.incomplete.map((entry) => (entry.length > 110 ? `${entry.slice(0, 109)}…` : entry)).join(', ') || '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

export function recordedResults(): readonly AxeResult[] {
  return recorded;
}
