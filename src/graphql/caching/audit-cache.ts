import type { AuditReport } from '../../audit/audit.ts';
import type { SeedVersion } from './seed-version.ts';

/**
 * The audit's report of the seed the graph holds. The audit reads the whole graph and runs
 * every check on it (issue #15: 15 aliases of `audit` read it 15 times, 290–360 ms, growing
 * with the graph), yet its answer changes only when a seed loads. So the report is made once
 * per seed version and shared: by the aliases of one request, by concurrent requests (they
 * wait for the same read), and by later ones, until the seed version changes, when it is
 * dropped (as the response cache is). A failed read is not kept; the next request reads again.
 * A report read while a seed was loading, whose graph is not of the version it was asked
 * under, is answered but not kept.
 */
export class AuditCache {
  #entry: { version: string; report: Promise<AuditReport> } | undefined;
  #settled = false;

  constructor(private readonly seedVersion: SeedVersion) {
    seedVersion.onChange(() => (this.#entry = undefined));
  }

  /** True when the report of the current seed is held (asking for it reads nothing). */
  get warm(): boolean {
    return this.#settled && this.#entry?.version === this.seedVersion.current;
  }

  /** The current seed's report: the held one, or `make()`'s, kept for later requests. */
  report(make: () => Promise<AuditReport>): Promise<AuditReport> {
    const version = this.seedVersion.current;
    if (this.#entry?.version === version) return this.#entry.report;
    const entry = { version, report: make() };
    this.#entry = entry;
    this.#settled = false;
    entry.report.then(
      (report) => {
        if (this.#entry !== entry) return;
        if (report.seedHash === version) this.#settled = true;
        else this.#entry = undefined;
      },
      () => {
        if (this.#entry === entry) this.#entry = undefined;
      },
    );
    return entry.report;
  }
}
