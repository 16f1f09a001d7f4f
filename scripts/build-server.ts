/**
 * `npm run build:server` (run by `npm start` first): the service compiled to one JavaScript
 * file, dist/main.js, which `npm start` runs with plain node. Our own modules are bundled;
 * packages stay imports from node_modules.
 *
 * Why not run the TypeScript with tsx, as before: tsx compiles with esbuild's keepNames, which
 * wraps every function and class in a `__name(...)` call, closures made per request included
 * (3 % of the service's CPU in a profile of the bench, issue #11), and a process under tsx
 * carries its loader. The bundle is the same code without them. Source maps are written
 * beside it (dist/main.js.map) and used outside production only (src/main.ts).
 */
import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * How the service is built; the benchmark builds its CPU-profiled entry with the same. The
 * output must sit one folder below the project root: src/config.ts finds the root (schema/,
 * graph-seed/, web/dist/) as the parent of the folder of the running module.
 */
export const SERVER_BUILD: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};

export async function buildServer(entry = 'src/main.ts', outfile = 'dist/main.js'): Promise<void> {
  await build({ ...SERVER_BUILD, entryPoints: [entry], outfile });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildServer();
