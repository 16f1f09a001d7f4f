import type { AuditReport } from './audit.ts';

/**
 * The audit report for a person: the verdict, then every finding on one line (count, name,
 * what it means), the blocking ones first, each occurrence below it (ids: what is wrong).
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
  for (const [heading, blocking] of [['Blocking (the command fails on these)', true], ['For review', false]] as const) {
    lines.push('', heading);
    for (const f of report.findings.filter((x) => x.blocking === blocking)) {
      lines.push(`${String(f.count).padStart(6)}  ${f.name.padEnd(width)}  ${f.description}`);
      for (const o of f.occurrences) lines.push(`${' '.repeat(10)}${o.ids.join(', ')}: ${o.note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
