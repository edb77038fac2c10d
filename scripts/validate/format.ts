// Plain-text report for the terminal and the Vite log: errors first (one line each, suggestions
// indented below), then the disagreements and how each is resolved, then the coverage warnings.
import type { Disagreement, Problem, ValidationResult } from './problem';

export function formatProblem(p: Problem): string {
  const head = p.path === '' ? `${p.file}: ${p.message}` : `${p.file}: ${p.path}: ${p.message}`;
  if (p.suggestion === undefined) return head;
  return [head, ...p.suggestion.split('\n').map((line) => `    ${line}`)].join('\n');
}

export function formatDisagreement(d: Disagreement): string {
  const views = d.views.map((v) => `    ${v.source} (${v.kind}) says ${v.stance} (${v.claimId})`);
  const outcome = d.resolution
    ? `    resolved: ${d.stance}, following ${d.resolution.follows}: ${d.resolution.reason}`
    : '    UNRESOLVED: add a resolution naming the claim the stance follows and why';
  return [`  ${d.iso3} ${d.name}: ${d.reasons.join('; ')}`, ...views, outcome].join('\n');
}

export function formatReport(result: ValidationResult): string {
  const lines: string[] = [];
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  for (const error of result.errors) lines.push(formatProblem(error));
  if (result.errors.length > 0) lines.push('');
  lines.push(`Disagreements (${result.disagreements.length}):`);
  for (const d of result.disagreements) lines.push(formatDisagreement(d));
  if (result.disagreements.length === 0) lines.push('  none');
  lines.push(
    '',
    `Coverage: countries the articles mention with no entry in coalition.json (${result.coverage.length}):`,
  );
  for (const item of result.coverage) {
    const words = item.words.map((w) => `"${w}"`).join(', ');
    lines.push(`  ${item.iso3} ${item.name}: ${item.article}: ${words} (${count(item.count, 'mention')})`);
  }
  if (result.coverage.length === 0) lines.push('  none');
  lines.push(
    '',
    `${count(result.errors.length, 'error')}, ${count(result.disagreements.length, 'disagreement')}, ${count(result.coverage.length, 'coverage warning')}.`,
  );
  return lines.join('\n');
}
