// The terminal report's sections for the differences between outlets: word choice, quotes, numbers that
// disagree, reprinted copy. Each shows what the outlets wrote, never a verdict.

import type { Comparison } from '../engine';

export type ColumnOf = (articleId: string) => string;

const who = (ids: string[], column: ColumnOf) => ids.map(column).join(' ');

export function framingSection(c: Comparison, column: ColumnOf): string[] {
  const lines = [`Word choice (${c.framing.length}):`];
  for (const f of c.framing) {
    lines.push(`  ${f.concept}${f.source === 'detected' ? ' (found by comparing the texts)' : ''}${f.context ? ` — in „${f.context}“` : ''}`);
    for (const v of f.variants) {
      lines.push(`    ${v.term.padEnd(32)} ${who(v.articleIds, column)}${v.note ? `\n      ${v.note}${v.source ? ` (${v.source})` : ''}` : ''}`);
    }
  }
  return lines;
}

export function quotesSection(c: Comparison, column: ColumnOf): string[] {
  const shared = c.quotes.filter((q) => q.shared);
  const lines = [`Quotes (${shared.length} carried by several outlets, ${c.quotes.length - shared.length} by one):`];
  for (const q of c.quotes) {
    lines.push(`  ${q.speaker ?? 'speaker not named'}${q.shared ? '' : ' — only one outlet'}:`);
    for (const v of q.variants) {
      const diff = v.diff && (v.diff.added.length || v.diff.removed.length)
        ? `  [+${v.diff.added.join(' ') || '∅'} / −${v.diff.removed.join(' ') || '∅'}]` : '';
      lines.push(`    ${v.direct ? '„' : '(reported) '}${v.text}${v.direct ? '“' : ''}  ${who(v.articleIds, column)}${diff}`);
    }
  }
  return lines;
}

export function conflictsSection(c: Comparison, column: ColumnOf): string[] {
  const lines = [`Numbers that disagree (${c.conflicts.length}):`];
  for (const conflict of c.conflicts) {
    const fact = c.facts.find((f) => f.id === conflict.factId);
    lines.push(`  ${conflict.factId}: ${fact?.label ?? ''}`);
    for (const v of conflict.values) lines.push(`    ${v.texts.join(' / ')} (${v.value} ${v.unit})  ${who(v.articleIds, column)}`);
  }
  return lines;
}

export function reuseSection(c: Comparison, column: ColumnOf): string[] {
  const lines = [`Reprinted copy (${c.reuse.length}):`];
  for (const group of c.reuse) {
    lines.push(`  ${who(group.articleIds, column)} print the same text here:`);
    group.passages.forEach((p, i) => lines.push(`    „${p}“${group.quoteOnly[i] ? ' (a quotation)' : ''}`));
  }
  return lines;
}
