import { spawn } from 'node:child_process';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';

/** Runs `npm start`'s entry point and returns its exit code and output. */
function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // The test Neo4j's NEO4J_URI (if the run was given one) must not leak into these starts.
    const inherited = { ...process.env };
    delete inherited.NEO4J_URI;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: projectRoot,
      env: { ...inherited, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('start-up failures', () => {
  it('exits non-zero with one line naming an unreachable NEO4J_URI and what to check', async () => {
    const r = await start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x', NEO4J_CONNECT_TIMEOUT_MS: '2000' });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*check that it is running/);
  });

  it('says plainly that the local Neo4j port is taken by something else', async () => {
    const blocker = net.createServer((s) => s.end());
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const r = await start({ LOCAL_NEO4J_PORT: String(port), LOCAL_NEO4J_DIR: '.neo4j/port-taken-test' });
      expect(r.code).toBe(1);
      expect(r.stderr.trim()).toMatch(new RegExp(`port 127\\.0\\.0\\.1:${port} is taken by another process`));
    } finally {
      blocker.close();
    }
  });

  it('rejects an invalid setting with one line naming the variable', async () => {
    const r = await start({ PORT: 'not-a-port' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^therapy-graph: invalid configuration: PORT: /);
  });
});
