import type { AuditReport } from './audit.ts';

/**
 * The audit report for a person: a verdict, then each finding with its count and
 * description and one line per occurrence (ids, then what is wrong), blocking ones first.
 */
export function formatAuditReport(report: AuditReport, source: string): string {
  const lines = [`Audit of ${source} (seed ${report.seedHash.slice(0, 12) || 'unknown'}): ${report.nodeCount} nodes, ${report.relationshipCount} relationships`];
  const blocking = report.findings.filter((f) => f.blocking && f.count > 0);
  lines.push(
    blocking.length === 0
      ? 'PASSED: every entity, fact and claim cites an existing citation, and every claim is about existing entities.'
      : `FAILED: ${blocking.map((f) => `${f.count} ${f.name}`).join(', ')}.`,
  );
  const ordered = [...report.findings.filter((f) => f.blocking), ...report.findings.filter((f) => !f.blocking)];
  for (const f of ordered) {
    lines.push('', `${String(f.count).padStart(5)}  ${f.name}${f.blocking ? ' (blocking)' : ''}`, `       ${f.description}`);
    for (const o of f.occurrences) lines.push(`       - ${o.ids.join(', ')}: ${o.note}`);
  }
  return `${lines.join('\n')}\n`;
}
