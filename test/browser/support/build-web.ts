import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../../src/config.ts';

/** Builds the explorer as `npm start` does (npm run build:web), so the tests drive the current code. */
export function buildExplorer(): void {
  try {
    execFileSync(process.execPath, [path.join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts'], {
      cwd: projectRoot,
      stdio: 'pipe',
      timeout: 180_000,
    });
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '').trim().split('\n').at(-1);
    throw new Error(`the explorer did not build (npm run build:web): ${stderr || (err as Error).message}`);
  }
}
