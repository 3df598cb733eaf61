// The terminal report of `compare`: the event, the outlets (and how each is known), every fact with a
// mark per outlet (✓ reported, ? maybe in other words, – not), each outlet's sentence with the claim that
// states the fact in ⟦ ⟧, then what only this article says, what it leaves out, and what it maybe reports.

import type { Comparison, FactMention } from '../engine';

/** The sentence with the claim that states the fact in ⟦ ⟧, unless the claim is the whole sentence. */
export function markedClaim(m: Pick<FactMention, 'text' | 'span'>): string {
  const { start, end } = m.span ?? { start: 0, end: m.text.length };
  if (start === 0 && end >= m.text.trimEnd().length - 1) return m.text;
  return `${m.text.slice(0, start)}⟦${m.text.slice(start, end)}⟧${m.text.slice(end)}`;
}
import { conflictsSection, framingSection, quotesSection, reuseSection } from './analyses-report';

const CONFIDENCE_WORDS: [number, string][] = [[0.85, 'very likely'], [0.65, 'likely'], [0.45, 'possibly'], [0, 'unsure']];

export function confidenceInWords(confidence: number): string {
  return CONFIDENCE_WORDS.find(([min]) => confidence >= min)![1];
}

function columnName(i: number): string {
  return String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : '');
}

export function formatReport(c: Comparison): string {
  const lines: string[] = [];
  lines.push(`Article: ${c.article.title || '(untitled)'}`);
  lines.push(`  language ${c.article.language} · outlet ${c.article.outlet ?? 'not given'} · ${c.article.sentences.length} sentences` +
    (c.article.corpusId ? ` · already in the corpus as ${c.article.corpusId} (compared with the others, not itself)` : ''));
  if (!c.event) {
    lines.push('', 'No matching event in the corpus: no other outlet in it reports this story.');
    return lines.join('\n');
  }
  const e = c.event;
  const relation = e.relation === 'same' ? 'reports this event' : 'refers to this event (a related story)';
  lines.push('', `Event: ${e.title}${e.date ? ` (${e.date})` : ''}`);
  lines.push(`  this article ${relation}: ${confidenceInWords(e.confidence)} (confidence ${e.confidence.toFixed(2)})`);
  lines.push('', 'Outlets compared:');
  const columns = new Map<string, string>();
  e.articles.forEach((a, i) => {
    columns.set(a.id, columnName(i));
    const evidence = a.outletEvidence.length ? `: ${a.outletEvidence.join(' ')}` : '';
    lines.push(`  [${columnName(i)}] ${a.outlet ?? 'outlet unknown'} — ${a.outletKnown}${evidence}`);
    lines.push(`      ${a.title}${a.date ? ` · ${a.date}` : ''}${a.url ? ` · ${a.url}` : ''}`);
  });
  const header = ['here', ...e.articles.map((_, i) => columnName(i))];
  lines.push('', `Facts (✓ reported, ? maybe: a similar sentence, – not reported; ⟦ ⟧ the claim in its sentence):`,
    `  ${'id'.padEnd(5)}${header.map((h) => h.padEnd(5)).join('')}`);
  for (const fact of c.facts) {
    const reporters = new Set(fact.mentions.map((m) => m.articleId));
    const maybe = new Set((fact.maybe ?? []).map((m) => m.articleId));
    const marks = ['current', ...e.articles.map((a) => a.id)].map((id) => (reporters.has(id) ? '✓' : maybe.has(id) ? '?' : '–').padEnd(5));
    const outlets = new Set(fact.mentions.map((m) => m.articleId)).size;
    const reprinted = fact.independent < outlets ? ` (${outlets} outlets, ${fact.independent} independent: reprinted copy)` : '';
    lines.push(`  ${fact.id.padEnd(5)}${marks.join('')}${fact.label}${reprinted}`);
    for (const m of fact.mentions) {
      if (fact.mentions.length < 2) break;
      const who = m.articleId === 'current' ? 'here' : columns.get(m.articleId) ?? m.articleId;
      lines.push(`         ${who.padEnd(5)}${m.attribution ? `[${m.attribution}] ` : ''}${markedClaim(m)}`);
    }
  }
  const labels = (ids: string[]) => ids.map((id) => `  ${id}: ${c.facts.find((f) => f.id === id)?.label}`);
  lines.push('', `Only in this article (${c.coverage.onlyHere.length}):`, ...labels(c.coverage.onlyHere));
  lines.push('', `Reported by others, not here (${c.coverage.omitted.length}):`, ...labels(c.coverage.omitted));
  const maybeIds = c.coverage.maybe ?? [];
  lines.push('', `Maybe reported in other words (${maybeIds.length}) — the closest sentence:`);
  for (const id of maybeIds) {
    const fact = c.facts.find((f) => f.id === id);
    if (!fact) continue;
    lines.push(`  ${id}: ${fact.label}`);
    for (const m of fact.maybe ?? []) {
      const who = m.articleId === 'current' ? 'here' : columns.get(m.articleId) ?? m.articleId;
      lines.push(`         ${who.padEnd(5)}? ${markedClaim(m)}`);
    }
  }
  const column = (id: string) => (id === 'current' ? 'here' : `[${columns.get(id) ?? id}]`);
  for (const section of [framingSection, quotesSection, conflictsSection, reuseSection]) lines.push('', ...section(c, column));
  lines.push('', `Compared in ${c.timings.totalMs} ms.`);
  return lines.join('\n');
}
