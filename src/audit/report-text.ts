import type { AuditReport } from './audit.ts';

/**
 * The audit report for a person: the verdict and a summary of every finding first (count,
 * name, what it means; the blocking ones first), so the outcome fits on one screen; then
 * each finding that occurred with its occurrences (ids: what is wrong).
 */
export function formatAuditReport(report: AuditReport, source: string): string {
  const lines = [`Audit of ${source} (seed ${report.seedHash.slice(0, 12) || 'unknown'}): ${report.nodeCount} nodes, ${report.relationshipCount} relationships`];
  const failed = report.findings.filter((f) => f.blocking && f.count > 0);
  lines.push(
    failed.length === 0
      ? 'PASSED: every entity, fact and claim cites an existing citation, and every claim is about existing entities.'
      : `FAILED: ${failed.map((f) => `${f.count} ${f.name}`).join(', ')}.`,
  );
  const width = Math.max(...report.findings.map((f) => f.name.length));
  const groups = [
    ['Blocking (the command fails on these)', report.findings.filter((f) => f.blocking)],
    ['For review', report.findings.filter((f) => !f.blocking)],
  ] as const;
  lines.push('', 'Summary');
  for (const [heading, findings] of groups) {
    if (findings.length === 0) continue;
    lines.push(`  ${heading}`);
    for (const f of findings) lines.push(`${String(f.count).padStart(6)}  ${f.name.padEnd(width)}  ${f.description}`);
  }
  for (const f of report.findings.filter((x) => x.count > 0)) {
    lines.push('', `${f.name} (${f.count})`);
    for (const o of f.occurrences) lines.push(`  ${o.ids.join(', ')}: ${o.note}`);
  }
  return `${lines.join('\n')}\n`;
}
