/**
 * One thing wrong with a seed, located well enough for a reviewer to fix it without a
 * debugger: `therapies.yaml: imatinib: routes[0].to: unknown delivery route "orall"`.
 */
export interface SeedProblem {
  file: string;
  /** The entry's id, or `line N` when it has none; absent for whole-file problems. */
  entry?: string;
  /** Path inside the entry, as written in YAML: `routes[0].to`. */
  field?: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  return [p.file, p.entry, p.field, p.message].filter((part) => part !== undefined && part !== '').join(': ');
}

/** `['routes', 0, 'to']` → `routes[0].to` */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

/** Thrown when a seed breaks the rules; nothing has been written when it is. */
export class SeedInvalidError extends Error {
  override name = 'SeedInvalidError';

  constructor(
    readonly origin: string,
    readonly problems: readonly SeedProblem[],
  ) {
    super(`${origin}: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was loaded`);
  }

  /** One line per problem, in the order found. */
  get lines(): string[] {
    return this.problems.map(formatProblem);
  }
}
