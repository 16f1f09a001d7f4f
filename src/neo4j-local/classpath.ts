import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.ts';

/**
 * Resolves Neo4j Community's jars from Maven Central (neo4j-local/pom.xml) and returns the
 * class path. Maven keeps the jars in its own cache (~/.m2); the class path is cached next to
 * the data, keyed by the pom's hash, so later starts do not run Maven at all.
 */
export async function resolveClasspath(launcherDir: string, cacheDir: string): Promise<string> {
  const pom = path.join(launcherDir, 'pom.xml');
  const key = createHash('sha256').update(readFileSync(pom)).digest('hex').slice(0, 16);
  const out = path.join(cacheDir, `classpath-${key}.txt`);
  if (!existsSync(out)) {
    mkdirSync(cacheDir, { recursive: true });
    await runMaven(['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${out}`]);
  }
  const classpath = readFileSync(out, 'utf8').trim();
  if (!classpath) throw new LocalNeo4jError(`Maven wrote an empty class path to ${out}; delete it and retry`);
  return classpath;
}

function runMaven(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        new LocalNeo4jError(
          err.code === 'ENOENT'
            ? 'Maven (mvn) not found: the local Neo4j is downloaded from Maven Central with it; install Maven or set NEO4J_URI'
            : `could not run Maven: ${err.message}`,
        ),
      ),
    );
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      const last = output.trim().split('\n').filter((l) => l.includes('ERROR')).slice(-1)[0] ?? output.trim().split('\n').slice(-1)[0];
      reject(new LocalNeo4jError(`downloading Neo4j from Maven Central failed (mvn exit ${code}): ${last ?? 'no output'}`));
    });
  });
}
