/**
 * A GraphQL server run as a child process, so that it has its own CPU and memory and its
 * resident set can be read from /proc. The child is `node --import tsx <entry>` (what
 * `tsx <entry>` runs, without tsx's wrapper process, so the pid is the server's own), or
 * with `plainNode` `node <nodeArgs> <entry>` (what `npm start` runs: start-command.ts).
 * Its output goes to a log file (not through a pipe the benchmark would have to drain); the
 * server is ready when the log has a line `ready at <url>`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.ts';

export interface ChildServerOptions {
  name: string;
  /** The entry file, relative to `cwd`. */
  entry: string;
  /** Where it runs (default: this project's root). */
  cwd?: string;
  /** Run the entry with plain node (compiled JavaScript) rather than `--import tsx`. */
  plainNode?: boolean;
  env: Record<string, string>;
  nodeArgs?: string[];
  logDir: string;
  startTimeoutMs?: number;
}

export interface ChildServer {
  name: string;
  pid: number;
  url: string;
  logFile: string;
  /** SIGTERM, then SIGKILL after the grace; resolves when the process has exited. */
  stop(): Promise<void>;
}

const READY = /ready at (http:\/\/\S+)/;

export async function startChildServer(o: ChildServerOptions): Promise<ChildServer> {
  mkdirSync(o.logDir, { recursive: true });
  const logFile = path.join(o.logDir, `${o.name}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), ...(o.plainNode ? [] : ['--import', 'tsx']), o.entry], {
    cwd: o.cwd ?? projectRoot,
    env: { ...process.env, ...o.env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const url = await waitForReady(child, logFile, o.startTimeoutMs ?? 180_000, o.name);
  return { name: o.name, pid: child.pid!, url, logFile, stop: () => stopChild(child) };
}

async function waitForReady(child: ChildProcess, logFile: string, timeoutMs: number, name: string): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const log = readFileSync(logFile, 'utf8');
    const url = READY.exec(log)?.[1];
    if (url) return url;
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited during start-up (${child.exitCode ?? child.signalCode}); its log ${logFile} ends:\n${tail(log)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stopChild(child);
  throw new Error(`${name} was not ready within ${timeoutMs} ms; see ${logFile}:\n${tail(readFileSync(logFile, 'utf8'))}`);
}

function tail(log: string): string {
  return log.trim().split('\n').slice(-15).join('\n');
}

/** Resolves once the child has exited: asked with SIGTERM, forced with SIGKILL after 15 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited.finally(() => clearTimeout(force));
}
