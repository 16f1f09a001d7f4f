/**
 * The service as a separate process, the way `npm start` runs it (`node dist/main.js`, the
 * bundle the suite builds first: ../build-setup.ts), for scenarios that signal, kill or
 * measure it: one process, so its pid is the server's, signals reach it directly and
 * /proc/<pid>/status is its own memory. Node flags come through NODE_OPTIONS in `env`.
 * Output is kept in memory and scanned for lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import path from 'node:path';
import { projectRoot } from '../../../src/config.ts';

export interface ServiceProcessOptions {
  /** Added to this process's environment; `undefined` removes a variable. */
  env: Record<string, string | undefined>;
  /** How long start-up may take, Neo4j and seeding included. */
  startTimeoutMs?: number;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const READY = /therapy-graph ready at (http:\/\/\S+)/;

export class ServiceProcess {
  #output = '';
  #watchers: Array<() => void> = [];
  readonly exited: Promise<Exit>;

  private constructor(private readonly child: ChildProcess) {
    const collect = (d: Buffer) => {
      this.#output += d.toString();
      for (const w of [...this.#watchers]) w();
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        for (const w of [...this.#watchers]) w();
        resolve({ code, signal });
      });
    });
  }

  /** Starts the service and resolves once it prints its address. */
  static async start(o: ServiceProcessOptions): Promise<{ process: ServiceProcess; url: string }> {
    const service = ServiceProcess.spawn(o);
    try {
      const match = await service.waitFor(READY, o.startTimeoutMs ?? 240_000);
      return { process: service, url: match[1]! };
    } catch (err) {
      await service.kill();
      throw err;
    }
  }

  /** Starts the service without waiting for it to be ready. */
  static spawn(o: ServiceProcessOptions): ServiceProcess {
    const args = [path.join(projectRoot, 'dist/main.js')];
    const env: Record<string, string | undefined> = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: '0', ...o.env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, which stop(…, group) signals as a terminal's Ctrl-C would.
      detached: true,
    });
    return new ServiceProcess(child);
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Everything the process printed so far, stdout and stderr interleaved. */
  get output(): string {
    return this.#output;
  }

  /** Resolves with the first match of `pattern` in the output; rejects on timeout or exit. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(this.#output);
        if (match) return finish(() => resolve(match));
        if (!this.running) return finish(() => reject(new Error(`service exited (${this.child.exitCode ?? this.child.signalCode}) before printing ${pattern}:\n${this.tail()}`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${this.tail()}`))), timeoutMs);
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.#watchers = this.#watchers.filter((w) => w !== check);
        settle();
      };
      this.#watchers.push(check);
      check();
    });
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /**
   * SIGTERM and wait for the exit; SIGKILL if it takes longer than `graceMs`. With `group`,
   * the signal goes to the whole process group, as a terminal's Ctrl-C or a supervisor that
   * stops a control group sends it.
   */
  async stop(graceMs = 60_000, group = false): Promise<Exit & { ms: number; killed: boolean }> {
    const t0 = performance.now();
    if (!this.running) return { ...(await this.exited), ms: 0, killed: false };
    if (group) process.kill(-this.pid, 'SIGTERM');
    else this.signal('SIGTERM');
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      this.signal('SIGKILL');
    }, graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return { ...exit, ms: performance.now() - t0, killed };
  }

  /** SIGKILL to the whole process group. */
  async kill(): Promise<void> {
    if (this.running) process.kill(-this.pid, 'SIGKILL');
    await this.exited;
  }

  tail(lines = 20): string {
    return this.#output.trim().split('\n').slice(-lines).join('\n');
  }
}

/**
 * The service in production mode, uncached (every answer costs Neo4j its work), over the
 * Neo4j the global set-up provides, with `env` added.
 */
export function startOnSharedNeo4j(env: Record<string, string>): Promise<{ process: ServiceProcess; url: string }> {
  const neo4j = inject('neo4j');
  return ServiceProcess.start({
    env: { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database, NODE_ENV: 'production', RESPONSE_CACHE: 'off', ...env },
  });
}
