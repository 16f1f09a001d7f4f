import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { projectRoot, type LocalNeo4jConfig } from '../config.ts';
import { createDriver } from '../neo4j/driver.ts';
import { resolveClasspath } from './classpath.ts';
import { LocalNeo4jError } from './local-neo4j-error.ts';

export { LocalNeo4jError };

const launcherDir = path.join(projectRoot, 'neo4j-local');

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** True when a local Neo4j of ours was already listening and is being reused. */
  reused: boolean;
  /** The Java process's id when this process started it (undefined when reused). */
  pid?: number;
  /** Settles when the Java process we started exits, however it ends (undefined when reused). */
  exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Stops the process we started (checkpoint, release locks); a no-op when reused. */
  stop(): Promise<void>;
}

/**
 * Starts Neo4j Community from Maven Central on host:port with its store in `dir`, or reuses
 * the one already running there. Fails with a one-line LocalNeo4jError naming the cause
 * (no Java, Maven failed, port taken by something else, Neo4j exited, start timed out).
 */
export async function startLocalNeo4j(cfg: LocalNeo4jConfig): Promise<LocalNeo4j> {
  mkdirSync(cfg.dir, { recursive: true });
  const password = readOrCreatePassword(cfg.dir);
  const uri = `bolt://${cfg.host}:${cfg.port}`;
  const user = 'neo4j';

  if (await portInUse(cfg.host, cfg.port)) {
    if (await acceptsOurPassword(uri, password)) {
      return { uri, user, password, reused: true, stop: async () => {} };
    }
    throw new LocalNeo4jError(
      `port ${cfg.host}:${cfg.port} is taken by another process (not this project's Neo4j in ${cfg.dir}); stop it or set LOCAL_NEO4J_PORT`,
    );
  }

  requireJava();
  const classpath = await resolveClasspath(launcherDir, path.join(projectRoot, '.neo4j'));
  const confFile = writeConf(cfg);
  const child = spawn(
    'java',
    [
      `-Xms${cfg.heap}`,
      `-Xmx${cfg.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      path.join(launcherDir, 'Launcher.java'),
      '--home',
      cfg.dir,
      '--conf',
      confFile,
    ],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      // The password goes in the environment, not the arguments that `ps` shows to every user.
      env: { ...process.env, NEO4J_LOCAL_PASSWORD: password },
      // Its own process group: a signal to ours (Ctrl-C, a supervisor stopping the group) must
      // not stop Neo4j under requests still draining; this process stops it after them, and
      // it exits by itself if this process dies (its stdin closes).
      detached: true,
    },
  );
  await waitUntilReady(child, cfg);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  return { uri, user, password, reused: false, pid: child.pid, exited, stop: () => stopProcess(child) };
}

function readOrCreatePassword(dir: string): string {
  const file = path.join(dir, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function writeConf(cfg: LocalNeo4jConfig): string {
  const base = readFileSync(path.join(launcherDir, 'neo4j.conf'), 'utf8');
  const file = path.join(cfg.dir, 'neo4j.conf');
  writeFileSync(file, `${base}\n# Added by src/neo4j-local/launch.ts\nserver.bolt.listen_address=${cfg.host}:${cfg.port}\n`);
  return file;
}

function requireJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new LocalNeo4jError('Java not found: the local Neo4j needs Java 17 or 21 on the PATH; install it or set NEO4J_URI');
  }
  const version = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (version && Number(version) < 17) {
    throw new LocalNeo4jError(`Java ${version} found, but Neo4j 5.26 needs Java 17 or 21; install it or set NEO4J_URI`);
  }
}

/** True when something accepts TCP connections on host:port (within a second). */
export function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

async function acceptsOurPassword(uri: string, password: string): Promise<boolean> {
  const driver = createDriver({ uri, user: 'neo4j', password, connectTimeoutMs: 3000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function waitUntilReady(child: ChildProcess, cfg: LocalNeo4jConfig): Promise<void> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new LocalNeo4jError(`Neo4j did not start within ${cfg.startTimeoutMs} ms; see ${path.join(cfg.dir, 'logs')}`));
    }, cfg.startTimeoutMs);
    const done = (err?: Error) => {
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      child.removeAllListeners('exit');
      if (err) reject(err);
      else resolve();
    };
    child.stdout?.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (/^READY /m.test(stdout)) done();
    });
    // Keep only the tail: the JVM can be chatty, and only the last lines explain a failure.
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-8000)));
    child.once('error', (err) => done(new LocalNeo4jError(`could not start java: ${err.message}`)));
    child.once('exit', (code) => done(new LocalNeo4jError(`Neo4j exited during start-up (code ${code}): ${explain(stderr, cfg)}`)));
  });
}

function explain(stderr: string, cfg: LocalNeo4jConfig): string {
  if (/Address already in use|BindException/i.test(stderr)) return `port ${cfg.port} is already in use`;
  if (/FileLockException|store.*lock/i.test(stderr)) return `another Neo4j is using the data folder ${cfg.dir}`;
  const causes = stderr.split('\n').filter((l) => /Exception|Error/.test(l));
  return (causes.at(-1) ?? stderr.trim().split('\n').at(-1) ?? 'no output').trim();
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
